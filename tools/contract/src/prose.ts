// The leak check: no sentence of the full document's prose may appear in the repository. Every
// description or summary line of 40 characters or more is looked for, by its first 60 characters,
// in every file git tracks or would track (untracked but not ignored), the lockfile aside.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The prose lines of `doc` worth looking for: trimmed, 40 characters or more, cut to 60. */
export function proseLines(doc: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === "description" || key === "summary") && typeof value === "string") {
        for (const line of value.split("\n")) if (line.trim().length >= 40) out.add(line.trim().slice(0, 60));
      } else walk(value);
    }
  };
  walk(doc);
  return [...out].sort();
}

/** Files under `root` (tracked, or untracked and not ignored) that contain one of `lines`. */
export function filesContaining(root: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), "factify-prose-"));
  try {
    const patterns = join(dir, "patterns");
    writeFileSync(patterns, `${lines.join("\n")}\n`);
    const args = ["grep", "--untracked", "-l", "-I", "-F", "-f", patterns, "--", ".", ":!pnpm-lock.yaml"];
    const out = execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return out.split("\n").filter(Boolean);
  } catch (error) {
    // git grep exits 1 when nothing matches; anything else is a real failure.
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

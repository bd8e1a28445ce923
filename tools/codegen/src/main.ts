// CLI: `tsx tools/codegen/src/main.ts [spec.json] [--out <repo root>] [--check]`.
// Writes every resource package's src/generated/ tree (and the SDK's) from the committed contract,
// removing stale generated files; hand-written files beside them are never touched. `--check`
// writes nothing and exits 1 when the committed files differ from what the contract generates.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTRACT_PATH } from "@factify-tools/contract";
import { generate } from "./generate";
import { loadSpec } from "./spec";

/** The repository root (three levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** Differences between generated files and what is on disk under `root`: changed, missing, or stale paths. */
export function diffTree(root: string, files: ReadonlyMap<string, string>, ownedDirs: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    const full = join(root, path);
    if (!existsSync(full)) problems.push(`missing ${path}`);
    else if (readFileSync(full, "utf8") !== text) problems.push(`changed ${path}`);
  }
  for (const dir of ownedDirs) {
    for (const full of listFiles(join(root, dir))) {
      const path = relative(root, full).split("\\").join("/");
      if (!files.has(path)) problems.push(`stale ${path}`);
    }
  }
  return problems.sort();
}

/** Writes `files` under `root` and deletes files in the owned folders that the run did not produce. Returns how many files changed. */
export function writeTree(root: string, files: ReadonlyMap<string, string>, ownedDirs: readonly string[]): number {
  let changed = 0;
  for (const dir of ownedDirs) {
    for (const full of listFiles(join(root, dir))) {
      const path = relative(root, full).split("\\").join("/");
      if (!files.has(path)) {
        rmSync(full);
        changed++;
      }
    }
  }
  for (const [path, text] of files) {
    const full = join(root, path);
    if (existsSync(full) && readFileSync(full, "utf8") === text) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    changed++;
  }
  return changed;
}

function parseArgs(argv: readonly string[]): { spec: string; out: string; check: boolean } {
  let spec: string | undefined;
  let out = REPO_ROOT;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--out") out = resolve(argv[++i] ?? ".");
    else if (arg === "--check") check = true;
    else if (arg === "--help" || arg === "-h") {
      console.log("usage: codegen [spec.json] [--out <repo root>] [--check]");
      process.exit(0);
    } else if (arg.startsWith("-")) throw new Error(`Unknown option ${arg}`);
    else spec = resolve(arg);
  }
  // The committed contract (tools/contract) unless another document is named.
  return { spec: spec ?? CONTRACT_PATH, out, check };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const result = generate(loadSpec(args.spec));
  if (args.check) {
    const problems = diffTree(args.out, result.files, result.ownedDirs);
    for (const p of problems) console.error(p);
    if (problems.length > 0) {
      console.error(`${problems.length} generated file(s) out of date; run \`pnpm codegen\`.`);
      process.exit(1);
    }
    console.log(`${result.files.size} generated files up to date.`);
    return;
  }
  const changed = writeTree(args.out, result.files, result.ownedDirs);
  const ops = result.packages.reduce((n, p) => n + p.operations.length, 0);
  console.log(`${ops} operations in ${result.packages.length} packages: ${result.files.size} files, ${changed} changed.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

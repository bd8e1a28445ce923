// Gathers the changeset rule's inputs from git and .changeset/: last release tag per package
// (changesets tags independent packages as `<name>@<version>`), files changed since, pending files.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type PackageState, type PendingChangeset, parseChangeset } from "./changeset-rule";
import { repoRoot, type WorkspacePackage } from "./workspace";

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** Reads `release-baseline.json` (package name → commit) for packages released before tags were kept. */
function baselines(root: string): Record<string, string> {
  const file = join(root, "tools", "package-check", "release-baseline.json");
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { releases?: Record<string, string> };
  return parsed.releases ?? {};
}

/** Returns the newest `<name>@<version>` tag, else the recorded baseline commit, else undefined (never released). */
export function lastReleaseRef(name: string, root: string = repoRoot): string | undefined {
  const tags = git(["tag", "--list", `${name}@*`, "--sort=-v:refname"], root).split("\n").filter(Boolean);
  return tags[0] ?? baselines(root)[name];
}

/** Lists files under `relDir` that differ between `ref` and the working tree, untracked files included. */
export function changedFilesSince(ref: string, relDir: string, root: string = repoRoot): string[] {
  const tracked = git(["diff", "--name-only", ref, "--", relDir], root).split("\n");
  const untracked = git(["ls-files", "--others", "--exclude-standard", "--", relDir], root).split("\n");
  return [...new Set([...tracked, ...untracked].filter(Boolean))].sort();
}

/** Builds the rule's view of each published package from git. */
export function packageStates(packages: readonly WorkspacePackage[], root: string = repoRoot): PackageState[] {
  return packages.map((p) => {
    const lastRelease = lastReleaseRef(p.manifest.name, root);
    return {
      name: p.manifest.name,
      relDir: p.relDir,
      lastRelease,
      changedFiles: lastRelease === undefined ? [] : changedFilesSince(lastRelease, p.relDir, root),
    };
  });
}

/** Parses every pending changeset in `.changeset/` (README.md excluded). */
export function pendingChangesets(root: string = repoRoot): PendingChangeset[] {
  const dir = join(root, ".changeset");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => parseChangeset(`.changeset/${f}`, readFileSync(join(dir, f), "utf8")));
}

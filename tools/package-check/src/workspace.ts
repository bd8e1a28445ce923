// Finds the workspace's published packages (packages/* that are not private) and reads their manifests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The parts of package.json the checks read. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  type?: string;
  sideEffects?: unknown;
  main?: string;
  module?: string;
  types?: string;
  files?: string[];
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bin?: unknown;
  repository?: unknown;
  homepage?: unknown;
  bugs?: unknown;
  keywords?: unknown;
  engines?: Record<string, string>;
}

/** A published workspace package: its manifest, absolute directory and path relative to the repo root. */
export interface WorkspacePackage {
  manifest: Manifest;
  dir: string;
  /** e.g. `packages/core`, with forward slashes. */
  relDir: string;
}

/** Absolute path of the repository root. */
export const repoRoot: string = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** Absolute path of tools/package-check. */
export const toolRoot: string = join(repoRoot, "tools", "package-check");

/** Reads and parses a package.json. */
export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

/** Lists every non-private package under packages/, sorted by folder name. */
export function publishedPackages(root: string = repoRoot): WorkspacePackage[] {
  const base = join(root, "packages");
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, "package.json")))
    .map((d) => ({ manifest: readManifest(join(base, d.name)), dir: join(base, d.name), relDir: `packages/${d.name}` }))
    .filter((p) => p.manifest.private !== true)
    .sort((a, b) => a.relDir.localeCompare(b.relDir));
}

/** Names of every private package of the workspace (tools, examples, tests): never published, never depended on by a published one. */
export function privateWorkspaceNames(root: string = repoRoot): Set<string> {
  const names = new Set<string>();
  const dirs = ["packages", "tools", "examples"].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, group, d.name))
      : [],
  );
  for (const dir of [...dirs, join(root, "e2e")]) {
    if (!existsSync(join(dir, "package.json"))) continue;
    const manifest = readManifest(dir);
    if (manifest.private === true) names.add(manifest.name);
  }
  return names;
}

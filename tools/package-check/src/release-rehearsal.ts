// A release rehearsal in a scratch copy of the workspace: apply a changeset with
// `changeset version`, then `pnpm pack` every published package, as a release would, without
// touching the real repository.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { pnpmPack } from "./pack";
import { type Manifest, publishedPackages, readManifest, repoRoot } from "./workspace";

const depFields = ["dependencies", "peerDependencies", "devDependencies", "optionalDependencies"] as const;

/**
 * Copies packages/* (sources, manifests and built dist, no node_modules), the changeset config and
 * the pnpm hooks into `dest`. Pending changesets stay behind: the rehearsal checks the mechanism with its own.
 */
export function copyWorkspace(dest: string, root: string = repoRoot): void {
  mkdirSync(dest, { recursive: true });
  // Only the published packages take part: a trimmed workspace keeps tools and examples out of the plan.
  writeFileSync(join(dest, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  writeFileSync(join(dest, "package.json"), `${JSON.stringify({ name: "release-rehearsal", private: true }, null, 2)}\n`);
  mkdirSync(join(dest, ".changeset"));
  cpSync(join(root, ".changeset", "config.json"), join(dest, ".changeset", "config.json"));
  // The pack hooks (they drop devDependencies from packed manifests) apply to a release too.
  cpSync(join(root, ".pnpmfile.cjs"), join(dest, ".pnpmfile.cjs"));
  cpSync(join(root, "packages"), join(dest, "packages"), {
    recursive: true,
    filter: (src) => basename(src) !== "node_modules" && !relative(root, src).includes(".vitest"),
  });
}

/** Links each package's `workspace:` dependencies into its node_modules, which `pnpm pack` reads to resolve the ranges. */
export function linkWorkspaceDependencies(dest: string): void {
  const dirs = new Map<string, string>();
  for (const folder of readdirSync(join(dest, "packages"))) {
    const file = join(dest, "packages", folder, "package.json");
    if (existsSync(file)) dirs.set((JSON.parse(readFileSync(file, "utf8")) as Manifest).name, join(dest, "packages", folder));
  }
  for (const dir of dirs.values()) {
    const manifest = readManifest(dir);
    // Private workspace helpers (tools/test-support) are devDependencies only, never shipped, and
    // absent from the trimmed copy: drop them so `pnpm pack` has nothing unresolvable to rewrite.
    const devDependencies = manifest.devDependencies ?? {};
    const unshipped = Object.keys(devDependencies).filter((dep) => devDependencies[dep]!.startsWith("workspace:") && !dirs.has(dep));
    if (unshipped.length) {
      for (const dep of unshipped) delete devDependencies[dep];
      writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    }
    const linked = new Set<string>();
    for (const field of depFields) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
        const target = dirs.get(dep);
        if (!range.startsWith("workspace:") || !target || linked.has(dep)) continue;
        const link = join(dir, "node_modules", ...dep.split("/"));
        mkdirSync(join(link, ".."), { recursive: true });
        symlinkSync(relative(join(link, ".."), target), link, "dir");
        linked.add(dep);
      }
    }
  }
}

/** Writes a pending changeset into the copy. */
export function addChangeset(dest: string, name: string, releases: Record<string, "major" | "minor" | "patch">, summary: string): void {
  const lines = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(join(dest, ".changeset", `${name}.md`), `---\n${lines.join("\n")}\n---\n\n${summary}\n`);
}

/** Runs the repository's own `changeset version` in the copy. */
export function changesetVersion(dest: string, root: string = repoRoot): void {
  execFileSync(join(root, "node_modules", ".bin", "changeset"), ["version"], { cwd: dest, stdio: "pipe" });
}

/** Versions of every published package in a workspace, by name. */
export function versions(root: string): Map<string, string> {
  return new Map(publishedPackages(root).map((p) => [p.manifest.name, p.manifest.version]));
}

/** Packs every published package of the copy into `out`; returns tarball paths by package name. */
export function packAll(dest: string, out: string): Map<string, string> {
  mkdirSync(out, { recursive: true });
  return new Map(publishedPackages(dest).map((p) => [p.manifest.name, pnpmPack(p.dir, out)]));
}

/** Reads the package.json inside a tarball. */
export function packedManifest(tarball: string): Manifest {
  return JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" })) as Manifest;
}

/** Lists every dependency range of a packed manifest that still uses the `workspace:` protocol. */
export function leftoverWorkspaceRanges(manifest: Manifest): string[] {
  return depFields.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => range.startsWith("workspace:"))
      .map(([dep, range]) => `${manifest.name} ${field}.${dep} = ${range}`),
  );
}

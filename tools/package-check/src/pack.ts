// Packs a workspace package with pnpm, which turns `workspace:` ranges into real ones the way
// `pnpm publish` will, and returns the tarball path.
import { execFileSync } from "node:child_process";

/** Runs `pnpm pack` in `pkgDir`, writing the tarball into `destination`; returns its absolute path. */
export function pnpmPack(pkgDir: string, destination: string): string {
  const out = execFileSync("pnpm", ["pack", "--pack-destination", destination, "--json"], {
    cwd: pkgDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const parsed = JSON.parse(out) as { filename?: string; error?: { message: string } };
  if (!parsed.filename) throw new Error(`pnpm pack in ${pkgDir} failed: ${parsed.error?.message ?? out}`);
  return parsed.filename;
}

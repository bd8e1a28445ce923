// Vitest global setup: the tests run the built CLI (what users get), so build it when any source
// file is newer than dist/cli.js. Under Nx the test target already depends on build.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(root, "dist", "cli.js")).mtimeMs;
  } catch {
    // not built yet
  }
  if (built < newest(join(root, "src"))) execFileSync("pnpm", ["run", "build"], { cwd: root, stdio: "ignore" });
}

// Where the harness finds the scenario files, the repository and each runtime's executable.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of tools/runtimes. */
export const runtimesRoot: string = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Absolute path of the repository root. */
export const repoRoot: string = join(runtimesRoot, "..", "..");

/** Absolute path of a file in tools/runtimes/scenario. */
export function scenarioFile(name: string): string {
  return join(runtimesRoot, "scenario", name);
}

/** Executable paths of the runtimes under test; Chromium can be overridden with CHROMIUM_PATH. */
export const executables: Record<"bun" | "deno" | "chromium", string> = {
  bun: join(repoRoot, "node_modules", ".bin", "bun"),
  deno: join(repoRoot, "node_modules", ".bin", "deno"),
  chromium: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
};

const installHints: Record<keyof typeof executables, string> = {
  bun: "it comes from the root devDependency bun@npm:bun@1.4.4: run `pnpm install` (and allow its build in pnpm-workspace.yaml)",
  deno: "it comes from the root devDependency deno@npm:deno@2.9.6: run `pnpm install` (and allow its build in pnpm-workspace.yaml)",
  chromium: "install Debian's chromium (`apt-get update && apt-get install -y chromium`, as .ci/run does) or set CHROMIUM_PATH",
};

/**
 * Returns the executable of `runtime`, or throws an error saying why it is missing and how to get
 * it: a runtime that cannot run must fail the suite, never be skipped.
 */
export function requireExecutable(runtime: keyof typeof executables): string {
  const path = executables[runtime];
  if (!existsSync(path)) throw new Error(`${runtime} is not installed at ${path}: ${installHints[runtime]}`);
  return path;
}

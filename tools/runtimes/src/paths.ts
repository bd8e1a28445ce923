// Where the harness finds the scenario files and the repository.
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

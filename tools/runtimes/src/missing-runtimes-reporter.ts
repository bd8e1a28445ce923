// A vitest reporter that makes a skipped runtime impossible to miss: after the summary it prints a
// banner with every runtime the run could not test, why, and how to install it, and it writes the
// same list to .missing-runtimes.json, which the root `pnpm test` prints again after every project
// (report-missing.mjs), where the run ends.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import { runtimesRoot } from "./paths";
import { MISSING_RUNTIME } from "./require-runtime";

/** One test skipped because its runtime is missing. */
export interface MissingRuntime {
  test: string;
  note: string;
}

/** Where the list of the last run is kept (ignored by git, an output of the test target for Nx). */
export const MISSING_RUNTIMES_FILE: string = join(runtimesRoot, ".missing-runtimes.json");

/** The skipped tests of `modules` whose note says a runtime is missing. */
export function missingRuntimes(modules: ReadonlyArray<TestModule>): MissingRuntime[] {
  const found: MissingRuntime[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests("skipped")) {
      const result = test.result();
      const note = result.state === "skipped" ? result.note : undefined;
      if (note?.startsWith(MISSING_RUNTIME)) found.push({ test: test.fullName, note: note.slice(MISSING_RUNTIME.length).trim() });
    }
  }
  return found;
}

/** The banner for `missing`, or an empty string when nothing is missing. */
export function missingRuntimesBanner(missing: readonly MissingRuntime[]): string {
  if (missing.length === 0) return "";
  const bar = "!".repeat(78);
  const notes = [...new Set(missing.map((m) => m.note))];
  return [
    bar,
    `SKIPPED: ${missing.length} runtime test(s) did not run because a runtime is missing on this machine.`,
    "The packages were NOT tested there. On CI (CI=true) the same run fails.",
    ...notes.map((note) => `  - ${note}`),
    "Skipped tests:",
    ...missing.map((m) => `  - ${m.test}`),
    bar,
  ].join("\n");
}

/** Prints the banner after vitest's summary and records the list for the root summary. */
export class MissingRuntimesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const missing = missingRuntimes(modules);
    writeFileSync(MISSING_RUNTIMES_FILE, `${JSON.stringify(missing, null, 2)}\n`);
    const banner = missingRuntimesBanner(missing);
    if (banner) console.log(`\n${banner}\n`);
  }
}

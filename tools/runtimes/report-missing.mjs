// Run by the root `pnpm test` after every project, whether they passed or not: repeats, at the very
// end of the output, the runtimes the last run of tools/runtimes could not test (written by its
// vitest reporter), so a skipped browser is the last thing a contributor reads.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const file = join(dirname(fileURLToPath(import.meta.url)), ".missing-runtimes.json");
const missing = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
if (missing.length > 0) {
  const bar = "!".repeat(78);
  const notes = [...new Set(missing.map((m) => m.note))];
  console.log(
    [
      "",
      bar,
      `SKIPPED: ${missing.length} runtime test(s) in tools/runtimes did not run: a runtime is missing here.`,
      "The packages were NOT tested on these runtimes (under CI=true these tests fail instead):",
      ...notes.map((note) => `  - ${note}`),
      bar,
    ].join("\n"),
  );
}

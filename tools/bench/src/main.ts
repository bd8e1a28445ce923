// `pnpm bench`: runs the full suite and writes tools/bench/RESULTS.md.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { meetsTargets, renderResults } from "./report";
import { FULL, runSuite } from "./suite";

const result = await runSuite(FULL, (line) => console.log(line));
const file = join(dirname(fileURLToPath(import.meta.url)), "..", "RESULTS.md");
writeFileSync(file, renderResults(result));
console.log(`\nwrote ${file}`);
if (!meetsTargets(result)) {
  console.error("a throughput target was missed; see RESULTS.md");
  process.exitCode = 1;
}

// `node tools/missing-runtimes/cli.mjs clear` at the start of the root `pnpm test` forgets the
// records of earlier runs; `... report` at its end prints every record of this run (Nx replays a
// cached test's record along with its result), so a skipped runtime is the last thing one reads.
import { clearMissing, missingBanner, readMissing } from "./index.mjs";

const command = process.argv[2];
if (command === "clear") clearMissing();
else if (command === "report") {
  const banner = missingBanner(readMissing());
  if (banner) console.log(`\n${banner}`);
} else {
  console.error("usage: node tools/missing-runtimes/cli.mjs clear|report");
  process.exit(2);
}

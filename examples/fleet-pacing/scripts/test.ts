// `pnpm test` of this example: runs it (src/main.ts) when redis-server is here; where it is not,
// records the skip in the workspace's missing-runtimes record, so the root `pnpm test` names it in
// its end-of-run banner, and exits 0 (under CI=true it fails: CI must run the example).
import { locateCommand, missingBanner, missingNote, missingRuntimeFails, writeMissing } from "@factify-tools/missing-runtimes";

const PROJECT = "@factify-examples/fleet-pacing";
const redisServer = locateCommand("redis-server", "install Debian's redis-server (`apt-get install -y redis-server`, as root)");

if (redisServer.ok) {
  writeMissing(PROJECT, []);
  await import("../src/main");
} else {
  const note = missingNote(redisServer);
  if (missingRuntimeFails()) {
    console.error(`fleet-pacing: FAILED, ${note} (CI=true: a missing service fails the run)`);
    process.exit(1);
  }
  const missing = [{ test: "examples/fleet-pacing (src/main.ts)", note }];
  writeMissing(PROJECT, missing);
  console.log(missingBanner([{ project: PROJECT, recordedAt: "", missing }]));
}

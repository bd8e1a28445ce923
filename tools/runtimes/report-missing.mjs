// Kept for whoever runs it by hand: the end-of-run banner now covers every project that records a
// missing runtime or service in .tmp/missing-runtimes/ (tools/missing-runtimes), not only this one.
import { missingBanner, readMissing } from "../missing-runtimes/index.mjs";

const banner = missingBanner(readMissing());
if (banner) console.log(`\n${banner}`);

// Preloaded into the CLI's process with `node --import`: samples memory every 10 ms and, at exit,
// writes the peaks as one JSON line to the file named by FACTIFY_TEST_MEMORY_FILE.
import { writeFileSync } from "node:fs";

const peak = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => {
  const m = process.memoryUsage();
  for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], m[key]);
};
setInterval(sample, 10).unref();
process.on("exit", () => {
  sample();
  writeFileSync(process.env.FACTIFY_TEST_MEMORY_FILE, JSON.stringify(peak));
});

// `pnpm demo:cli` from the repository root: build the CLI and the emulator through Nx (a cache hit
// after the first time), showing the build log only if it fails, then run the tour.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(join(root, "package.json"));
const nxManifest = require.resolve("nx/package.json");
const nx = join(dirname(nxManifest), JSON.parse(readFileSync(nxManifest, "utf8")).bin.nx);

process.stdout.write("Building the CLI and the emulator with Nx... ");
const started = Date.now();
const build = spawnSync(process.execPath, [nx, "run-many", "-t", "build", "--projects=@factify/cli,@factify/mock-server", "--output-style=static"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, NX_DAEMON: "false", NX_NO_CLOUD: "true", NX_TUI: "false" },
});
if (build.status !== 0) {
  process.stdout.write("failed.\n");
  process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}${build.error ? `${build.error.message}\n` : ""}`);
  process.exit(build.status ?? 1);
}
process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s.\n\n`);
const tour = spawnSync(process.execPath, [join(here, "tour.mjs")], { cwd: here, stdio: "inherit" });
process.exit(tour.status ?? 1);

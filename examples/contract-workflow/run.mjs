// `pnpm demo` from the repository root: build the packages this example imports (through Nx, so a
// second run is a cache hit), showing the build log only if it fails, then run the example with tsx.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(join(root, "package.json"));

const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
const projects = Object.keys(manifest.dependencies).filter((name) => name.startsWith("@factify/"));
const nxManifest = require.resolve("nx/package.json");
const nx = join(dirname(nxManifest), JSON.parse(readFileSync(nxManifest, "utf8")).bin.nx);

process.stdout.write("Building the SDK packages with Nx (a few minutes the first time, a cache hit afterwards)... ");
const started = Date.now();
const build = spawnSync(process.execPath, [nx, "run-many", "-t", "build", `--projects=${projects.join(",")}`, "--output-style=static"], {
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

const demo = spawnSync(process.execPath, ["--import", "tsx", join("src", "main.ts")], { cwd: here, stdio: "inherit" });
process.exit(demo.status ?? 1);

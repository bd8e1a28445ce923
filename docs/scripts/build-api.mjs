// `pnpm docs`: the API reference of every published package, with typedoc. Each package is
// documented from its own sources and tsconfig (entry points taken from its exports map), into a
// JSON model; the models are then merged into one HTML site in docs-api/ (git-ignored).
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const typedoc = join(repo, "node_modules", ".bin", "typedoc");
const work = join(repo, "node_modules", ".cache", "factify-docs");
const out = join(repo, "docs-api");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

/** Source file behind an exports entry: "." is src/index.ts, "./node" is src/node.ts (or under src/generated/). */
function sourceOf(dir, subpath) {
  const name = subpath === "." ? "index" : subpath.replace(/^\.\//, "");
  const candidates = [join(dir, "src", `${name}.ts`), join(dir, "src", "generated", `${name}.ts`)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`no source for "${subpath}" (looked for ${candidates.join(", ")})`);
  return file;
}

const packagesDir = join(repo, "packages");
const jobs = [];
for (const folder of readdirSync(packagesDir).sort()) {
  const dir = join(packagesDir, folder);
  if (!existsSync(join(dir, "package.json"))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (pkg.private) continue;
  const subpaths = Object.keys(pkg.exports ?? { ".": null }).filter((s) => s !== "./package.json");
  // A command-line application (@factify/cli: a bin, nothing to import) has no API to document.
  if (subpaths.length === 0) continue;
  const model = join(work, `${folder}.json`);
  let sources;
  try {
    sources = subpaths.map((s) => sourceOf(dir, s));
  } catch (error) {
    jobs.push({ name: pkg.name, error });
    continue;
  }
  const args = [
    ...sources.flatMap((file) => ["--entryPoints", file]),
    // Module names relative to the package (`schemas`, `node`), not to the repository.
    "--basePath", dirname(sources[0]),
    "--tsconfig", join(dir, "tsconfig.json"),
    "--name", pkg.name,
    "--readme", existsSync(join(dir, "README.md")) ? join(dir, "README.md") : "none",
    "--excludePrivate", "--excludeInternal",
    "--logLevel", "Warn",
    "--json", model,
  ];
  jobs.push({ name: pkg.name, dir, args, model, subpaths });
}

// Two typedoc processes at a time (one per core); a failing package is reported at the end, so it
// does not hide the state of the others.
const models = [];
const failed = [];
const run = promisify(execFile);
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    if (job.error) {
      console.error(`typedoc: ${job.name} skipped: ${job.error.message}`);
      failed.push(job.name);
      continue;
    }
    try {
      // Run from the repository root: the JSON models record paths relative to the cwd, and the
      // merge below resolves them from the root.
      await run(typedoc, job.args, { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
      console.log(`typedoc: ${job.name} (${job.subpaths.join(", ")})`);
      models.push(job.model);
    } catch (error) {
      console.error(`typedoc: ${job.name} failed\n${error.stdout ?? ""}${error.stderr ?? ""}`);
      failed.push(job.name);
    }
  }
}
await Promise.all([worker(), worker()]);
models.sort();
if (models.length === 0) throw new Error("typedoc documented no package");

execFileSync(
  typedoc,
  [
    "--entryPointStrategy", "merge",
    ...models.flatMap((m) => ["--entryPoints", m]),
    "--name", "Factify TypeScript SDK",
    "--readme", join(repo, "docs", "api-home.md"),
    "--projectDocuments", join(repo, "docs", "migration.md"),
    "--logLevel", "Warn",
    "--out", out,
  ],
  { cwd: repo, stdio: "inherit" },
);
console.log(`API reference for ${models.length} package(s) written to ${out}`);
if (failed.length > 0) {
  console.error(`typedoc failed for: ${failed.join(", ")} (see the errors above)`);
  process.exitCode = 1;
}

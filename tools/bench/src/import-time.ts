// Time to import the edge bundle (tools/size's edge scenario, bundled and minified) in a fresh
// Node process, against importing an empty module the same way.
import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { median } from "./harness";

const benchRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Import times in milliseconds (medians over fresh processes). */
export interface ImportTimes {
  edgeBundleMs: number;
  emptyModuleMs: number;
  bundleBytes: number;
  runs: number;
}

function timeImport(file: string): number {
  const url = pathToFileURL(file).href;
  // stdout.write, not console.log: with FORCE_COLOR set (as Nx sets it) console.log colours numbers.
  const script = `const t = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  const ms = Number(out.trim().split("\n").pop());
  if (!Number.isFinite(ms)) throw new Error(`timing ${file} printed no number: ${JSON.stringify(out)}`);
  return ms;
}

/** Bundles the edge scenario, then imports it and an empty module `runs` times each, alternating. */
export async function measureImportTime(runs: number): Promise<ImportTimes> {
  const dir = mkdtempSync(join(tmpdir(), "factify-import-"));
  const bundle = join(dir, "edge.mjs");
  const empty = join(dir, "empty.mjs");
  await build({
    entryPoints: [join(benchRoot, "..", "size", "scenarios", "edge.ts")],
    absWorkingDir: benchRoot,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile: bundle,
    logLevel: "silent",
  });
  writeFileSync(empty, "export {};\n");
  const edge: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < runs; i++) {
    edge.push(timeImport(bundle));
    blank.push(timeImport(empty));
  }
  return { edgeBundleMs: median(edge), emptyModuleMs: median(blank), bundleBytes: statSync(bundle).size, runs };
}

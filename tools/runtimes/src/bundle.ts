// Bundles a scenario entry with esbuild for runtimes that load one file (workerd, Chromium), and
// reports which package files went in, so tests can prove the built `dist` output was used.
import { build } from "esbuild";
import { runtimesRoot } from "./paths";

/** A bundled entry: its code and the input files (relative to tools/runtimes) it contains. */
export interface Bundle {
  code: string;
  inputs: string[];
}

/** Bundles `entry` as one ESM file for `platform` ("browser" also serves workerd, with the worker condition). */
export async function bundleEntry(entry: string, conditions: string[] = []): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: runtimesRoot,
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: "bundle.js",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
  return { code: out.text, inputs: Object.keys(result.metafile.inputs) };
}

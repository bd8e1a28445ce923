// Bundles one scenario entry the way an edge or browser app would (esbuild, minified ESM for the
// browser platform) and measures the result gzipped at level 9, the figure the budgets are written in.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build } from "esbuild";

/** Bytes one package (or the scenario's own code) contributes to the minified bundle. */
export interface Contribution {
  name: string;
  bytes: number;
}

/** Sizes of one bundled scenario. */
export interface Measurement {
  /** Minified bundle, before compression. */
  minified: number;
  /** Minified bundle gzipped at level 9. */
  gzip: number;
  /** Minified bytes per package, largest first. */
  contributions: Contribution[];
}

const packageNames = new Map<string, string>();

/** Returns the name of the package that owns `file` (nearest package.json upward), or "(scenario)". */
function owningPackage(file: string): string {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    const cached = packageNames.get(dir);
    if (cached !== undefined) return cached;
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      // Nested package.json files without a name (e.g. `{ "type": "module" }` in dist folders) do not count.
      if (pkg.name) {
        const name = pkg.name.startsWith("@factify-tools/") ? "(scenario)" : pkg.name;
        packageNames.set(dir, name);
        return name;
      }
    } catch {
      // no package.json here; keep walking up
    }
    dir = dirname(dir);
  }
  return "(unknown)";
}

/** How every budget is measured: one definition, so `pnpm size` and `--explain` bundle alike. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
  outfile: "out.js",
} as const satisfies BuildOptions;

/**
 * Bundles `entry` (resolved from `cwd`, so workspace packages come from their built `dist`), leaving
 * `external` specifiers out, and returns its minified and gzipped sizes with a per-package
 * breakdown; throws esbuild's error when an import cannot be resolved.
 */
export async function measureScenario(entry: string, cwd: string, external: string[] = []): Promise<Measurement> {
  const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [resolve(cwd, entry)], absWorkingDir: cwd, external });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  const byPackage = new Map<string, number>();
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
      const name = owningPackage(resolve(cwd, input));
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const contributions = [...byPackage]
    .map(([name, bytes]) => ({ name, bytes }))
    .filter((c) => c.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return {
    minified: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
    contributions,
  };
}

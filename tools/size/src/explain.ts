// `pnpm size -- --explain <scenario>`: bundles a scenario from the workspace packages' sources
// instead of their single-file builds, so the breakdown names each source module and shows
// exactly which parts of core and of the dependencies a scenario pulls in.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build } from "esbuild";
import { type Scenario, sizeRoot } from "./budgets";
import { BUNDLE_OPTIONS } from "./measure";

/** One source module's share of a bundle. */
export interface ModuleShare {
  file: string;
  bytes: number;
}

/** Maps every `@factify/<pkg>` specifier and exports subpath to its source file. */
export function sourceAliases(repoRoot: string = resolve(sizeRoot, "..", "..")): Record<string, string> {
  const aliases: Record<string, string> = {};
  const base = join(repoRoot, "packages");
  for (const dir of readdirSync(base)) {
    const manifestPath = join(base, dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string; exports?: Record<string, unknown> };
    for (const subpath of Object.keys(manifest.exports ?? { ".": null })) {
      if (subpath === "./package.json") continue;
      const name = subpath === "." ? "index" : subpath.slice(2);
      // Generated packages may keep their entry under src/generated/ (the facade does).
      const file = [join(base, dir, "src", `${name}.ts`), join(base, dir, "src", "generated", `${name}.ts`)].find((f) => existsSync(f));
      if (file) aliases[subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`] = file;
    }
  }
  return aliases;
}

/**
 * Bundles `scenario` from sources and returns its gzip size and the modules in it, largest first.
 * `plugins` and `external` add to the scenario's own (tools/size's ablations use them).
 */
export async function explainScenario(
  scenario: Scenario,
  extra: Pick<BuildOptions, "plugins" | "external"> = {},
): Promise<{ gzip: number; modules: ModuleShare[] }> {
  const external = [...(scenario.external ?? []), ...(extra.external ?? [])];
  const result = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [resolve(sizeRoot, scenario.entry)],
    absWorkingDir: sizeRoot,
    // A specifier the scenario leaves out must stay out: alias only the others to their sources.
    // (a package's subpaths, such as @factify/core/operations, go with it).
    alias: Object.fromEntries(Object.entries(sourceAliases()).filter(([spec]) => !external.some((e) => spec === e || spec.startsWith(`${e}/`)))),
    external,
    plugins: extra.plugins ?? [],
    define: { __PACKAGE_VERSION__: JSON.stringify("0.0.0") },
  });
  const modules: ModuleShare[] = [];
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(meta.inputs)) {
      if (bytesInOutput > 0) modules.push({ file: file.replace(/^(\.\.\/)+/, "").replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, ""), bytes: bytesInOutput });
    }
  }
  modules.sort((a, b) => b.bytes - a.bytes);
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength, modules };
}

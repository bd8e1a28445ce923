// `pnpm --filter @factify-tools/size run size --compare-ofetch [scenario]`: what the transport would
// weigh on ofetch. The scenario (edge by default) is bundled from sources twice, the way `--explain`
// does: once as shipped, where core's transport calls the runtime's fetch directly, and once with
// that module replaced by a small ofetch-based one with the same exports, with every ofetch feature
// the SDK replaces turned off (its retry, its error throwing, its response parsing). The difference
// is the price of the dependency for nothing it would be allowed to do: the measurement behind the
// "Dependencies, explained" section of the root README.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { type Scenario, sizeRoot } from "./budgets";
import { explainScenario, type ModuleShare } from "./explain";

/**
 * An ofetch-based transport with the exports of core's own, built as the SDK would have to use ofetch.
 * The failure reading below `exchange` is core's own, repeated so that only the exchange differs.
 */
export const OFETCH_TRANSPORT = `import { ofetch } from "ofetch";
export function uploadFetchOptions() { return undefined; }
export async function exchange(fetch, url, init, upload) {
  const response = await ofetch.raw(url, {
    ...init,
    ...(fetch ? { fetch } : {}),
    ...(upload ? { duplex: "half" } : {}),
    retry: 0,
    ignoreResponseError: true,
    responseType: "text",
  });
  return [response, response._data ?? ""];
}
export const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|E(NET|HOST)UNREACH|UND_ERR_CONNECT_TIMEOUT|connection ?refused|dns error|failed to lookup/i;
export const MAX_CAUSES = 6;
export function describeFailure(error) {
  const parts = [];
  for (let e = error, n = 0; e && n < MAX_CAUSES; n++, e = e.cause) parts.push(e.code ? \`\${e.message} (\${e.code})\` : (e.message ?? e));
  return parts.join(": ");
}
`;

/** The source file of core that sends the request: the one defining `exchange`. */
export function transportFile(coreSrc: string = resolve(sizeRoot, "..", "..", "packages", "core", "src")): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) files.push(path);
    }
  };
  if (existsSync(coreSrc)) walk(coreSrc);
  const found = files.filter((f) => /export (async )?function exchange\(/.test(readFileSync(f, "utf8")));
  if (found.length !== 1) {
    throw new Error(`expected one module of ${coreSrc} to define exchange(), found ${found.length}: ${found.join(", ") || "none"}`);
  }
  return found[0]!;
}

function replaceWith(file: string, contents: string): Plugin {
  return {
    name: "ofetch-transport",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) =>
        // resolveDir: "ofetch" is tools/size's own devDependency, not core's.
        resolve(args.path) === file ? { contents, loader: "js", resolveDir: sizeRoot } : undefined,
      );
    },
  };
}

/** Both bundles of a scenario and what ofetch would add. */
export interface OfetchComparison {
  fetchGzip: number;
  ofetchGzip: number;
  /** Gzip bytes ofetch adds. */
  added: number;
  /** `added` as a share of the bundle as shipped. */
  share: number;
  /** Modules of the ofetch bundle that come from ofetch and its dependencies. */
  ofetchModules: ModuleShare[];
  transport: string;
}

/** Bundles `scenario` with core's transport and with an ofetch-based one, and compares them. */
export async function compareOfetch(scenario: Scenario): Promise<OfetchComparison> {
  const transport = transportFile();
  const ours = await explainScenario(scenario);
  const theirs = await explainScenario(scenario, { plugins: [replaceWith(transport, OFETCH_TRANSPORT)] });
  const added = theirs.gzip - ours.gzip;
  return {
    fetchGzip: ours.gzip,
    ofetchGzip: theirs.gzip,
    added,
    share: added / ours.gzip,
    ofetchModules: theirs.modules.filter((m) => /^(ofetch|destr|ufo|node-fetch-native)\//.test(m.file)),
    transport,
  };
}

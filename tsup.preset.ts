// Shared tsup settings: every published package ships ESM + CJS + .d.ts, unminified
// (consumers minify), with its own version baked in for the User-Agent header.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Options } from "tsup";

export function packageBuild(dir: string, entry: Record<string, string> = { index: "src/index.ts" }): Options {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  };
}

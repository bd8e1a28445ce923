// What the published declaration files may not contain: a global declaration (it leaks into every
// user's program, and `__PACKAGE_VERSION__` declared that way compiled in user code, then threw at
// run time), and, in core's application entry, any reference to the schema library, whose types
// belong to `@factify/core/operations` only.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isApplication, publishedPackages } from "../src/workspace";

/** Every .d.ts / .d.cts / .d.mts file under `dir`. */
function declarationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.d\.[cm]?ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Lines of `text` that declare something global or name a build-time constant. */
export function globalLeaks(text: string): string[] {
  return text.split("\n").filter((line) => /\bdeclare\s+global\b|__PACKAGE_VERSION__|^\s*declare\s+(?:const|let|var)\s+__\w+__/.test(line));
}

/** `file` and every declaration file it reaches through relative imports and re-exports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s+['"](\.[^'"]+)['"]/g)) {
    const base = join(dirname(file), spec!).replace(/\.[cm]?js$/, "");
    const next = [".d.ts", ".d.cts", ".d.mts"].map((ext) => base + ext).find(existsSync);
    if (next) reachable(next, seen);
  }
  return seen;
}

// Applications (a bin and nothing to import) publish no declarations.
const packages = publishedPackages().filter((p) => !isApplication(p.manifest));

describe("declaration files", () => {
  it("the leak check finds a global declaration and a build-time constant", () => {
    expect(globalLeaks("export {};\ndeclare global {\n  const __PACKAGE_VERSION__: string;\n}\n")).toHaveLength(2);
    expect(globalLeaks("declare const __BUILD__: string;")).toHaveLength(1);
    expect(globalLeaks("export declare function createFactify(): void;\n")).toEqual([]);
  });

  it("the reachability walk follows relative imports into chunks", () => {
    const dir = mkdtempSync(join(tmpdir(), "dts-walk-"));
    writeFileSync(join(dir, "index.d.ts"), 'export { a } from "./chunk-X1.js";\n');
    writeFileSync(join(dir, "chunk-X1.d.ts"), 'import "valibot";\nexport declare const a: 1;\n');
    expect([...reachable(join(dir, "index.d.ts"))].map((f) => f.slice(dir.length + 1))).toEqual(["index.d.ts", "chunk-X1.d.ts"]);
  });

  it.each(packages.map((p) => [p.manifest.name, p.dir] as const))("%s declares no globals in its built .d.ts files", (_name, dir) => {
    const files = declarationFiles(join(dir, "dist"));
    expect(files.length, `${dir}/dist has no declaration files: build it first`).toBeGreaterThan(0);
    const leaks = files.flatMap((file) => globalLeaks(readFileSync(file, "utf8")).map((line) => `${file}: ${line.trim()}`));
    expect(leaks).toEqual([]);
  });

  it("core's application entry reaches no valibot declaration (ESM and CommonJS)", () => {
    const core = packages.find((p) => p.manifest.name === "@factify/core")!;
    for (const entry of ["index.d.ts", "index.d.cts"]) {
      const files = [...reachable(join(core.dir, "dist", entry))];
      expect(files.length).toBeGreaterThan(1);
      const imports = files.filter((file) => /(?:from|import)\s+['"]valibot['"]/.test(readFileSync(file, "utf8")));
      expect(imports).toEqual([]);
    }
  });
});

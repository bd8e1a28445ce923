import { describe, expect, it } from "vitest";
import { manifestProblems, typedEntries } from "../src/manifest-rules";
import { type Manifest, publishedPackages } from "../src/workspace";

const good: Manifest = {
  name: "@factify/example",
  version: "1.0.0",
  type: "module",
  sideEffects: false,
  files: ["dist", "README.md"],
  exports: {
    ".": {
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./package.json": "./package.json",
  },
};

describe("manifest rules", () => {
  it("accepts an explicit dual ESM/CJS exports map with types first", () => {
    expect(manifestProblems(good)).toEqual([]);
  });

  it("rejects a wildcard subpath in exports", () => {
    const exports = { ...(good.exports as object), "./*": { import: { types: "./dist/*.d.ts", default: "./dist/*.js" } } };
    expect(manifestProblems({ ...good, exports }).join("\n")).toMatch(/"\.\/\*" is a wildcard/);
  });

  it("rejects a package that does not declare sideEffects: false", () => {
    expect(manifestProblems({ ...good, sideEffects: undefined })).toContain(
      '@factify/example: "sideEffects" must be false',
    );
  });

  it("rejects an entry without a CommonJS branch or with types after default", () => {
    const exports = { ".": { import: { default: "./dist/index.js", types: "./dist/index.d.ts" } } };
    const problems = manifestProblems({ ...good, exports }).join("\n");
    expect(problems).toMatch(/\.require" must be \{ types, default \}/);
    expect(problems).toMatch(/\.import\.types" must come first/);
  });

  it("rejects a string exports field and a target outside dist", () => {
    expect(manifestProblems({ ...good, exports: "./dist/index.js" }).join("\n")).toMatch(/must be an object map/);
    const exports = {
      ".": {
        import: { types: "./src/index.ts", default: "./src/index.ts" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
    };
    expect(manifestProblems({ ...good, exports }).join("\n")).toMatch(/points outside \.\/dist\//);
  });

  it("holds a command-line application (a bin, no \".\" entry) only to the rules that fit it", () => {
    const app: Manifest = { name: "app", version: "1.0.0", type: "module", files: ["dist"], bin: { app: "./dist/cli.js" }, exports: { "./package.json": "./package.json" } };
    expect(manifestProblems(app)).toEqual([]);
    expect(manifestProblems({ ...app, bin: { app: "./src/cli.ts" } })).toEqual(['app: "bin" must point into ./dist/']);
    expect(manifestProblems({ ...app, dependencies: { x: "*" } })).toEqual(['app: dependencies.x is "*"; give a range']);
  });

  it("lists each typed entry of the exports map", () => {
    expect(typedEntries(good)).toEqual([{ subpath: ".", types: "./dist/index.d.ts" }]);
  });
});

describe("published workspace packages", () => {
  const packages = publishedPackages();

  it("finds the published packages", () => {
    expect(packages.map((p) => p.manifest.name)).toContain("@factify/core");
  });

  it.each(packages.map((p) => [p.manifest.name, p] as const))("%s follows the manifest rules", (_name, pkg) => {
    expect(manifestProblems(pkg.manifest)).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { currentSnapshots, describeExports, snapshotFileName } from "../src/api-snapshot";
import { publishedPackages, toolRoot } from "../src/workspace";

const apiDir = join(toolRoot, "api");
const snapshots = publishedPackages().flatMap((p) => currentSnapshots(p));

describe("API snapshot normalisation", () => {
  const describe_ = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "api-snap-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return describeExports(join(dir, "index.d.ts"));
  };

  it("ignores comments and formatting but keeps every declared name and type", () => {
    const a = describe_({ "index.d.ts": `/** Docs. */\nexport declare function f(a: string): number;\n//# sourceMappingURL=x\n` });
    const b = describe_({ "index.d.ts": `export declare function f(\n  a: string,\n): number;\n` });
    expect(a).toBe(b);
    expect(describe_({ "index.d.ts": "export declare function f(a: string): string;\n" })).not.toBe(b);
  });

  it("follows re-exports into hashed chunks and shows the signature, not the chunk name", () => {
    const text = describe_({
      "chunk-AbC123.d.ts": "declare function getThing(id: string): Promise<number>;\ninterface Thing { id: string }\nexport { getThing as g, type Thing as T };\n",
      "index.d.ts": 'export { g as getThing, T as Thing } from "./chunk-AbC123.js";\nexport declare const version: string;\n',
    });
    expect(text).toBe(
      "// export Thing\ninterface Thing {\n    id: string;\n}\n\n// export getThing\nfunction getThing(id: string): Promise<number>;\n\n// export version\nconst version: string;\n",
    );
    expect(text).not.toContain("AbC123");
  });

  it("does not depend on how a parameter is destructured", () => {
    const a = describe_({ "index.d.ts": "interface O { a: string }\nexport declare function f({ a }: O): void;\nexport type { O };\n" });
    const b = describe_({ "index.d.ts": "interface O { a: string }\nexport declare function f(options: O): void;\nexport type { O };\n" });
    expect(a).toBe(b);
  });

  it("reports a removed export as a difference", () => {
    const before = describe_({ "index.d.ts": "export declare const a: 1;\nexport declare const b: 2;\n" });
    const after = describe_({ "index.d.ts": "export declare const a: 1;\n" });
    expect(after).not.toBe(before);
  });

  it("names snapshot files after the package folder and subpath", () => {
    expect(snapshotFileName("packages/core", ".")).toBe("core.api.d.ts");
    expect(snapshotFileName("packages/mock-server", "./node")).toBe("mock-server.node.api.d.ts");
  });
});

describe("public API snapshots", () => {
  it.each(snapshots.map((s) => [`${s.packageName} "${s.subpath}"`, s] as const))(
    "%s matches its committed snapshot (run update-api to accept a change)",
    (_label, snap) => {
      const file = join(apiDir, snap.file);
      expect(existsSync(file), `missing tools/package-check/api/${snap.file}; run update-api`).toBe(true);
      expect(snap.current).toBe(readFileSync(file, "utf8"));
    },
  );

  it("has no snapshot left for an entry that no longer exists", () => {
    const expected = new Set(snapshots.map((s) => s.file));
    const stale = readdirSync(apiDir).filter((f) => f.endsWith(".api.d.ts") && !expected.has(f));
    expect(stale).toEqual([]);
  });
});

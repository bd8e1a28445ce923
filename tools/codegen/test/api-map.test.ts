import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model";
import { camelCase } from "../src/names";
import { loadSpec } from "../src/spec";
import { API_MAP_PATH, HAVE_SPEC, SPEC_PATH } from "@factify-tools/test-support";

interface Row {
  pkg: string;
  method: string;
  fn: string;
  http: string;
  path: string;
}

function apiMapRows(): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(API_MAP_PATH, "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 7 || !cells[1]?.startsWith("@factify/")) continue;
    rows.push({ pkg: cells[1], method: cells[2] as string, fn: cells[3] as string, http: cells[4] as string, path: (cells[5] as string).replace(/`/g, "") });
  }
  return rows;
}

describe.skipIf(!HAVE_SPEC || !existsSync(API_MAP_PATH))("package and method names", () => {
  it("place every operation where API-MAP.md says, under its resource method and camelCase function name", () => {
    const rows = apiMapRows();
    expect(rows).toHaveLength(59);
    const derived = buildModel(loadSpec(SPEC_PATH)).flatMap((pkg) =>
      pkg.operations.map((op) => ({
        pkg: `@factify/${pkg.dir}`,
        method: [...op.resourcePath, op.methodName].join("."),
        fn: op.operationId,
        camel: op.functionName,
        http: op.httpMethod,
        path: op.path,
      })),
    );
    const byId = new Map(derived.map((d) => [d.fn, d]));
    for (const row of rows) {
      const d = byId.get(row.fn);
      expect(d, row.fn).toBeDefined();
      expect({ pkg: d?.pkg, method: d?.method, http: d?.http, path: d?.path }, row.fn).toEqual({
        pkg: row.pkg,
        method: row.method,
        http: row.http,
        path: row.path,
      });
      expect(d?.camel).toBe(camelCase(row.fn));
    }
    expect(byId.size).toBe(rows.length);
  });

  it("folds acronyms in function names", () => {
    const names = buildModel(loadSpec(SPEC_PATH)).flatMap((p) => p.operations.map((o) => o.functionName));
    expect(names).toEqual(expect.arrayContaining(["deleteApiKeyQuota", "listApiKeyQuotas", "setApiKeyQuota", "listApiKeys", "getMe"]));
    expect(names.filter((n) => /[A-Z]{2}/.test(n))).toEqual([]);
  });
});

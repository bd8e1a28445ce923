import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model";
import { camelCase } from "../src/names";
import { loadSpec } from "../src/spec";
import { CONTRACT_PATH, readOperations } from "@factify-tools/test-support";

describe("package and method names", () => {
  it("place every operation where the operation map says, under its resource method and camelCase function name", () => {
    const rows = readOperations();
    expect(rows).toHaveLength(59);
    const derived = buildModel(loadSpec(CONTRACT_PATH)).flatMap((pkg) =>
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
      const d = byId.get(row.operationId);
      expect(d, row.operationId).toBeDefined();
      expect({ pkg: d?.pkg, method: d?.method, http: d?.http, path: d?.path }, row.operationId).toEqual({
        pkg: row.package,
        method: row.method,
        http: row.http,
        path: row.path,
      });
      expect(d?.camel).toBe(camelCase(row.operationId));
    }
    expect(byId.size).toBe(rows.length);
  });

  it("folds acronyms in function names", () => {
    const names = buildModel(loadSpec(CONTRACT_PATH)).flatMap((p) => p.operations.map((o) => o.functionName));
    expect(names).toEqual(expect.arrayContaining(["deleteApiKeyQuota", "listApiKeyQuotas", "setApiKeyQuota", "listApiKeys", "getMe"]));
    expect(names.filter((n) => /[A-Z]{2}/.test(n))).toEqual([]);
  });
});

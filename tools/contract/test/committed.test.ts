// Checks on the committed contract files that need no full document, so they run on every clone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveContract } from "../src/derive";
import { CONTRACT_PATH, OPERATIONS_PATH, readContract, readOperations, serialize } from "../src/files";
import { deriveOperations } from "../src/operations";

describe("the committed contract", () => {
  it("holds only allow-listed keys, in sorted order (deriving it again gives the same bytes)", () => {
    const again = deriveContract(readContract());
    expect(again.dropped).toEqual([]);
    expect(serialize(again.contract)).toBe(readFileSync(CONTRACT_PATH, "utf8"));
  });

  it("has an operation map that agrees with it on every operation", () => {
    const fromContract = deriveOperations(readContract()).map(({ earlierSdk: _, ...row }) => row);
    const committed = readOperations().map(({ earlierSdk: _, ...row }) => row);
    expect(committed).toEqual(fromContract);
    expect(readFileSync(OPERATIONS_PATH, "utf8")).toBe(serialize(readOperations()));
  });

  it("maps each operation once, to a package and a resource method", () => {
    const rows = readOperations();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.operationId)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.package, row.operationId).toMatch(/^@factify\/[a-z]+(-[a-z]+)*$/);
      expect(row.method, row.operationId).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
      expect(row.earlierSdk === null || /^[a-z][A-Za-z.]*$/.test(row.earlierSdk), row.operationId).toBe(true);
    }
  });
});

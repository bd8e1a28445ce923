import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarios } from "../src/budgets";
import { compareOfetch, transportFile } from "../src/compare-ofetch";

describe("--compare-ofetch", () => {
  it("finds the one core module that sends requests", () => {
    expect(transportFile()).toMatch(/packages\/core\/src\/.+\.ts$/);
  });

  it("fails, naming what it found, when no module or several define exchange()", () => {
    const src = mkdtempSync(join(tmpdir(), "size-core-"));
    expect(() => transportFile(src)).toThrow(/found 0: none/);
    mkdirSync(join(src, "a"));
    writeFileSync(join(src, "a", "one.ts"), "export async function exchange() {}\n");
    writeFileSync(join(src, "two.ts"), "export function exchange() {}\n");
    expect(() => transportFile(src)).toThrow(/found 2: .*one\.ts.*two\.ts|found 2: .*two\.ts.*one\.ts/);
  });

  it("bundles the edge scenario with ofetch in place of the transport and reports what it adds", async () => {
    const edge = loadScenarios().find((s) => s.name === "edge")!;
    const c = await compareOfetch(edge);
    // The replacement took effect: ofetch and its dependencies are in the second bundle.
    expect(c.ofetchModules.map((m) => m.file.split("/")[0])).toEqual(expect.arrayContaining(["ofetch", "ufo", "destr"]));
    expect(c.ofetchGzip).toBe(c.fetchGzip + c.added);
    expect(c.added).toBeGreaterThan(0);
    expect(c.share).toBeCloseTo(c.added / c.fetchGzip, 10);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarios, sizeRoot } from "../src/budgets";
import { measureScenario } from "../src/measure";
import { judge, overBudgetMessages, renderReport } from "../src/report";
import { measureAll } from "../src/run";

describe("size budgets", () => {
  it("keeps every scenario in budgets.json within its gzip budget", async () => {
    const results = await measureAll();
    // Print the table so a CI log shows the numbers even when everything passes.
    console.log(renderReport(results));
    expect(overBudgetMessages(results)).toEqual([]);
  });

  it("keeps the agreed limits for edge, documents-class and everything as budget or stated target", () => {
    // A limit not yet reached stays visible as `target` (printed by `pnpm size`); it may not vanish.
    const byName = new Map(loadScenarios().map((s) => [s.name, s]));
    for (const [name, limit] of [["edge", 8000], ["documents-class", 12000], ["everything", 25000]] as const) {
      const scenario = byName.get(name);
      expect(scenario, name).toBeDefined();
      expect(Math.min(scenario!.budget, scenario!.target ?? Infinity), name).toBeLessThanOrEqual(limit);
    }
  });
});

describe("measurement", () => {
  it("reports a scenario over budget by name and by how much", async () => {
    const dir = mkdtempSync(join(tmpdir(), "size-"));
    const entry = join(dir, "big.js");
    // Random-ish text compresses poorly, so the gzip size comfortably exceeds the 100-byte budget.
    const blob = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 65521).toString(36)).join("");
    writeFileSync(entry, `export const blob = ${JSON.stringify(blob)};\n`);
    const measurement = await measureScenario(entry, sizeRoot);
    const result = judge({ name: "too-big", entry, budget: 100, description: "a test blob" }, measurement);
    expect(result.withinBudget).toBe(false);
    expect(result.delta).toBe(measurement.gzip - 100);
    expect(overBudgetMessages([result])[0]).toMatch(/^too-big \(a test blob\): \d+ B gzip > budget 100 B by \d+ B$/);
    expect(renderReport([result])).toContain("OVER BUDGET");
  });

  it("tree-shakes: an unused export of a scenario's dependency adds nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "size-"));
    writeFileSync(join(dir, "lib.js"), `export const used = () => 1;\nexport const unused = () => ${JSON.stringify("x".repeat(5000))};\n`);
    writeFileSync(join(dir, "entry.js"), `import { used } from "./lib.js";\nexport const v = used();\n`);
    const measurement = await measureScenario(join(dir, "entry.js"), sizeRoot);
    expect(measurement.minified).toBeLessThan(200);
  });

  it("fails loudly when a scenario imports a package that is not installed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "size-"));
    writeFileSync(join(dir, "entry.js"), `export * from "@factify/does-not-exist";\n`);
    await expect(
      measureAll([{ name: "ghost", entry: join(dir, "entry.js"), budget: 1000, description: "missing" }]),
    ).rejects.toThrow(/size scenario "ghost".*could not be bundled/s);
  });
});

import { describe, expect, it } from "vitest";
import { ABLATIONS, ablateScenario } from "../src/ablate";
import { loadScenarios } from "../src/budgets";

describe("ablate", () => {
  it("measures a saving for every part of the edge scenario, and more for all of them together", async () => {
    const edge = loadScenarios().find((s) => s.name === "edge")!;
    const { gzip, rows } = await ablateScenario(edge);
    expect(rows.map((r) => r.name)).toEqual([...ABLATIONS.map((a) => a.name), "all of the above at once"]);
    // A stub whose file was renamed or moved would save nothing: every row must save something real,
    // except the opt-in parts (pacing(), debugLog()), which the edge scenario must not carry at all.
    for (const row of rows) {
      if (row.name.startsWith("opt-in")) expect(row.saved, row.name).toBe(0);
      else expect(row.saved, row.name).toBeGreaterThan(100);
      expect(row.gzip + row.saved).toBe(gzip);
    }
    const all = rows.at(-1)!;
    expect(all.saved).toBeGreaterThan(Math.max(...rows.slice(0, -1).map((r) => r.saved)));
  });
});

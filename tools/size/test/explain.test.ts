import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sizeRoot } from "../src/budgets";
import { explainScenario, sourceAliases } from "../src/explain";

const repoRoot = join(sizeRoot, "..", "..");

describe("explain", () => {
  it("maps each package entry and subpath to its source file", () => {
    const aliases = sourceAliases();
    expect(aliases["@factify/core"]).toBe(join(repoRoot, "packages", "core", "src", "index.ts"));
    expect(aliases["@factify/mock-server/node"]).toBe(join(repoRoot, "packages", "mock-server", "src", "node.ts"));
  });

  it("lists the source modules of a scenario, largest first, and keeps externals out", async () => {
    const { modules, gzip } = await explainScenario({
      name: "documents-alone",
      entry: "scenarios/package-documents.ts",
      budget: 1,
      description: "test",
      external: ["@factify/core", "valibot"],
    });
    expect(gzip).toBeGreaterThan(0);
    expect(modules.some((m) => m.file.startsWith("packages/documents/src/"))).toBe(true);
    expect(modules.some((m) => m.file.startsWith("packages/core/"))).toBe(false);
    expect(modules.map((m) => m.bytes)).toEqual([...modules.map((m) => m.bytes)].sort((a, b) => b - a));
  });
});

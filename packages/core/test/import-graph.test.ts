// Core's modules must form a tree of imports, never a cycle: a cycle makes load order decide which
// binding is still undefined, and keeps bundlers from dropping the half a caller does not use.
// Type-only imports count too, so a shared type lives with the module that owns it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

// `import ... from "./x"`, `import type ...`, `export ... from "./x"`, `import "./x"`, `import("./x")`.
const SPECIFIER = /\b(?:import|export)\b[^"';]*?["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Relative imports of each file, resolved to files of `files` (a specifier that resolves to none is reported). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|(^|[^:"'])\/\/.*$/gm, "$1");
    const targets: string[] = [];
    for (const match of text.matchAll(SPECIFIER)) {
      const base = resolve(dirname(file), (match[1] ?? match[2]!).replace(/\.(?:js|ts)$/, ""));
      const target = [`${base}.ts`, join(base, "index.ts")].find((candidate) => known.has(candidate));
      if (!target) throw new Error(`${relative(SRC, file)}: import "${match[1] ?? match[2]}" resolves to no file of src`);
      targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files along it, first file repeated at the end. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) return void cycles.push([...path.slice(at), file]);
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

describe("import graph of packages/core/src", () => {
  const graph = importGraph(sourceFiles(SRC));

  it("reads the imports (the walk sees the entry points and what they pull in)", () => {
    const index = graph.get(join(SRC, "index.ts"));
    expect(index?.length).toBeGreaterThan(3);
    expect(graph.get(join(SRC, "rate-limit", "pacer.ts"))).toContain(join(SRC, "rate-limit", "scheduler-key.ts"));
  });

  it("has no import cycle, type-only imports included", () => {
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(" -> "));
    expect(cycles).toEqual([]);
  });

  it("would report a cycle (the check can fail)", () => {
    const graphWithCycle = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(findCycles(graphWithCycle)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
  });
});

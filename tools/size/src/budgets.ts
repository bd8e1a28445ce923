// Loads and checks tools/size/budgets.json, the single place where scenarios and their limits live.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One bundle scenario: an entry file and the most gzip bytes it may weigh. */
export interface Scenario {
  name: string;
  /** Entry file, relative to tools/size. */
  entry: string;
  /** Upper bound in bytes of gzip (level 9) output. */
  budget: number;
  /**
   * A tighter goal not yet reached (the size the SDK aims for), shown beside the budget. The budget is
   * the enforced ceiling that stops regressions; the target says how far there is still to go.
   */
  target?: number;
  /** What the scenario imports and calls, in a few words. */
  description: string;
  /** Import specifiers left out of the bundle (esbuild `external`, `*` wildcards allowed). */
  external?: string[];
}

/** Absolute path of the tools/size folder. */
export const sizeRoot: string = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Reads budgets.json and returns its scenarios; throws when an entry is malformed or a name repeats. */
export function loadScenarios(file: string = join(sizeRoot, "budgets.json")): Scenario[] {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { scenarios?: unknown };
  if (!Array.isArray(parsed.scenarios)) throw new Error(`${file}: "scenarios" must be an array`);
  const seen = new Set<string>();
  return parsed.scenarios.map((raw, index) => {
    const s = raw as Partial<Scenario>;
    if (typeof s.name !== "string" || typeof s.entry !== "string" || typeof s.description !== "string") {
      throw new Error(`${file}: scenario #${index} needs string "name", "entry" and "description"`);
    }
    if (typeof s.budget !== "number" || !(s.budget > 0)) {
      throw new Error(`${file}: scenario "${s.name}" needs a positive numeric "budget" (gzip bytes)`);
    }
    if (s.external !== undefined && !(Array.isArray(s.external) && s.external.every((e) => typeof e === "string"))) {
      throw new Error(`${file}: scenario "${s.name}" has a non-string "external" entry`);
    }
    if (seen.has(s.name)) throw new Error(`${file}: scenario "${s.name}" appears twice`);
    seen.add(s.name);
    return s as Scenario;
  });
}

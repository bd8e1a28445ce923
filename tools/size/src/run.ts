// Measures every scenario in budgets.json; shared by the CLI and the test.
import { loadScenarios, type Scenario, sizeRoot } from "./budgets";
import { measureScenario } from "./measure";
import { judge, type ScenarioResult } from "./report";

/** Measures each scenario in turn (esbuild is fast; parallel runs would only fight over 2 cores). */
export async function measureAll(scenarios: readonly Scenario[] = loadScenarios()): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    try {
      results.push(judge(scenario, await measureScenario(scenario.entry, sizeRoot, scenario.external)));
    } catch (error) {
      throw new Error(`size scenario "${scenario.name}" (${scenario.entry}) could not be bundled: ${String(error)}`, {
        cause: error,
      });
    }
  }
  return results;
}

// `pnpm size`: prints the size table and exits non-zero when a scenario is over budget.
// `pnpm size -- --explain <scenario>`: lists the source modules that make up one scenario.
// `pnpm size -- --ablate <scenario>`: what each optional part of the SDK costs that scenario.
import { ablateScenario } from "./ablate";
import { loadScenarios, type Scenario } from "./budgets";
import { compareOfetch } from "./compare-ofetch";
import { explainScenario } from "./explain";
import { overBudgetMessages, renderReport } from "./report";
import { measureAll } from "./run";

const args = process.argv.slice(2);
const explain = args.indexOf("--explain");
const ablate = args.indexOf("--ablate");
const ofetch = args.indexOf("--compare-ofetch");

function scenarioNamed(name: string | undefined): Scenario {
  const scenario = loadScenarios().find((s) => s.name === name);
  if (!scenario) throw new Error(`no scenario "${name}"; see tools/size/budgets.json`);
  return scenario;
}

if (ofetch >= 0) {
  const next = args[ofetch + 1];
  const scenario = scenarioNamed(next && !next.startsWith("--") ? next : "edge");
  const c = await compareOfetch(scenario);
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  console.log(`${scenario.name} from sources, gzip:`);
  console.log(`${String(c.fetchGzip).padStart(7)} B  as shipped: the runtime's fetch, called directly`);
  console.log(`${String(c.ofetchGzip).padStart(7)} B  with an ofetch transport (retry, error throwing and parsing turned off)`);
  console.log(`${String(c.added).padStart(7)} B  ofetch's price: ${pct(c.share)} of the bundle as shipped, ${pct(c.added / c.ofetchGzip)} of the ofetch bundle`);
  console.log(`modules it brings (minified bytes): ${c.ofetchModules.map((m) => `${m.file} ${m.bytes}`).join(", ")}`);
  console.log(`(replaced ${c.transport})`);
} else if (ablate >= 0) {
  const scenario = scenarioNamed(args[ablate + 1]);
  const { gzip, rows } = await ablateScenario(scenario);
  console.log(`${scenario.name} from sources: ${gzip} B gzip. Without each part:`);
  for (const row of rows) console.log(`${String(row.saved).padStart(6)} B saved  ${String(row.gzip).padStart(6)} B left  ${row.name}`);
} else if (explain >= 0) {
  const scenario = scenarioNamed(args[explain + 1]);
  const { gzip, modules } = await explainScenario(scenario);
  const total = modules.reduce((sum, m) => sum + m.bytes, 0);
  console.log(`${scenario.name} from sources: ${total} B minified, ${gzip} B gzip`);
  for (const m of modules) console.log(`${String(m.bytes).padStart(7)} B  ${((m.bytes / total) * 100).toFixed(1).padStart(5)}%  ${m.file}`);
} else {
  const results = await measureAll();
  console.log(renderReport(results));
  const over = overBudgetMessages(results);
  if (over.length > 0) {
    console.error(`\n${over.length} scenario(s) over budget:\n${over.join("\n")}`);
    process.exitCode = 1;
  }
}

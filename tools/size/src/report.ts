// Turns measurements into the table `pnpm size` prints and the verdict the test asserts.
import type { Scenario } from "./budgets";
import type { Measurement } from "./measure";

/** A scenario with its measurement and its distance from the budget. */
export interface ScenarioResult {
  scenario: Scenario;
  measurement: Measurement;
  /** gzip bytes minus budget: negative is headroom, positive is an overrun. */
  delta: number;
  withinBudget: boolean;
}

/** Compares a measurement with its scenario's budget. */
export function judge(scenario: Scenario, measurement: Measurement): ScenarioResult {
  const delta = measurement.gzip - scenario.budget;
  return { scenario, measurement, delta, withinBudget: delta <= 0 };
}

/** Formats a byte count as kilobytes with two decimals (1 KB = 1000 bytes, as budgets are written). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} KB`;
}

function signedKb(bytes: number): string {
  return `${bytes > 0 ? "+" : bytes < 0 ? "-" : "±"}${kb(Math.abs(bytes))}`;
}

/** Renders results as a Markdown table, then one breakdown line per scenario naming what weighs most. */
export function renderReport(results: readonly ScenarioResult[]): string {
  const rows = results.map((r) => [
    r.scenario.name,
    kb(r.measurement.minified),
    kb(r.measurement.gzip),
    kb(r.scenario.budget),
    signedKb(r.delta),
    `${((r.measurement.gzip / r.scenario.budget) * 100).toFixed(0)}%`,
    r.withinBudget ? "ok" : "OVER BUDGET",
    r.scenario.target === undefined
      ? ""
      : `${kb(r.scenario.target)} (${r.measurement.gzip <= r.scenario.target ? "met" : `${signedKb(r.measurement.gzip - r.scenario.target)} to go`})`,
  ]);
  const header = ["scenario", "minified", "gzip", "budget", "delta", "used", "status", "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const out = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line), ""];
  out.push("Share of each minified bundle, by package:");
  for (const r of results) {
    const parts = r.measurement.contributions.map(
      (c) => `${c.name} ${((c.bytes / r.measurement.minified) * 100).toFixed(0)}%`,
    );
    out.push(`  ${r.scenario.name}: ${parts.join(", ")}`);
  }
  return out.join("\n");
}

/** Names every scenario over budget, in one message per line; empty when all fit. */
export function overBudgetMessages(results: readonly ScenarioResult[]): string[] {
  return results
    .filter((r) => !r.withinBudget)
    .map(
      (r) =>
        `${r.scenario.name} (${r.scenario.description}): ${r.measurement.gzip} B gzip > budget ${r.scenario.budget} B by ${r.delta} B`,
    );
}

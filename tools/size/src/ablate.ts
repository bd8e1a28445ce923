// `pnpm size -- --ablate <scenario>`: what each optional part of the SDK costs a scenario. Every row
// bundles the scenario from sources again with one part replaced by a stub that keeps its exports
// (or, for valibot, left out of the bundle) and reports how many gzip bytes that saved. The stubs
// break behaviour on purpose: these are measurements of what a part weighs, never builds to ship.
import type { Plugin } from "esbuild";
import type { Scenario } from "./budgets";
import { explainScenario } from "./explain";

/** One part of the SDK and how to take it out of a bundle. */
export interface Ablation {
  name: string;
  /** Source file (path suffix under packages/core/src) replaced by `stub`, or omitted for an external. */
  file?: string;
  stub?: string;
  external?: string[];
}

/** The parts measured, each one a design decision (docs/architecture.md) rather than an accident of the code. */
export const ABLATIONS: readonly Ablation[] = [
  { name: "valibot (validation of input and responses)", external: ["valibot"] },
  {
    name: "opt-in pacing: scheduler and memory store (rate-limit/scheduler.ts)",
    file: "core/src/rate-limit/scheduler.ts",
    stub: "export function createScheduler() { return undefined; }\nexport function pacing() { return {}; }",
  },
  {
    name: "all rate limiting: server holds and opt-in pacing (rate-limit/pacer.ts)",
    file: "core/src/rate-limit/pacer.ts",
    stub: "export const SCHEDULER = Symbol();\nexport function createPacer() { return { admit() {}, observe() {} }; }",
  },
  {
    name: "opt-in debug logging: redaction (internal/redact.ts)",
    file: "core/src/internal/redact.ts",
    stub: "export const REDACTED = '';\nexport function isSensitiveKey() { return false; }\nexport function redactText(t) { return t; }\nexport function redactValue(v) { return v; }",
  },
  {
    name: "retries and backoff (retry.ts)",
    file: "core/src/retry.ts",
    stub: [
      "export const DEFAULT_RETRY_CONFIG = {};",
      "export function resolveRetryConfig() { return false; }",
      "export function planRetry() { return undefined; }",
      "export function markRetryable(e) { return e; }",
      "export function isTransient() { return false; }",
      "export function serverRequestedWait() { return undefined; }",
      "export function parseRateLimitReset() { return undefined; }",
      "export function parseRetryAfter() { return undefined; }",
    ].join("\n"),
  },
  {
    name: "option checks (internal/options.ts)",
    file: "core/src/internal/options.ts",
    stub: [
      "export function fail(field, message) { throw new Error(field + ' ' + message); }",
      "export function check() {}",
      "export function checkAll() {}",
      "export const FACTIFY_OPTIONS = {}, REQUEST_OPTIONS = {}, REQUEST_SPEC = {};",
    ].join("\n"),
  },
];

/** Replaces the source file ending in `file` with `contents`. */
function stubPlugin(file: string, contents: string): Plugin {
  const filter = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`);
  return {
    name: `stub:${file}`,
    setup(build) {
      build.onLoad({ filter }, () => ({ contents, loader: "ts" }));
    },
  };
}

/** One row of the ablation table. */
export interface AblationResult {
  name: string;
  gzip: number;
  /** Gzip bytes the scenario loses without this part. */
  saved: number;
}

function without(scenario: Scenario, ablations: readonly Ablation[]) {
  return explainScenario(scenario, {
    plugins: ablations.flatMap((a) => (a.file && a.stub !== undefined ? [stubPlugin(a.file, a.stub)] : [])),
    external: ablations.flatMap((a) => a.external ?? []),
  });
}

/** Measures `scenario` whole, then without each part in turn, then without all of them at once. */
export async function ablateScenario(scenario: Scenario, ablations: readonly Ablation[] = ABLATIONS): Promise<{ gzip: number; rows: AblationResult[] }> {
  const { gzip } = await explainScenario(scenario);
  const rows: AblationResult[] = [];
  for (const ablation of ablations) {
    const left = (await without(scenario, [ablation])).gzip;
    rows.push({ name: ablation.name, gzip: left, saved: gzip - left });
  }
  const left = (await without(scenario, ablations)).gzip;
  rows.push({ name: "all of the above at once", gzip: left, saved: gzip - left });
  return { gzip, rows };
}

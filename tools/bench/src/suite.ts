// The benchmark suite: which comparisons run, with how many calls and rounds, and their targets.
import { alternatingRounds, pairedRatio, type VariantSummary } from "./harness";
import { measureImportTime, type ImportTimes } from "./import-time";
import { startServer } from "./server";
import { getVariants, listVariants } from "./variants";

/** One SDK-vs-fetch comparison and its outcome. */
export interface Comparison {
  label: string;
  concurrency: number;
  /** Throughput target as a fraction of bare fetch, or undefined for an informational row. */
  target: number | undefined;
  sdk: VariantSummary;
  fetch: VariantSummary;
  ratio: number;
}

/** Everything one run of the suite measured. */
export interface SuiteResult {
  comparisons: Comparison[];
  imports: ImportTimes;
  /** The SDK with default options (pacing on) against bare fetch, over fewer calls than the limiter's burst. */
  defaultOptions: { sdk: VariantSummary; fetch: VariantSummary; ratio: number; calls: number };
}

/** Sizes of a run: `full` for RESULTS.md, `check` to prove the harness works in a few seconds. */
export interface SuiteSize {
  getCalls: number;
  listCalls: number;
  rounds: number;
  warmup: number;
  importRuns: number;
  /** Calls per round of the default-options run; (warmup + rounds) x this must stay under 1000. */
  defaultCalls: number;
}

/** The run behind RESULTS.md. */
export const FULL: SuiteSize = { getCalls: 1500, listCalls: 400, rounds: 10, warmup: 2, importRuns: 15, defaultCalls: 80 };
/** A seconds-long run that only proves the harness works. */
export const CHECK: SuiteSize = { getCalls: 40, listCalls: 20, rounds: 2, warmup: 1, importRuns: 2, defaultCalls: 5 };

/** Runs every comparison against a fresh canned-response server. */
export async function runSuite(size: SuiteSize, log: (line: string) => void = () => {}): Promise<SuiteResult> {
  const server = await startServer();
  try {
    const comparisons: Comparison[] = [];
    const plan = [
      { label: "getDocument", make: getVariants, calls: size.getCalls, target: 0.85, overrides: {} },
      { label: "listDocuments (50 items)", make: listVariants, calls: size.listCalls, target: 0.75, overrides: {} },
      { label: "getDocument, validate: false", make: getVariants, calls: size.getCalls, target: undefined, overrides: { validate: false } },
      { label: "listDocuments (50 items), validate: false", make: listVariants, calls: size.listCalls, target: undefined, overrides: { validate: false } },
    ];
    for (const step of plan) {
      for (const concurrency of [1, 16]) {
        const [sdk, fetch] = await alternatingRounds(step.make(server.url, step.overrides), {
          calls: step.calls * (concurrency === 1 ? 1 : 2),
          concurrency,
          rounds: size.rounds,
          warmup: size.warmup,
        });
        const ratio = pairedRatio(sdk!, fetch!);
        comparisons.push({ label: step.label, concurrency, target: step.target, sdk: sdk!, fetch: fetch!, ratio });
        log(`${step.label}, ${concurrency} in flight: ${ratio.toFixed(2)} of bare fetch`);
      }
    }

    // Default options keep client-side pacing on: the run stays inside the limiter's burst of 1000
    // requests a minute, so it shows what pacing costs per call, not the pacing itself.
    const [sdkDefault, fetchDefault] = await alternatingRounds(getVariants(server.url, { rateLimit: undefined }), {
      calls: size.defaultCalls,
      concurrency: 1,
      rounds: size.rounds,
      warmup: 1,
    });
    const defaultOptions = {
      sdk: sdkDefault!,
      fetch: fetchDefault!,
      ratio: pairedRatio(sdkDefault!, fetchDefault!),
      calls: size.defaultCalls * (size.rounds + 1),
    };

    const imports = await measureImportTime(size.importRuns);
    log(`edge bundle import: ${imports.edgeBundleMs.toFixed(1)} ms (empty module ${imports.emptyModuleMs.toFixed(1)} ms)`);
    return { comparisons, imports, defaultOptions };
  } finally {
    server.close();
  }
}

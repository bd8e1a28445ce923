// The benchmark suite: which comparisons run, with how many calls and rounds, and their targets.
import { alternatingRounds, interleavedLatencies, pairedRatio, trimmedMean, type VariantSummary } from "./harness";
import { measureImportTime, type ImportTimes } from "./import-time";
import { measureOverhead, type Overhead } from "./overhead";
import { startServer } from "./server";
import { getVariants, listVariants, timeoutVariants } from "./variants";

/** One SDK-vs-fetch comparison and its outcome. */
export interface Comparison {
  label: string;
  concurrency: number;
  /** Throughput target as a fraction of bare fetch, or undefined for an informational row. */
  target: number | undefined;
  /** Batch rounds: calls per second and CPU per call of each variant. */
  sdk: VariantSummary;
  fetch: VariantSummary;
  /** Median per-round throughput ratio of the batch rounds. */
  batchRatio: number;
  /** Mean per-call latency in milliseconds of each (slowest 2% dropped), from interleaved calls. */
  sdkLatencyMs: number;
  fetchLatencyMs: number;
  /**
   * Throughput of the SDK as a fraction of bare fetch's, the figure the target applies to: fetch's
   * mean latency over the SDK's for one call in flight, the batch ratio for 16.
   */
  ratio: number;
}

/** Everything one run of the suite measured. */
export interface SuiteResult {
  comparisons: Comparison[];
  imports: ImportTimes;
  /** What the SDK adds per call with the network taken out. */
  overhead: Overhead;
  /** The SDK with default options (pacing on) against bare fetch, over fewer calls than the limiter's burst. */
  defaultOptions: { sdkLatencyMs: number; fetchLatencyMs: number; ratio: number; calls: number };
}

/** Sizes of a run: `full` for RESULTS.md, `check` to prove the harness works in a few seconds. */
export interface SuiteSize {
  /** Calls per variant over all batch rounds (twice as many with 16 in flight). */
  getCalls: number;
  listCalls: number;
  /** Measured interleaved calls per variant for get (the list makes a quarter as many). */
  interleavedCalls: number;
  rounds: number;
  warmup: number;
  importRuns: number;
  /** Measured calls of the default-options run; with its warm-up (an eighth more) it must stay under 1000. */
  defaultCalls: number;
}

const n = (x: number) => x.toFixed(2);

/** The run behind RESULTS.md. */
export const FULL: SuiteSize = { getCalls: 12000, listCalls: 3000, interleavedCalls: 6000, rounds: 40, warmup: 4, importRuns: 15, defaultCalls: 800 };
/** A seconds-long run that only proves the harness works. */
export const CHECK: SuiteSize = { getCalls: 80, listCalls: 40, interleavedCalls: 40, rounds: 2, warmup: 1, importRuns: 2, defaultCalls: 5 };

/** Runs every comparison against a fresh canned-response server. */
export async function runSuite(size: SuiteSize, log: (line: string) => void = () => {}): Promise<SuiteResult> {
  const server = await startServer();
  try {
    const comparisons: Comparison[] = [];
    const plan = [
      { label: "getDocument", make: getVariants, calls: size.getCalls, share: 1, target: 0.85, overrides: {} },
      { label: "listDocuments (50 items)", make: listVariants, calls: size.listCalls, share: 4, target: 0.75, overrides: {} },
      { label: "getDocument, validate: false", make: getVariants, calls: size.getCalls, share: 1, target: undefined, overrides: { validate: false } },
      { label: "listDocuments (50 items), validate: false", make: listVariants, calls: size.listCalls, share: 4, target: undefined, overrides: { validate: false } },
      // Not the SDK: bare fetch with a per-call timeout signal, against bare fetch (see variants.ts).
      { label: "reference: bare fetch + timeout signal", make: timeoutVariants, calls: size.getCalls, share: 1, target: undefined, overrides: {} },
    ];
    for (const step of plan) {
      for (const concurrency of [1, 16]) {
        const variants = step.make(server.url, step.overrides);
        // Short batches and many rounds: the two batches of a pair run close together.
        const [sdk, fetch] = await alternatingRounds(variants, {
          calls: Math.ceil((step.calls * (concurrency === 1 ? 1 : 2)) / size.rounds),
          concurrency,
          rounds: size.rounds,
          warmup: size.warmup,
        });
        const calls = Math.ceil(size.interleavedCalls / step.share);
        const [sdkLatencies, fetchLatencies] = await interleavedLatencies(variants[0]!, variants[1]!, { calls, concurrency, warmup: Math.ceil(calls / 5) });
        const sdkLatencyMs = trimmedMean(sdkLatencies);
        const fetchLatencyMs = trimmedMean(fetchLatencies);
        const batchRatio = pairedRatio(sdk!, fetch!);
        // One call at a time, latency is the whole cost of a call and interleaving compares it under
        // the same conditions. With 16 in flight, interleaved calls queue behind each other and share
        // the wait, which hides the difference; there the paired batches are the measure.
        const ratio = concurrency === 1 ? fetchLatencyMs / sdkLatencyMs : batchRatio;
        comparisons.push({ label: step.label, concurrency, target: step.target, sdk: sdk!, fetch: fetch!, batchRatio, sdkLatencyMs, fetchLatencyMs, ratio });
        log(`${step.label}, ${concurrency} in flight: ${ratio.toFixed(2)} of bare fetch (latency ${n(fetchLatencyMs / sdkLatencyMs)}, batches ${n(batchRatio)})`);
      }
    }

    // Default options keep client-side pacing on: the run stays inside the limiter's burst of 1000
    // requests a minute, so it shows what pacing costs per call, not the pacing itself.
    const [variant] = getVariants(server.url, { rateLimit: undefined });
    const [, fetchVariant] = getVariants(server.url);
    const warmup = Math.ceil(size.defaultCalls / 8);
    const [sdkDefault, fetchDefault] = await interleavedLatencies(variant!, fetchVariant!, { calls: size.defaultCalls, concurrency: 1, warmup });
    const defaultOptions = {
      sdkLatencyMs: trimmedMean(sdkDefault),
      fetchLatencyMs: trimmedMean(fetchDefault),
      ratio: trimmedMean(fetchDefault) / trimmedMean(sdkDefault),
      calls: size.defaultCalls + warmup,
    };

    const overhead = await measureOverhead(size.interleavedCalls);
    log(`SDK's own work: ${overhead.getDocumentUs.toFixed(1)} µs per getDocument, ${overhead.listDocumentsUs.toFixed(1)} µs per 50-document page`);

    const imports = await measureImportTime(size.importRuns);
    log(`edge bundle import: ${imports.edgeBundleMs.toFixed(1)} ms (empty module ${imports.emptyModuleMs.toFixed(1)} ms)`);
    return { comparisons, imports, defaultOptions, overhead };
  } finally {
    server.close();
  }
}

// Alternating-rounds measurement: every round runs each variant once, in an order that flips from
// round to round, so drift (CPU frequency, GC, JIT) hits all variants alike. Reports medians.

/** One way of making the call under test. */
export interface Variant {
  name: string;
  call: () => Promise<unknown>;
}

/** One batch: how fast calls went and how much CPU each cost this process. */
export interface BatchResult {
  opsPerSec: number;
  cpuUsPerCall: number;
}

/** Medians over the measured rounds of one variant. */
export interface VariantSummary {
  name: string;
  opsPerSec: number;
  cpuUsPerCall: number;
  rounds: BatchResult[];
}

/** Settings of one comparison. */
export interface RoundsOptions {
  /** Calls per variant per round. */
  calls: number;
  /** Calls kept in flight at once (1 = sequential). */
  concurrency: number;
  /** Measured rounds. */
  rounds: number;
  /** Rounds run first and thrown away (JIT warm-up, connection pool fill). */
  warmup: number;
}

/** Runs `total` calls with `concurrency` in flight and measures wall time and process CPU. */
export async function runBatch(call: () => Promise<unknown>, total: number, concurrency: number): Promise<BatchResult> {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      await call();
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { opsPerSec: total / (elapsed / 1000), cpuUsPerCall: (cpu.user + cpu.system) / total };
}

/** Returns the median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Mean of `values` without the slowest `drop` share. Throughput is the inverse of the mean time per
 * call, not the median: a median flips between two levels when about half the calls of one side
 * include a garbage-collection pause, which made the 50-document list swing by a tenth between runs.
 * The few slowest calls are dropped as the machine's hiccups, not the code's.
 */
export function trimmedMean(values: readonly number[], drop = 0.02): number {
  if (values.length === 0) throw new Error("mean of nothing");
  const kept = [...values].sort((a, b) => a - b).slice(0, Math.max(1, Math.floor(values.length * (1 - drop))));
  return kept.reduce((sum, x) => sum + x, 0) / kept.length;
}

/** Runs all variants for warm-up plus measured rounds, alternating their order, and summarises each. */
export async function alternatingRounds(variants: readonly Variant[], options: RoundsOptions): Promise<VariantSummary[]> {
  const measured = new Map<string, BatchResult[]>(variants.map((v) => [v.name, []]));
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const result = await runBatch(variant.call, options.calls, options.concurrency);
      if (round >= options.warmup) measured.get(variant.name)!.push(result);
    }
  }
  return variants.map((v) => {
    const rounds = measured.get(v.name)!;
    return {
      name: v.name,
      opsPerSec: median(rounds.map((r) => r.opsPerSec)),
      cpuUsPerCall: median(rounds.map((r) => r.cpuUsPerCall)),
      rounds,
    };
  });
}

/** Median over rounds of `a`'s throughput divided by `b`'s in the same round (a paired ratio). */
export function pairedRatio(a: VariantSummary, b: VariantSummary): number {
  return median(a.rounds.map((r, i) => r.opsPerSec / b.rounds[i]!.opsPerSec));
}

/** Settings of an interleaved comparison. */
export interface InterleaveOptions {
  /** Measured calls per variant. */
  calls: number;
  /** Workers, each with one call in flight. */
  concurrency: number;
  /** Calls per variant run first and thrown away. */
  warmup: number;
  /** Clock in milliseconds; `performance.now` unless a test injects one. */
  now?: () => number;
}

/**
 * Runs two variants call by call in turn and returns each one's per-call latencies in milliseconds.
 * Every worker alternates between them (half the workers start with each), so both meet the same
 * load, connection pool and machine noise at the same moments; batch rounds seconds apart cannot
 * promise that on a shared machine, where their ratio swings by a third between runs.
 *
 * The two lists are paired: entry i of each comes from the same round of the same worker, the two
 * calls made back to back, so `pairedDifference` can compare them pair by pair.
 */
export async function interleavedLatencies(a: Variant, b: Variant, options: InterleaveOptions): Promise<[number[], number[]]> {
  const now = options.now ?? (() => performance.now());
  const latencies: [number[], number[]] = [[], []];
  const skip = Math.ceil(options.warmup / options.concurrency);
  const perWorker = skip + Math.ceil(options.calls / options.concurrency);
  const worker = async (w: number) => {
    for (let i = 0; i < perWorker; i++) {
      const round: [number, number] = [0, 0];
      for (const which of (i + w) % 2 ? [1, 0] : [0, 1]) {
        const started = now();
        await (which ? b : a).call();
        round[which as 0 | 1] = now() - started;
      }
      // Both at once, after the round: other workers push between this worker's two calls.
      if (i >= skip) {
        latencies[0].push(round[0]);
        latencies[1].push(round[1]);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  return latencies;
}

/**
 * How much longer `a`'s calls took than `b`'s, per pair of back-to-back calls: the mean of the
 * differences a[i] - b[i] with the `trim` share cut from each end.
 *
 * Subtracting two separately averaged means does not work on a loaded machine: a stall of the
 * process (the scheduler giving both cores to other work, a GC pause) adds milliseconds to whichever
 * call it lands in, and with few calls one such stall on the cheaper side outweighs the whole
 * difference, so a run of the short check once reported the SDK's own work as -1253 µs per call. A
 * stall hits one call of a pair and makes that pair's difference an outlier at either end, where
 * the symmetric trim removes it whichever side it fell on.
 */
export function pairedDifference(a: readonly number[], b: readonly number[], trim = 0.1): number {
  if (a.length !== b.length) throw new Error(`unpaired latencies: ${a.length} against ${b.length}`);
  if (a.length === 0) throw new Error("difference of nothing");
  const differences = a.map((x, i) => x - b[i]!).sort((x, y) => x - y);
  const cut = Math.min(Math.floor(differences.length * trim), (differences.length - 1) >> 1);
  const kept = differences.slice(cut, differences.length - cut);
  return kept.reduce((sum, x) => sum + x, 0) / kept.length;
}

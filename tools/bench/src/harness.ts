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

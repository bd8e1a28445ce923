// Runs a job over items with at most `concurrency` in flight. Once `signal` aborts no new item is
// started; items already running are expected to stop on the same signal.

/** Calls `worker` for each item, `concurrency` at a time; resolves when every started item settled.
 *  `signal` only stops new items from starting: the worker decides what aborts the running ones. */
export async function runPool<T>(items: readonly T[], concurrency: number, signal: AbortSignal, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal.aborted) {
      const item = items[next++]!;
      await worker(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}

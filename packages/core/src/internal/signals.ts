// Waiting that never outlives its use: the backoff sleep wakes at once on abort and clears its timer.

/** setTimeout stores its delay in a signed 32-bit integer; anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms`, or rejects with the signal's reason the moment it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      signal?.aborted ? reject(signal.reason) : resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal?.aborted ? done() : signal?.addEventListener("abort", done);
  });
}

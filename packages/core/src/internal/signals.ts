// Abort plumbing shared by the transport: linking the caller's signal to a per-attempt one, and
// sleeps and timers that wake at once on abort and never outlive their use.

// setTimeout stores its delay in a signed 32-bit integer; anything longer fires at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** True when `ms` can be given to setTimeout (finite, non-negative, within the 32-bit limit). */
export function isTimerDelay(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIMER_MS;
}

/** A signal that aborts when either input does, and a `dispose` that detaches it from the inputs. */
export interface LinkedSignal {
  signal: AbortSignal;
  dispose(): void;
}

/** Combines two signals, using `AbortSignal.any` where the runtime has it. */
export function linkSignals(a: AbortSignal, b: AbortSignal | undefined): LinkedSignal {
  if (!b) return { signal: a, dispose() {} };
  if (typeof AbortSignal.any === "function") return { signal: AbortSignal.any([a, b]), dispose() {} };
  return linkSignalsManually(a, b);
}

/** The fallback of `linkSignals` for runtimes without `AbortSignal.any`; exported for tests. */
export function linkSignalsManually(a: AbortSignal, b: AbortSignal): LinkedSignal {
  const controller = new AbortController();
  const sources = [a, b];
  const dispose = () => {
    for (const s of sources) s.removeEventListener("abort", onAbort);
  };
  function onAbort(this: AbortSignal) {
    dispose();
    controller.abort(this.reason);
  }
  for (const s of sources) {
    if (s.aborted) {
      controller.abort(s.reason);
      return { signal: controller.signal, dispose() {} };
    }
  }
  for (const s of sources) s.addEventListener("abort", onAbort);
  return { signal: controller.signal, dispose };
}

/** Waits `ms`, or rejects with the signal's reason the moment it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

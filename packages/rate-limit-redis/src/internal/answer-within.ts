// Bounds how long a caller waits for Redis. A client whose server is gone usually queues the command
// and retries its connection rather than failing, so "Redis is down" mostly looks like "no answer yet".

/** The reason `answerWithin` gives up. */
export class NoAnswerInTime extends Error {
  override readonly name = "NoAnswerInTime";
}

// Runs `fn` after the I/O that is already waiting has been read. When this process was itself stalled
// (a busy CPU, a long synchronous task), the timer and Redis's reply are both due when it wakes up, and
// timers run before I/O: without this step a prompt reply would lose to a timer that fired late.
const afterPendingIo: (fn: () => void) => void =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === "function"
    ? (fn) => (globalThis as unknown as { setImmediate(fn: () => void): void }).setImmediate(fn)
    : (fn) => setTimeout(fn, 0);

/**
 * Resolves or rejects like `start()`, or rejects with NoAnswerInTime when no answer came within `ms`
 * (and none was waiting to be read when the time was up); a synchronous throw of `start` becomes a
 * rejection. The late answer of a command that timed out is ignored.
 */
export function answerWithin<T>(ms: number, start: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(
      () =>
        afterPendingIo(() => {
          if (settled) return;
          settled = true;
          reject(new NoAnswerInTime(`no answer within ${ms} ms`));
        }),
      ms,
    );
    // Never keep a process alive just to time out a command.
    (timer as { unref?: () => void }).unref?.();
    let pending: Promise<T>;
    try {
      pending = start();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(error);
      },
    );
  });
}

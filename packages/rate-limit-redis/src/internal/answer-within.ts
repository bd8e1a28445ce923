// Bounds how long a caller waits for Redis. A client whose server is gone usually queues the command
// and retries its connection rather than failing, so "Redis is down" mostly looks like "no answer yet".

/** The reason `answerWithin` gives up. */
export class NoAnswerInTime extends Error {
  override readonly name = "NoAnswerInTime";
}

/**
 * Resolves or rejects like `start()`, or rejects with NoAnswerInTime after `ms`; a synchronous throw
 * of `start` becomes a rejection. The late answer of a command that timed out is ignored.
 */
export function answerWithin<T>(ms: number, start: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new NoAnswerInTime(`no answer within ${ms} ms`)), ms);
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
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// The promise every call returns: awaited, it gives the parsed body; `.withResponse()` gives the body
// with the Response and the request id. The call starts once, when the promise is made.
import type { Sent } from "./request/send";

const SENT = Symbol("sent");

/**
 * A Promise of a call's data with `.withResponse()`. `then`, `catch` and `finally` return plain
 * Promises (Symbol.species), so chaining never makes another APIPromise or starts anything again.
 */
export class APIPromise<T> extends Promise<T> {
  declare private readonly [SENT]: Promise<Sent<T>>;

  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** Wraps a call already under way. */
  static from<T>(sent: Promise<Sent<T>>): APIPromise<T> {
    const promise = new APIPromise<T>((resolve, reject) => {
      sent.then((result) => resolve(result.data), reject);
    });
    Object.defineProperty(promise, SENT, { value: sent });
    return promise;
  }

  /**
   * The data with the Response it came from (body already read) and the API's request id. Calling it
   * starts nothing: it shares the call this promise stands for.
   */
  withResponse(): Promise<Sent<T>> {
    // The caller now watches the call through this promise; its data twin failing must not be
    // reported as an unhandled rejection.
    this.catch(() => {});
    return this[SENT] ?? this.then((data) => ({ data, response: undefined as never, requestId: undefined }));
  }
}

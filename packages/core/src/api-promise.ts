// The promise every call returns: it resolves to the parsed body, and `.withResponse()` gives the
// HTTP response and request id beside it. (core-surface wrote this file on the agreed shape so that
// invoke/upload could return it before core-path's request rework lands; the lead keeps one copy.)

/** A call's parsed body with the HTTP response it came in and the API's request id. */
export interface Sent<T> {
  data: T;
  response: Response;
  /** The `x-request-id` the server sent, when it sent one. */
  requestId: string | undefined;
}

const ignore = () => {};

/**
 * A `Promise<T>` (awaitable, `Promise.all`-able, `instanceof Promise`) for one call, with
 * `.withResponse()` for the response metadata. Both read the same single exchange.
 */
export class APIPromise<T> extends Promise<T> {
  // `then` on a subclass would otherwise build another APIPromise through the constructor below,
  // which expects a Sent<T>, not an executor. Chained promises are plain promises.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #sent: Promise<Sent<T>>;

  /** Wraps the exchange; the promise settles as `sent` does, with `sent.data` as its value. */
  constructor(sent: Promise<Sent<T>>) {
    super((resolve, reject) => {
      sent.then((s) => resolve(s.data), reject);
    });
    this.#sent = sent;
  }

  /** The parsed body with the HTTP `response` and `requestId`. Sends nothing more. */
  withResponse(): Promise<Sent<T>> {
    // The caller watches the outcome through the promise returned here; a failure must not also be
    // reported as an unhandled rejection of this (unawaited) promise.
    super.then(undefined, ignore);
    return this.#sent;
  }
}

// The `Factify` class: one client, one object per resource, and an explicit end of life.
//
// Core keeps no sockets, timers or background work between calls (connection pooling belongs to
// the runtime's fetch, and the rate limiter only sets a timer while a call waits for a token), so
// there is nothing to free when a Factify is closed. Closing still means something: every call made
// afterwards through this instance or its `client`, including retries and calls still waiting for
// a rate-limit token, fails with ClientClosedError instead of reaching the network.
import { createFactify, FactifyError, type FactifyOptions, type HookRequest, type Hooks } from "@factify/core";
import { FactifyResources } from "./generated/resources";

/** A call was made through a `Factify` instance after `close()`; nothing was sent. */
export class ClientClosedError extends FactifyError {
  static override readonly errorName: string = "ClientClosedError";

  constructor(request?: Pick<HookRequest, "method" | "url" | "operationId">) {
    const what = request ? ` (${request.operationId ?? `${request.method} ${request.url}`})` : "";
    super(`This Factify instance was closed; create a new one to keep calling the API${what}`, { code: "client_closed" });
  }
}

// Node 20+, Bun, Deno and current browsers define both symbols; older runtimes get the registered
// symbols TypeScript's and esbuild's `using` helpers fall back to.
const disposeSymbol: typeof Symbol.dispose = Symbol.dispose ?? (Symbol.for("Symbol.dispose") as typeof Symbol.dispose);
const asyncDisposeSymbol: typeof Symbol.asyncDispose =
  Symbol.asyncDispose ?? (Symbol.for("Symbol.asyncDispose") as typeof Symbol.asyncDispose);

/**
 * The whole Factify API on one object: `new Factify({ bearerAuth })` creates one client and one
 * instance of every resource on it (`factify.documents.list()`, `factify.organizations.members.add()`).
 * Works with `using` / `await using`; `close()` is idempotent.
 */
export class Factify extends FactifyResources implements Disposable, AsyncDisposable {
  // Shared with the client's beforeRequest hook, which is created before `this` exists.
  readonly #gate: { closed: boolean };

  /**
   * Creates the client and every resource object. Nothing is sent until a method is called.
   * @throws InvalidRequestError when an option has the wrong type or value.
   */
  constructor(options: FactifyOptions = {}) {
    const gate = { closed: false };
    super(createFactify({ ...options, hooks: closingHooks(options?.hooks, gate) }));
    this.#gate = gate;
  }

  /** True once `close()` (or a dispose) has run. */
  get closed(): boolean {
    return this.#gate.closed;
  }

  /** Ends this instance: later calls fail with ClientClosedError. Safe to call more than once. */
  close(): void {
    this.#gate.closed = true;
  }

  /** Same as `close()`, for `using factify = new Factify(...)`. */
  [disposeSymbol](): void {
    this.close();
  }

  /** Same as `close()`, for `await using factify = new Factify(...)`. */
  async [asyncDisposeSymbol](): Promise<void> {
    this.close();
  }
}

function closingHooks(user: Hooks | undefined, state: { readonly closed: boolean }): Hooks {
  return {
    ...user,
    // A hook failure ends the call unchanged (no retry, no onError loop), which is what a closed
    // instance needs: the request is refused before it reaches fetch.
    async beforeRequest(request) {
      if (state.closed) throw new ClientClosedError(request);
      await user?.beforeRequest?.(request);
    },
  };
}

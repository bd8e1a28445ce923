// The client is a plain object that standalone operations take as their first argument. Its working
// parts (fetch, pacer, retry settings) hide behind a registry symbol so that two copies of
// @factify/core in one bundle can still use each other's clients.
import { InvalidRequestError } from "./errors";
import { checkAll, FACTIFY_OPTIONS, fail } from "./internal/options";
import { createLog } from "./internal/redact";
import { createPacer, type Pacer } from "./rate-limit/pacer";
import type { BearerAuth, FactifyOptions, FetchLike, Hooks, RetryConfig } from "./types";

const STATE = Symbol.for("@factify/core/client-state");

/** What `request` needs from a client; not part of the public API. */
export interface ClientState {
  /** The injected fetch; undefined means the global one, looked up per call. */
  readonly fetch: FetchLike | undefined;
  readonly auth: BearerAuth | undefined;
  readonly retryConfig: RetryConfig | false | undefined;
  readonly pacer: Pacer;
  readonly timeoutMs: number;
  /** Headers every request starts from (Accept and the user agent). */
  readonly headers: Record<string, string>;
  readonly log: ((line: string, details: Record<string, unknown>) => void) | undefined;
  readonly hooks: Hooks;
}

/** A configured Factify client; pass it to any operation. */
export interface FactifyClient {
  /** The options the client was created with (frozen copy). */
  readonly options: Readonly<FactifyOptions>;
  /** Base URL every path is appended to, without a trailing slash. */
  readonly baseURL: string;
  /** Whether request input and responses are validated. */
  readonly validate: boolean;
}

/**
 * Creates a client. Nothing is sent until an operation is called.
 * @throws InvalidRequestError when an option has the wrong type or value (the message names it).
 */
export function createFactify(options?: FactifyOptions): FactifyClient {
  checkAll(options, FACTIFY_OPTIONS, "options");
  const o: FactifyOptions = { ...options };
  if (o.serverURL !== undefined && !/^https?:\/\/[^/]/i.test(o.serverURL)) fail("serverURL", "must be an absolute http(s) URL");
  if (!o.fetch && typeof globalThis.fetch !== "function") fail("fetch", "is required: this runtime has no global fetch");
  const userAgent = `${o.userAgent ? `${o.userAgent} ` : ""}@factify/core/${__PACKAGE_VERSION__}`;
  const headers = {
    Accept: "application/json",
    // Browsers drop User-Agent set from script. No custom header stands in for it there: a header
    // the API's CORS policy does not list would make every browser preflight fail.
    "User-Agent": userAgent,
  };
  try {
    new Headers(headers);
  } catch {
    fail("userAgent", "is not a valid header value");
  }
  const state: ClientState = {
    fetch: o.fetch,
    auth: o.bearerAuth,
    retryConfig: o.retryConfig,
    pacer: createPacer(o.rateLimit, (message) => (o.debugLogger?.warn ? o.debugLogger.warn(message) : console.warn(message))),
    timeoutMs: o.timeoutMs ?? 30_000,
    headers,
    log: o.debugLogger && createLog(o.debugLogger),
    hooks: o.hooks ?? {},
  };
  // A symbol key is left out of Object.keys, JSON and spreads of the client's fields by name.
  return Object.freeze({
    options: Object.freeze(o),
    // serverIdx 0 is production, 1 development.
    baseURL: (o.serverURL ?? (o.serverIdx ? "https://api.factify-dev.com" : "https://api.factify.com")).replace(/\/+$/, ""),
    validate: o.validate ?? true,
    [STATE]: state,
  });
}

/**
 * The internals of a client made by `createFactify`.
 * @throws InvalidRequestError when `client` is not one.
 */
export function clientState(client: FactifyClient): ClientState {
  const state = (client as { [STATE]?: ClientState } | null | undefined)?.[STATE];
  if (!state) throw new InvalidRequestError("client must be a client made by createFactify()", { field: "client" });
  return state;
}

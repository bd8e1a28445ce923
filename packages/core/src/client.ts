// The client is a plain object that standalone operations take as their first argument. Its working
// parts (fetch, rate limiter, retry settings) hide behind a registry symbol so that two copies of
// @factify/core in one bundle can still use each other's clients.
import { type $Fetch, createFetch } from "ofetch";
import { InvalidRequestError } from "./errors";
import { checkFactifyOptions } from "./internal/options";
import { userAgentFor } from "./internal/headers";
import { RateLimiter } from "./rate-limit";
import type { BearerAuth, FactifyOptions, FetchLike, Hooks, Logger, RetryConfig } from "./types";

/** Server URLs selected by `serverIdx`. */
export const SERVERS = ["https://api.factify.com", "https://api.factify-dev.com"] as const;

const STATE = Symbol.for("@factify/core/client-state");

/** What `request` needs from a client; not part of the public API. */
export interface ClientState {
  readonly $fetch: $Fetch;
  readonly auth: BearerAuth | undefined;
  readonly retryConfig: RetryConfig | false | undefined;
  readonly limiter: RateLimiter | undefined;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly logger: Logger | undefined;
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

/** Default timeout of one attempt. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Creates a client. Nothing is sent until an operation is called.
 * @throws InvalidRequestError when an option has the wrong type or value (the message names it).
 */
export function createFactify(options?: FactifyOptions): FactifyClient {
  checkFactifyOptions(options);
  const o: FactifyOptions = { ...options };
  const userFetch = o.fetch ?? globalThis.fetch;
  // Called bare, never as a method: `window.fetch` taken off its object throws "Illegal invocation"
  // in browsers when called with another `this`. Resolved per call so a global fetch patched after
  // creation (e.g. by instrumentation) is still used.
  const fetch: FetchLike = o.fetch ? (input, init) => userFetch(input, init) : (input, init) => globalThis.fetch(input, init);
  const state: ClientState = {
    $fetch: createFetch({ fetch: fetch as typeof globalThis.fetch }),
    auth: o.bearerAuth,
    retryConfig: o.retryConfig,
    limiter: o.rateLimit === false ? undefined : new RateLimiter(o.rateLimit),
    timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    userAgent: userAgentFor(o.userAgent),
    logger: o.debugLogger,
    hooks: o.hooks ?? {},
  };
  const client: FactifyClient = {
    options: Object.freeze(o),
    baseURL: (o.serverURL ?? SERVERS[o.serverIdx ?? 0]).replace(/\/+$/, ""),
    validate: o.validate ?? true,
  };
  Object.defineProperty(client, STATE, { value: state, enumerable: false });
  return Object.freeze(client);
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

// The client is a plain object that standalone operations take as their first argument. Its working
// parts (fetch, token, pacer, retry settings) hide behind a registry symbol so that two copies of
// @factify/core in one bundle can still use each other's clients. The token lives only in a closure:
// no field, enumerable or not, holds it.
import { InvalidRequestError } from "./errors";
import { checkAll, FACTIFY_OPTIONS, fail } from "./internal/options";
import { createPacer, type Pacer } from "./rate-limit/pacer";
import { checkToken } from "./request/headers";
import type { DebugLogger, FactifyOptions, FetchLike, Hooks, RetryConfig } from "./types";

const STATE = Symbol.for("@factify/core/client-state");

/** The environment variable read when `bearerAuth` is not given. */
const ENV_TOKEN = "FACTIFY_API_KEY";

/** What `request` needs from a client; not part of the public API. */
export interface ClientState {
  /** The injected fetch; undefined means the global one, looked up per call. */
  readonly fetch: FetchLike | undefined;
  /** Returns the token of the next attempt (a function is called before every attempt). */
  readonly token: () => string | Promise<string>;
  /** Where the token comes from, named in errors: `bearerAuth` or `FACTIFY_API_KEY`. */
  readonly tokenSource: string;
  readonly retryConfig: RetryConfig | false | undefined;
  readonly pacer: Pacer;
  readonly timeoutMs: number;
  /** Headers every request starts from (Accept and the user agent). */
  readonly headers: Record<string, string>;
  readonly log: DebugLogger | undefined;
  readonly hooks: Hooks;
}

/** A configured Factify client; pass it to any operation. */
export interface FactifyClient {
  /** The options the client was created with (frozen copy), without `bearerAuth`: the token is never kept readable. */
  readonly options: Readonly<FactifyOptions>;
  /** Base URL every path is appended to, without a trailing slash. */
  readonly baseURL: string;
  /** Whether request input and responses are validated. */
  readonly validate: boolean;
}

/**
 * Creates a client. Nothing is sent until an operation is called. Without `bearerAuth`, the token is
 * read from the `FACTIFY_API_KEY` environment variable where the runtime has an environment (Node,
 * Bun, Deno with `--allow-env`).
 * @throws InvalidRequestError when an option has the wrong type or value, or when there is no token
 *   (the message names the option, and the variable).
 */
export function createFactify(options?: FactifyOptions): FactifyClient {
  checkAll(options, FACTIFY_OPTIONS, "options");
  const { bearerAuth, ...o }: FactifyOptions = { ...options };
  if (o.serverURL !== undefined && !/^https?:\/\/[^/]/i.test(o.serverURL)) fail("serverURL", "must be an absolute http(s) URL");
  if (!o.fetch && typeof globalThis.fetch !== "function") fail("fetch", "is required: this runtime has no global fetch");
  if (o.debugLogger && typeof o.debugLogger.response !== "function") {
    fail("debugLogger", "must be made by debugLog(logger), e.g. debugLog(console)");
  }
  const env = bearerAuth === undefined ? readEnv() : undefined;
  const tokenSource = env === undefined ? "bearerAuth" : ENV_TOKEN;
  const auth = bearerAuth ?? env;
  if (auth === undefined) fail("bearerAuth", `is required: pass bearerAuth or set the ${ENV_TOKEN} environment variable`);
  // A fixed token is checked now, once; a function's tokens are checked on every attempt.
  if (typeof auth === "string") checkToken(auth, tokenSource);
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
  const log = o.debugLogger;
  const state: ClientState = {
    fetch: o.fetch,
    token: typeof auth === "function" ? auth : () => auth,
    tokenSource,
    retryConfig: o.retryConfig,
    pacer: createPacer(o.rateLimit, log ? (message) => log.warn(message) : (message) => console.warn(message)),
    timeoutMs: o.timeoutMs ?? 30_000,
    headers,
    log,
    hooks: o.hooks ?? {},
  };
  const client = {
    options: Object.freeze(o),
    // serverIdx 0 is production, 1 development.
    baseURL: (o.serverURL ?? (o.serverIdx ? "https://api.factify-dev.com" : "https://api.factify.com")).replace(/\/+$/, ""),
    validate: o.validate ?? true,
  };
  // Not enumerable: left out of JSON, util.inspect, Object.keys and spreads.
  Object.defineProperty(client, STATE, { value: state });
  return Object.freeze(client);
}

/** The token in the environment, where the runtime has one and lets us read it. */
function readEnv(): string | undefined {
  const g = globalThis as { process?: { env?: Record<string, string | undefined> }; Deno?: { env?: { get(name: string): string | undefined } } };
  try {
    // Node and Bun have process.env; Deno has Deno.env, which throws without --allow-env.
    return g.process?.env?.[ENV_TOKEN] || g.Deno?.env?.get(ENV_TOKEN) || undefined;
  } catch {
    return undefined;
  }
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

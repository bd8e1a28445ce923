// Public option and hook types of @factify/core. Implementation lives in the modules beside this file.
import type { RateLimitStore } from "./rate-limit/store";

/** HTTP methods the Factify API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A WHATWG-compatible fetch function (the runtime's own, undici, a test double, the emulator's). */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** A bearer token, or a function that returns one; functions are called before every attempt so rotated tokens are picked up. */
export type BearerAuth = string | (() => string | Promise<string>);

/** Backoff settings for retried requests. Intervals in milliseconds. */
export interface RetryConfig {
  /** Largest number of attempts after the first. Default 4. */
  maxRetries?: number;
  /** First backoff interval. Default 500. */
  initialInterval?: number;
  /** Longest backoff interval. Default 8_000. */
  maxInterval?: number;
  /** Growth factor between intervals. Default 2. */
  exponent?: number;
  /** Total time budget for all attempts and waits. Default 60_000. */
  maxElapsedTime?: number;
  /** Retry network failures (refused, reset). Default true. */
  retryConnectionErrors?: boolean;
  /** Longest server-requested wait (Retry-After, X-RateLimit-Reset) honoured; longer fails fast. Default 60_000. */
  maxRetryAfter?: number;
  /** Retry POST/PATCH even when the request may have reached the server. Default false. */
  retryNonIdempotent?: boolean;
  /**
   * How backoff intervals are randomised: `"full"` waits anywhere in `[0, interval]`, `"equal"` in
   * `[interval / 2, interval]`. Default `"equal"`.
   */
  jitter?: "full" | "equal";
}

/** Opt-in client-side pacing: a smooth schedule shared by every call made through one client (or, through `store`, a fleet). */
export interface RateLimitOptions {
  /** Requests per window for every method. Default 1000. */
  requestsPerWindow?: number;
  /** POST requests per window. Default 100. */
  postsPerWindow?: number;
  /** Window length in milliseconds. Default 60_000. */
  windowMs?: number;
  /** Where the schedule is kept: this process's memory by default; a shared store paces a fleet as one. */
  store?: RateLimitStore;
}

declare const paced: unique symbol;
/** Pacing options as `pacing()` returns them (a plain object would leave the scheduler out of reach). */
export type Pacing = RateLimitOptions & { readonly [paced]: true };

/** A console-shaped logger, given to `debugLog`, which hands it redacted request and response summaries. */
export interface Logger {
  debug(...args: unknown[]): void;
  warn?(...args: unknown[]): void;
}

/**
 * The `debugLogger` option: made by `debugLog(logger)` (`debugLogger: debugLog(console)`), which
 * formats and redacts. Kept apart from the client so that bundles without a logger carry none of it.
 */
export interface DebugLogger {
  /** An attempt is about to be sent (`body` is the JSON value, or a placeholder for uploads). */
  request(details: HookRequest & { body?: unknown }): void;
  /** An attempt ended with a status or an error; `retryInMs` is set when another attempt follows. */
  response(details: HookRequest & { status?: number | undefined; error?: Error | undefined; durationMs: number; retryInMs?: number | undefined }): void;
  /** A warning (a repeated page cursor, trouble with a rate-limit store). */
  warn(message: string): void;
}

/** Read-only view of a request, handed to hooks. */
export interface HookRequest {
  operationId: string | undefined;
  method: HttpMethod;
  url: string;
  headers: Headers;
  attempt: number;
}

/**
 * Tracing and metrics hooks. Each runs under the attempt's timeout and the caller's signal. An error
 * thrown (or rejected) by a hook ends the call with a CallbackError (`source` names the hook, `cause`
 * holds what it threw): it is not retried and not passed to `onError`. A FactifyError a hook throws
 * on purpose ends the call as it is.
 */
export interface Hooks {
  /** Runs before every attempt, after auth; may add or change `request.headers`. */
  beforeRequest?(request: HookRequest): void | Promise<void>;
  /** Runs for every HTTP response, retried ones included; the body has already been read. */
  afterResponse?(response: Response, request: HookRequest): void | Promise<void>;
  /**
   * Runs once with the error the call is about to reject with (not for invalid arguments, which fail
   * before any attempt). If it throws, the call rejects with a CallbackError instead; if it does not
   * settle within the timeout, the call rejects with its own error.
   */
  onError?(error: Error, request: HookRequest): void | Promise<void>;
}

/** Options accepted by `createFactify`. */
export interface FactifyOptions {
  /** The API token, or a function returning one. Default: the `FACTIFY_API_KEY` environment variable, where the runtime has one. */
  bearerAuth?: BearerAuth;
  /** 0: production, 1: development. Ignored when `serverURL` is set. */
  serverIdx?: 0 | 1;
  serverURL?: string;
  fetch?: FetchLike;
  /** Timeout for one attempt, in milliseconds. Default 30_000. */
  timeoutMs?: number;
  retryConfig?: RetryConfig | false;
  /** `pacing({...})` to pace calls ahead of time; absent or `false`: obey the server's limits only. */
  rateLimit?: Pacing | false;
  /** Validate request input before sending and responses after receiving. Default true. */
  validate?: boolean;
  /** `debugLog(console)`, or `debugLog` of any console-shaped logger. */
  debugLogger?: DebugLogger;
  hooks?: Hooks;
  /** Prepended to the SDK's own user agent. */
  userAgent?: string;
}

/** Progress of a streamed upload. `total` is undefined when the size is not known in advance. */
export interface UploadProgress {
  loaded: number;
  total: number | undefined;
}

/** Options every call accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Timeout for one attempt; overrides the client's. */
  timeoutMs?: number;
  /** Retry settings for this call only, or `false` to send once. */
  retries?: RetryConfig | false;
  headers?: Record<string, string> | Headers;
  /** Extra fetch init fields (credentials, cache, ...). Method, body and signal are owned by the SDK. */
  fetchOptions?: Omit<RequestInit, "method" | "body" | "signal" | "headers">;
  onUploadProgress?(progress: UploadProgress): void;
}

declare global {
  /** Replaced at build time by tsup (and in tests by vitest) with the package's version. */
  const __PACKAGE_VERSION__: string;
}

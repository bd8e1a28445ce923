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
  maxRetries?: number | undefined;
  /** First backoff interval. Default 500. */
  initialInterval?: number | undefined;
  /** Longest backoff interval. Default 8_000. */
  maxInterval?: number | undefined;
  /** Growth factor between intervals. Default 2. */
  exponent?: number | undefined;
  /** Total time budget for all attempts and waits. Default 60_000. */
  maxElapsedTime?: number | undefined;
  /** Retry network failures (refused, reset). Default true. */
  retryConnectionErrors?: boolean | undefined;
  /** Longest server-requested wait (Retry-After, X-RateLimit-Reset) honoured; longer fails fast. Default 60_000. */
  maxRetryAfter?: number | undefined;
  /** Retry POST/PATCH even when the request may have reached the server. Default false. */
  retryNonIdempotent?: boolean | undefined;
  /**
   * How backoff intervals are randomised: `"full"` waits anywhere in `[0, interval]`, `"equal"` in
   * `[interval / 2, interval]`. Default `"equal"`.
   */
  jitter?: "full" | "equal" | undefined;
}

/** Opt-in client-side pacing: a smooth schedule shared by every call made through one client (or, through `store`, a fleet). */
export interface RateLimitOptions {
  /** Requests per window for every method. Default 1000. */
  requestsPerWindow?: number | undefined;
  /** POST requests per window. Default 100. */
  postsPerWindow?: number | undefined;
  /** Window length in milliseconds. Default 60_000. */
  windowMs?: number | undefined;
  /** Where the schedule is kept: this process's memory by default; a shared store paces a fleet as one. */
  store?: RateLimitStore | undefined;
}

declare const paced: unique symbol;
/** Pacing options as `pacing()` returns them (a plain object would leave the scheduler out of reach). */
export type Pacing = RateLimitOptions & { readonly [paced]: true };

/** A console-shaped logger, given to `debugLog`, which hands it redacted request and response summaries. */
export interface Logger {
  debug(...args: unknown[]): void;
  warn?: ((...args: unknown[]) => void) | undefined;
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
  beforeRequest?: ((request: HookRequest) => void | Promise<void>) | undefined;
  /** Runs for every HTTP response, retried ones included; the body has already been read. */
  afterResponse?: ((response: Response, request: HookRequest) => void | Promise<void>) | undefined;
  /**
   * Runs once with the error the call is about to reject with (not for invalid arguments, which fail
   * before any attempt). If it throws, the call rejects with a CallbackError instead; if it does not
   * settle within the timeout, the call rejects with its own error.
   */
  onError?: ((error: Error, request: HookRequest) => void | Promise<void>) | undefined;
}

/** Options accepted by `createFactify`. */
export interface FactifyOptions {
  /** The API token, or a function returning one. Default: the `FACTIFY_API_KEY` environment variable, where the runtime has one. */
  bearerAuth?: BearerAuth | undefined;
  /** 0: production, 1: development. Ignored when `serverURL` is set. */
  serverIdx?: 0 | 1 | undefined;
  serverURL?: string | undefined;
  fetch?: FetchLike | undefined;
  /** Timeout for one attempt, in milliseconds. Default 30_000. */
  timeoutMs?: number | undefined;
  retryConfig?: RetryConfig | false | undefined;
  /** `pacing({...})` to pace calls ahead of time; absent or `false`: obey the server's limits only. */
  rateLimit?: Pacing | false | undefined;
  /** Validate request input before sending and responses after receiving. Default true. */
  validate?: boolean | undefined;
  /** `debugLog(console)`, or `debugLog` of any console-shaped logger. */
  debugLogger?: DebugLogger | undefined;
  hooks?: Hooks | undefined;
  /** Prepended to the SDK's own user agent. */
  userAgent?: string | undefined;
}

/** Progress of a streamed upload. `total` is undefined when the size is not known in advance. */
export interface UploadProgress {
  loaded: number;
  total: number | undefined;
}

/** Options every call accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Timeout for one attempt; overrides the client's. */
  timeoutMs?: number | undefined;
  /** Retry settings for this call only, or `false` to send once. */
  retries?: RetryConfig | false | undefined;
  headers?: Record<string, string> | Headers | undefined;
  /** Extra fetch init fields (credentials, cache, ...). Method, body and signal are owned by the SDK. */
  fetchOptions?: Omit<RequestInit, "method" | "body" | "signal" | "headers"> | undefined;
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** One problem a Standard Schema reports. */
export interface StandardIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** What a Standard Schema's `validate` returns: the value, or the issues found. */
export type StandardResult<Output> = { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<StandardIssue> };

/**
 * Any schema with the Standard Schema interface (valibot's, zod's, arktype's ...). Core checks
 * values only through `~standard.validate`, so it names no schema library in its public types.
 */
export interface StandardSchema<Output = unknown> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    validate(value: unknown): StandardResult<Output> | Promise<StandardResult<Output>>;
  };
}

/** Cursor metadata the API returns beside a page of items. */
export interface Pagination {
  /** Token for the next page; empty or absent on the last page. */
  next_page_token?: string | undefined;
  /** Token for the previous page; empty on the first page. */
  prev_page_token?: string | undefined;
  has_more?: boolean | undefined;
  [key: string]: unknown;
}

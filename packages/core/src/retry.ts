// The one retry policy of the SDK: which failures are worth another attempt, and how long to wait.
// The transport calls fetch once per attempt; every decision to try again is made here.
import type { APIError, FactifyError } from "./errors";
import type { HttpMethod, RetryConfig } from "./types";

/** Retry settings with every field filled in. */
export type ResolvedRetryConfig = Required<RetryConfig>;

/** Retry settings used when neither the client nor the call sets one. */
export const DEFAULT_RETRY_CONFIG: Readonly<ResolvedRetryConfig> = {
  maxRetries: 4,
  initialInterval: 500,
  maxInterval: 8_000,
  exponent: 2,
  maxElapsedTime: 60_000,
  retryConnectionErrors: true,
  maxRetryAfter: 60_000,
  retryNonIdempotent: false,
  jitter: "equal",
};

/**
 * Merges per-call retry settings over the client's over the defaults.
 * Returns `false` when the call must be sent only once.
 */
export function resolveRetryConfig(client: RetryConfig | false | undefined, call: RetryConfig | false | undefined): ResolvedRetryConfig | false {
  // A call may opt in to retries even when the client turned them off.
  return call !== false && (call || client !== false) && { ...DEFAULT_RETRY_CONFIG, ...given(client), ...given(call) };
}

/** The fields set to a value: an explicit `undefined` (which the option types allow) keeps the default. */
function given(config: RetryConfig | false | undefined): RetryConfig {
  return Object.fromEntries(Object.entries(config || {}).filter(([, value]) => value !== undefined));
}

/**
 * True for failures that are transient by nature: the statuses 429, 500, 502, 503 and 504 (but not a
 * 429 for an exhausted quota, which outlives any rate window: only a new billing period or a freed
 * document slot clears it), connection errors and timeouts. Everything else (4xx, 501, 505 and
 * above, invalid input, aborts, callback failures) is not. Method and budget rules come on top, in
 * `isRetryableFailure`.
 */
export function isTransient(error: FactifyError): boolean {
  const { status, reason } = error as Partial<APIError>;
  if (status !== undefined) return (status === 429 || status === 500 || (status > 501 && status < 505)) && reason !== "quota_exceeded";
  return error.code === "timeout" || error.code === "connection_error";
}

/** Sets `error.retryable` from `isTransient` and returns the error; the SDK calls it on every error it rejects with. */
export function markRetryable<E extends FactifyError>(error: E): E {
  (error as { retryable: boolean }).retryable = isTransient(error);
  return error;
}

/**
 * True when an attempt that failed with `error` is worth trying again, ignoring counts and time.
 * `notSent` says the request surely never reached the server (refused, DNS, still queued for a
 * rate-limit token), which makes even a POST safe to send again.
 */
export function isRetryableFailure(config: ResolvedRetryConfig, method: HttpMethod, error: FactifyError, notSent = false): boolean {
  const { status } = error as Partial<APIError>;
  const safeToResend = config.retryNonIdempotent || (method !== "POST" && method !== "PATCH");
  return (
    isTransient(error) &&
    (status
      ? // The API defines 429 as "not processed", so even a POST can be sent again.
        safeToResend || status === 429
      : (error.code === "timeout" || config.retryConnectionErrors) && (safeToResend || notSent))
  );
}

/**
 * Decides whether attempt number `attempt` (1-based), which just failed with `error`, is followed by
 * another: returns the wait before it in milliseconds, or undefined to stop. `remainingMs` is what
 * is left of `maxElapsedTime`.
 */
export function planRetry(
  config: ResolvedRetryConfig,
  method: HttpMethod,
  error: FactifyError,
  notSent: boolean,
  attempt: number,
  remainingMs: number,
  random: () => number = Math.random,
): number | undefined {
  const requested = (error as Partial<APIError>).retryAfterMs;
  const delayMs = requested ?? backoffDelay(config, attempt, random);
  // A requested wait we will not honour fails now, carrying retryAfterMs, instead of hammering the server early.
  return attempt <= config.maxRetries && isRetryableFailure(config, method, error, notSent) && delayMs < remainingMs && !(requested! > config.maxRetryAfter)
    ? delayMs
    : undefined;
}

/** Backoff before retry number `retry` (1-based): exponential, capped by `maxInterval`, with jitter. */
export function backoffDelay(config: ResolvedRetryConfig, retry: number, random: () => number = Math.random): number {
  const interval = Math.min(config.maxInterval, config.initialInterval * config.exponent ** (retry - 1));
  const spread = config.jitter === "full" ? interval : interval / 2;
  return Math.round(interval - spread + random() * spread);
}

/**
 * Reads how long the server asked the client to wait, in milliseconds, or undefined.
 * `Retry-After` (seconds or an HTTP date) wins; `X-RateLimit-Reset` (Unix seconds) counts on a 429 or
 * when `X-RateLimit-Remaining` is 0.
 */
export function serverRequestedWait(status: number, headers: Headers, now: number = Date.now()): number | undefined {
  return (
    parseRetryAfter(headers.get("retry-after") ?? "", now) ??
    (status === 429 || headers.get("x-ratelimit-remaining")?.trim() === "0" ? parseRateLimitReset(headers.get("x-ratelimit-reset"), now) : undefined)
  );
}

const SECONDS = /^\s*\d+(\.\d+)?\s*$/;

/** Parses a `Retry-After` value (delay seconds or HTTP date) into milliseconds from `now`, never negative. */
export function parseRetryAfter(value: string, now: number = Date.now()): number | undefined {
  if (SECONDS.test(value)) return Math.ceil(+value * 1000);
  const date = Date.parse(value);
  return date ? Math.max(0, date - now) : undefined;
}

/** Parses `X-RateLimit-Reset` (Unix seconds) into milliseconds from `now`, never negative. */
export function parseRateLimitReset(value: string | null, now: number = Date.now()): number | undefined {
  if (!SECONDS.test(value!)) return undefined;
  const ms = Math.ceil(+value! * 1000);
  // The spec says Unix seconds; some gateways send seconds-until-reset instead. A value before
  // 2001-09-09 cannot be a reset time, so read it as a delay.
  return ms < 1e12 ? ms : Math.max(0, ms - now);
}

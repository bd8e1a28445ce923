// The one retry policy of the SDK: which failures are worth another attempt, and how long to wait.
// The transport (ofetch) has its own retry switched off so every decision is made here.
import { RETRYABLE_STATUSES } from "./errors";
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
export function resolveRetryConfig(
  client: RetryConfig | false | undefined,
  call: RetryConfig | false | undefined,
): ResolvedRetryConfig | false {
  if (call === false) return false;
  if (call === undefined) return client === false ? false : { ...DEFAULT_RETRY_CONFIG, ...client };
  // A call may opt in to retries even when the client turned them off.
  return { ...DEFAULT_RETRY_CONFIG, ...(client || undefined), ...call };
}

/** Why an attempt failed, as far as the retry policy cares. */
export type AttemptFailure =
  | { kind: "status"; status: number; retryAfterMs: number | undefined }
  /** `notSent`: the request surely never reached the server (refused, DNS, still queued). */
  | { kind: "connection"; notSent: boolean }
  | { kind: "timeout"; notSent: boolean };

const IDEMPOTENT_METHODS = new Set<HttpMethod>(["GET", "PUT", "DELETE"]);

/** True when the failure is one the policy would try again, ignoring counts and time. */
export function isRetryableFailure(config: ResolvedRetryConfig, method: HttpMethod, failure: AttemptFailure): boolean {
  const safeToResend = IDEMPOTENT_METHODS.has(method) || config.retryNonIdempotent;
  switch (failure.kind) {
    case "status":
      // The API defines 429 as "not processed", so even a POST can be sent again.
      return RETRYABLE_STATUSES.has(failure.status) && (safeToResend || failure.status === 429);
    case "connection":
      return config.retryConnectionErrors && (safeToResend || failure.notSent);
    case "timeout":
      return safeToResend || failure.notSent;
  }
}

/** Outcome of `planRetry`: wait `delayMs` then try again, or stop. */
export type RetryPlan = { retry: true; delayMs: number } | { retry: false };

/**
 * Decides whether attempt number `attempt` (1-based, just failed) is followed by another, and after how long.
 * `remainingMs` is what is left of `maxElapsedTime`.
 */
export function planRetry(
  config: ResolvedRetryConfig,
  method: HttpMethod,
  failure: AttemptFailure,
  attempt: number,
  remainingMs: number,
  random: () => number = Math.random,
): RetryPlan {
  if (attempt > config.maxRetries || !isRetryableFailure(config, method, failure)) return { retry: false };
  const requested = failure.kind === "status" ? failure.retryAfterMs : undefined;
  if (requested !== undefined) {
    // A wait we will not honour fails now, carrying retryAfterMs, instead of hammering the server early.
    if (requested > config.maxRetryAfter || requested >= remainingMs) return { retry: false };
    return { retry: true, delayMs: requested };
  }
  const delayMs = backoffDelay(config, attempt, random);
  return delayMs < remainingMs ? { retry: true, delayMs } : { retry: false };
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
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const parsed = parseRetryAfter(retryAfter, now);
    if (parsed !== undefined) return parsed;
  }
  if (status === 429 || headers.get("x-ratelimit-remaining")?.trim() === "0") {
    return parseRateLimitReset(headers.get("x-ratelimit-reset"), now);
  }
  return undefined;
}

/** Parses a `Retry-After` value (delay seconds or HTTP date) into milliseconds from `now`, never negative. */
export function parseRetryAfter(value: string, now: number = Date.now()): number | undefined {
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Parses `X-RateLimit-Reset` (Unix seconds) into milliseconds from `now`, never negative. */
export function parseRateLimitReset(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const seconds = Number(value);
  // The spec says Unix seconds; some gateways send seconds-until-reset instead. A value before
  // 2001-09-09 cannot be a reset time, so read it as a delay.
  if (seconds < 1e9) return Math.ceil(seconds * 1000);
  return Math.max(0, Math.ceil(seconds * 1000 - now));
}

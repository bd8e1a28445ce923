// The default rate limiting: do what the server says. A response that says no requests are left
// (`X-RateLimit-Remaining: 0`, or a 429 without that header) until a reset time holds later calls
// on the client until then; a call that cannot wait that long fails at once instead of being sent
// into a certain 429, or waiting in silence until its timeout.
import { heldRateLimitError, type RateLimitError } from "../errors";
import { sleep } from "../request/signals";
import { parseRateLimitReset, parseRetryAfter } from "../retry";

/**
 * Until when (epoch ms) a response says no more requests are allowed, or undefined when it does
 * not say so or gives no time. `X-RateLimit-Reset` wins over `Retry-After`.
 */
export function serverPauseUntil(status: number, headers: Headers, now: number): number | undefined {
  const remaining = headers.get("x-ratelimit-remaining");
  // A 429 that still reports requests remaining refused something else (a quota): no pause for that.
  // (Headers trims values, so "0" is all there is to compare.)
  if (remaining === null ? status !== 429 : remaining !== "0") return undefined;
  // A missing Retry-After reads as "null", which parses as no wait.
  const waitMs = parseRateLimitReset(headers.get("x-ratelimit-reset"), now) ?? parseRetryAfter(`${headers.get("retry-after")}`, now);
  return waitMs === undefined ? undefined : now + waitMs;
}

/**
 * The RateLimitError of a call held until `until` (epoch ms), longer than its `maxWaitMs`: it says
 * the call was held and not sent, because of the server's limit (`byServer`) or the client's pacing.
 */
export function heldError(until: number, now: number, maxWaitMs: number, byServer: boolean): RateLimitError {
  const waitMs = Math.ceil(until - now);
  const resetAt = new Date(until);
  const reason = byServer
    ? `the server's rate limit allows no more requests until ${resetAt.toISOString()}`
    : "the client's rateLimit pacing has no free slot";
  return heldRateLimitError(
    `Rate limited: the client held this call and did not send it: ${reason} for ${waitMs} ms, longer than the call may wait (${Math.floor(maxWaitMs)} ms)`,
    waitMs,
    resetAt,
  );
}

/**
 * Waits until `until` (epoch ms) unless `signal` aborts first (then rejects with its reason); when
 * that is more than `maxWaitMs` away, rejects at once with `heldError`.
 */
export function holdUntil(until: number, now: number, maxWaitMs: number, signal: AbortSignal, byServer: boolean): Promise<void> {
  return until - now > maxWaitMs ? Promise.reject(heldError(until, now, maxWaitMs, byServer)) : sleep(Math.ceil(until - now), signal);
}

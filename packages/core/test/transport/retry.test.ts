import { describe, expect, it } from "vitest";
import { ConnectionError, createAPIError, RequestTimeoutError, ResponseValidationError } from "../../src/errors";
import {
  backoffDelay,
  DEFAULT_RETRY_CONFIG,
  isRetryableFailure,
  parseRateLimitReset,
  parseRetryAfter,
  planRetry,
  type ResolvedRetryConfig,
  resolveRetryConfig,
  serverRequestedWait,
} from "../../src/retry";

const config: ResolvedRetryConfig = { ...DEFAULT_RETRY_CONFIG, initialInterval: 100, maxInterval: 1_000, exponent: 2 };
const status = (s: number, retryAfterMs?: number) => createAPIError({ status: s, headers: new Headers(), body: "", retryAfterMs });
const connection = new ConnectionError("GET http://api.test failed: refused");
const timeout = new RequestTimeoutError(30);

describe("resolveRetryConfig", () => {
  it("fills in defaults, lets the call override the client, and honours false at either level", () => {
    expect(resolveRetryConfig(undefined, undefined)).toEqual(DEFAULT_RETRY_CONFIG);
    expect(resolveRetryConfig({ maxRetries: 1, exponent: 3 }, { maxRetries: 7 })).toMatchObject({ maxRetries: 7, exponent: 3 });
    expect(resolveRetryConfig({ maxRetries: 1 }, false)).toBe(false);
    expect(resolveRetryConfig(false, undefined)).toBe(false);
    expect(resolveRetryConfig(false, { maxRetries: 2 })).toEqual({ ...DEFAULT_RETRY_CONFIG, maxRetries: 2 });
  });
});

describe("backoffDelay", () => {
  it("grows exponentially up to maxInterval", () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(config, n, top))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it("with equal jitter waits between half and all of the interval", () => {
    expect(backoffDelay(config, 3, () => 0)).toBe(200);
    expect(backoffDelay(config, 3, () => 0.5)).toBe(300);
  });

  it("with full jitter may wait anywhere from zero to the interval", () => {
    const full = { ...config, jitter: "full" as const };
    expect(backoffDelay(full, 3, () => 0)).toBe(0);
    expect(backoffDelay(full, 3, () => 0.25)).toBe(100);
  });
});

describe("isRetryableFailure", () => {
  it("retries 429, 500, 502, 503 and 504 for idempotent methods, nothing else", () => {
    for (const s of [429, 500, 502, 503, 504]) expect(isRetryableFailure(config, "GET", status(s))).toBe(true);
    for (const s of [400, 401, 403, 404, 409, 501]) expect(isRetryableFailure(config, "DELETE", status(s))).toBe(false);
  });

  it("never retries a 429 whose reason is quota_exceeded: no rate window clears a quota", () => {
    const quota = createAPIError({
      status: 429,
      headers: new Headers(),
      body: "",
      error: { code: "resource_exhausted", message: "quota", details: [{ reason: "quota_exceeded" }] },
    });
    expect(quota.retryable).toBe(false);
    expect(isRetryableFailure(config, "GET", quota)).toBe(false);
    expect(isRetryableFailure(config, "GET", status(429))).toBe(true);
  });

  it("never retries a response that broke the contract", () => {
    const invalid = new ResponseValidationError({ status: 200, body: "x", rawValue: "x", issues: [] });
    expect(isRetryableFailure({ ...config, retryNonIdempotent: true }, "GET", invalid, true)).toBe(false);
  });

  it("retries a POST or PATCH only on 429 or when it surely never reached the server", () => {
    for (const m of ["POST", "PATCH"] as const) {
      expect(isRetryableFailure(config, m, status(429))).toBe(true);
      expect(isRetryableFailure(config, m, status(500))).toBe(false);
      expect(isRetryableFailure(config, m, status(503))).toBe(false);
      expect(isRetryableFailure(config, m, connection, true)).toBe(true);
      expect(isRetryableFailure(config, m, connection, false)).toBe(false);
      expect(isRetryableFailure(config, m, timeout, false)).toBe(false);
      expect(isRetryableFailure(config, m, timeout, true)).toBe(true);
    }
  });

  it("retries any method when retryNonIdempotent is set", () => {
    const optIn = { ...config, retryNonIdempotent: true };
    expect(isRetryableFailure(optIn, "POST", status(500))).toBe(true);
    expect(isRetryableFailure(optIn, "PATCH", timeout, false)).toBe(true);
  });

  it("leaves connection errors alone when retryConnectionErrors is false", () => {
    const off = { ...config, retryConnectionErrors: false };
    expect(isRetryableFailure(off, "GET", connection, true)).toBe(false);
    expect(isRetryableFailure(off, "GET", timeout, false)).toBe(true);
  });
});

describe("planRetry", () => {
  it("stops after maxRetries retries", () => {
    const c = { ...config, maxRetries: 2 };
    expect(planRetry(c, "GET", status(503), false, 1, 60_000, () => 1)).toBe(100);
    expect(planRetry(c, "GET", status(503), false, 2, 60_000, () => 1)).toBe(200);
    expect(planRetry(c, "GET", status(503), false, 3, 60_000, () => 1)).toBeUndefined();
  });

  it("waits what the server asked for instead of the backoff", () => {
    expect(planRetry(config, "GET", status(503, 2_500), false, 1, 60_000)).toBe(2_500);
  });

  it("fails fast when the server asks for more than maxRetryAfter or the remaining budget", () => {
    expect(planRetry({ ...config, maxRetryAfter: 1_000 }, "GET", status(429, 1_000), false, 1, 60_000)).toBe(1_000);
    expect(planRetry({ ...config, maxRetryAfter: 1_000 }, "GET", status(429, 1_001), false, 1, 60_000)).toBeUndefined();
    expect(planRetry(config, "GET", status(429, 5_000), false, 1, 4_000)).toBeUndefined();
  });

  it("gives up when the backoff would outlast the budget", () => {
    expect(planRetry(config, "GET", status(503), false, 3, 399, () => 1)).toBeUndefined();
    expect(planRetry(config, "GET", status(503), false, 3, 401, () => 1)).toBe(400);
  });

  it("does not retry a failure the policy refuses, however much budget is left", () => {
    expect(planRetry(config, "POST", status(500), false, 1, 60_000)).toBeUndefined();
  });
});

describe("server-requested waits", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("0.5", now)).toBe(500);
    expect(parseRetryAfter(new Date(now + 7_000).toUTCString(), now)).toBe(7_000);
    expect(parseRetryAfter(new Date(now - 7_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });

  it("reads X-RateLimit-Reset as Unix seconds, and small values as a delay", () => {
    expect(parseRateLimitReset(String(now / 1000 + 4), now)).toBe(4_000);
    expect(parseRateLimitReset("30", now)).toBe(30_000);
    expect(parseRateLimitReset(null, now)).toBeUndefined();
    expect(parseRateLimitReset("x", now)).toBeUndefined();
  });

  it("prefers Retry-After, and uses X-RateLimit-Reset only on a 429 or when nothing remains", () => {
    const reset = String(now / 1000 + 2);
    expect(serverRequestedWait(429, new Headers({ "retry-after": "1", "x-ratelimit-reset": reset }), now)).toBe(1_000);
    expect(serverRequestedWait(429, new Headers({ "x-ratelimit-reset": reset }), now)).toBe(2_000);
    expect(serverRequestedWait(503, new Headers({ "x-ratelimit-reset": reset }), now)).toBeUndefined();
    expect(serverRequestedWait(503, new Headers({ "x-ratelimit-reset": reset, "x-ratelimit-remaining": "0" }), now)).toBe(2_000);
    expect(serverRequestedWait(500, new Headers(), now)).toBeUndefined();
  });
});

describe("resolveRetryConfig with explicit undefined fields", () => {
  it("keeps the default for a field given as undefined (exactOptionalPropertyTypes lets callers forward one)", () => {
    expect(resolveRetryConfig({ maxRetries: undefined, initialInterval: 10 }, { maxInterval: undefined })).toEqual({
      ...DEFAULT_RETRY_CONFIG,
      initialInterval: 10,
    });
  });
});

describe("edges of the retry policy", () => {
  it("retries only when the wait ends strictly before the budget does", () => {
    const wait = status(503, 100);
    expect(planRetry(config, "GET", wait, false, 1, 101)).toBe(100);
    expect(planRetry(config, "GET", wait, false, 1, 100)).toBeUndefined();
  });

  it("treats a connection error on a POST as possibly sent unless told otherwise", () => {
    expect(isRetryableFailure(config, "POST", connection)).toBe(false);
    expect(isRetryableFailure(config, "POST", connection, true)).toBe(true);
  });

  it("reads an X-RateLimit-Reset of exactly 10^9 seconds as a time, not a delay", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRateLimitReset("1000000000", now)).toBe(0);
    expect(parseRateLimitReset("999999999", now)).toBe(999_999_999_000);
  });
});

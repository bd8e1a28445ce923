// Rate limiting seen from the outside: createFactify + request with an injected fetch, fake time.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createFactify,
  debugLog,
  type FactifyOptions,
  InvalidRequestError,
  RateLimitError,
  RequestAbortedError,
  pacing,
  type RateLimitStore,
  request,
} from "../../src/index";
import { fakeFetch, json, rejection } from "../transport/fake-fetch";

const T0 = Date.UTC(2026, 0, 1);
const RESET = T0 / 1000 + 40;

/** The emulator's 429: resource_exhausted with the X-RateLimit-* headers and Retry-After. */
function tooMany(resetSeconds = RESET, retryAfter = "40") {
  return json(
    429,
    { code: "resource_exhausted", message: "rate limit exceeded", details: [{ reason: "rate_limit_exceeded" }] },
    { "x-ratelimit-limit": "1000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetSeconds), "retry-after": retryAfter },
  );
}

function client(fetch: FactifyOptions["fetch"], options: FactifyOptions = {}) {
  return createFactify({ bearerAuth: "ffy_tok", serverURL: "http://api.test", fetch, ...options });
}

const get = { method: "GET", path: "/v1beta/documents" } as const;
const post = { method: "POST", path: "/v1beta/documents/doc_1/trash", body: { kind: "json", value: {} } } as const;

describe("the reactive default through the client", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fails a later call at once, unsent and unretried, when its timeout ends before the server's reset", async () => {
    const f = fakeFetch(tooMany(), json(200, { ok: 1 }));
    const c = client(f.fetch);
    // The first call is told to come back at T0+40 s; it may wait that long (maxRetryAfter 60 s) and will.
    const first = request(c, get);
    await vi.advanceTimersByTimeAsync(0);
    expect(f.calls).toHaveLength(1);

    const error = await rejection(request(c, get, { timeoutMs: 5_000 }));
    expect(Date.now()).toBe(T0);
    expect(f.calls).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, sent: false, retryAfterMs: 40_000, resetAt: new Date(RESET * 1000) });
    expect(error.message).toMatch(/held this call and did not send it: the server's rate limit allows no more requests until 2026-01-01T00:00:40.000Z/);

    await vi.advanceTimersByTimeAsync(40_000);
    await expect(first).resolves.toEqual({ ok: 1 });
    expect(f.calls).toHaveLength(2);
  });

  it("fails at once when the reset is beyond maxRetryAfter, even with time to spare", async () => {
    const f = fakeFetch(json(200, {}, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(RESET) }), json(200, {}));
    const c = client(f.fetch, { timeoutMs: 120_000, retryConfig: { maxRetryAfter: 10_000 } });
    await request(c, get);
    const error = await rejection(request(c, get));
    expect(error).toMatchObject({ sent: false, retryAfterMs: 40_000 });
    expect(error.message).toContain("(10000 ms)");
    expect(f.calls).toHaveLength(1);
  });

  it("holds a call whose budget fits until the reset, then sends it", async () => {
    const f = fakeFetch(json(200, {}, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(RESET) }), json(200, { ok: 2 }));
    const c = client(f.fetch, { timeoutMs: 45_000 });
    await request(c, get);
    const held = request(c, post);
    await vi.advanceTimersByTimeAsync(39_999);
    expect(f.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(held).resolves.toEqual({ ok: 2 });
    expect(f.calls).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends a held call with RequestAbortedError when its signal aborts, sending nothing", async () => {
    const f = fakeFetch(tooMany(), json(200, {}));
    const c = client(f.fetch, { retryConfig: false });
    await rejection(request(c, get));
    const controller = new AbortController();
    const held = rejection(request(c, get, { signal: controller.signal, timeoutMs: 50_000 }));
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort(new Error("user left"));
    const error = await held;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(f.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("with rateLimit: false behaves the same: the server's word is always obeyed", async () => {
    const f = fakeFetch(tooMany(), json(200, {}));
    const c = client(f.fetch, { rateLimit: false, retryConfig: false });
    expect(await rejection(request(c, get))).toMatchObject({ sent: true, status: 429 });
    expect(await rejection(request(c, get, { timeoutMs: 1_000 }))).toMatchObject({ sent: false });
    expect(f.calls).toHaveLength(1);
  });
});

describe("opt-in pacing through the client", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("paces POSTs to their own limit without holding GETs, and a queued POST counts", async () => {
    const f = fakeFetch(json(200, {}));
    const c = client(f.fetch, { rateLimit: pacing({ requestsPerWindow: 100, postsPerWindow: 2, windowMs: 1_000 }) });
    // On real time first: WebCrypto hashes the token, which fake time cannot hurry.
    await request(c, get);
    vi.useFakeTimers();
    await request(c, post);
    const queued = request(c, post);
    const third = rejection(request(c, post, { timeoutMs: 900 }));
    await vi.advanceTimersByTimeAsync(0);
    // Not sent: the queued POST's slot (500 ms) and the limit of 2 per second push the third to 1000 ms.
    expect(await third).toMatchObject({ sent: false });
    await expect(request(c, get)).resolves.toEqual({});
    const methods = () => f.calls.map((call) => call.method);
    expect(methods()).toEqual(["GET", "POST", "GET"]);
    await vi.advanceTimersByTimeAsync(500);
    await queued;
    expect(methods()).toEqual(["GET", "POST", "GET", "POST"]);
  });

  it("shares a server pause with every client on the same store and token", async () => {
    const pauses: [string, number][] = [];
    const store: RateLimitStore = { reserve: () => ({ ok: true, waitMs: 0 }), pause: (key, until) => void pauses.push([key, until]) };
    const c = client(fakeFetch(tooMany(Math.ceil(Date.now() / 1000) + 40)).fetch, { rateLimit: pacing({ store }), retryConfig: false });
    await rejection(request(c, get));
    await vi.waitFor(() => expect(pauses).toHaveLength(1));
    expect(pauses[0]![0]).toMatch(/^[0-9a-f]{64}$/);
    expect(pauses[0]![0]).not.toContain("ffy_tok");
  });

  it("tells the store's warnings to the client's logger", async () => {
    const warned: unknown[] = [];
    const store: RateLimitStore = { reserve: () => ({ ok: true, waitMs: 0 }), pause: () => {}, attach: ({ warn }) => warn("store says hi") };
    client(fakeFetch(json(200, {})).fetch, { rateLimit: pacing({ store }), debugLogger: debugLog({ debug() {}, warn: (m: unknown) => warned.push(m) }) });
    expect(warned).toEqual(["factify: store says hi"]);
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    client(fakeFetch(json(200, {})).fetch, { rateLimit: pacing({ store }) });
    expect(spy).toHaveBeenCalledWith("store says hi");
    spy.mockRestore();
  });
});

describe("rateLimit option checks", () => {
  it.each([
    [{ rateLimit: true }, "rateLimit", "must be an object or false"],
    [{ rateLimit: { requestsPerWindow: 600 } }, "rateLimit", "must be made by pacing()"],
    [{ rateLimit: { requestsPerWindow: 0 } }, "rateLimit.requestsPerWindow", "at least 1"],
    [{ rateLimit: { requestsPerWindow: 1.5 } }, "rateLimit.requestsPerWindow", "an integer"],
    [{ rateLimit: { postsPerWindow: -1 } }, "rateLimit.postsPerWindow", "at least 1"],
    [{ rateLimit: { windowMs: Number.NaN } }, "rateLimit.windowMs", "a finite number"],
    [{ rateLimit: { store: "redis" } }, "rateLimit.store", "must be an object"],
    [{ rateLimit: { store: { pause() {} } } }, "rateLimit.store.reserve", "is required"],
    [{ rateLimit: { store: { reserve() {}, pause: 1 } } }, "rateLimit.store.pause", "a function"],
    [{ rateLimit: { store: { reserve() {}, pause() {}, attach: {} } } }, "rateLimit.store.attach", "a function"],
  ])("rejects %j naming %s", (options, field, message) => {
    let error: unknown;
    try {
      createFactify({ bearerAuth: "t", ...(options as FactifyOptions) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toContain(`${field} `);
    expect((error as Error).message).toContain(message);
  });
});

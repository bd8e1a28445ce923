import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter, type RateLimiter } from "../../src/rate-limit";

// Resolution order of pending acquisitions, for asserting who got a token when.
function track(limiter: RateLimiter, method: "GET" | "POST", label: string, log: string[], signal?: AbortSignal) {
  return limiter.acquire(method, signal).then(
    () => log.push(label),
    (reason) => log.push(`${label}:rejected:${reason}`),
  );
}

// A realistic epoch: X-RateLimit-Reset values below 1e9 are read as delays, not times.
const T0 = Date.UTC(2026, 0, 1);

describe("RateLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets the first N calls through and makes call N+1 wait for the window", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 3, windowMs: 1_000 });
    const log: string[] = [];
    for (const n of [1, 2, 3, 4]) void track(limiter, "GET", `get${n}`, log);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(["get1", "get2", "get3"]);
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(log).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(["get1", "get2", "get3", "get4"]);
  });

  it("never allows more than N calls in any window, even when spread out", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 2, windowMs: 1_000 });
    const times: number[] = [];
    const stamp = () => times.push(Date.now() - T0);
    await limiter.acquire("GET").then(stamp);
    await vi.advanceTimersByTimeAsync(600);
    await limiter.acquire("GET").then(stamp);
    const third = limiter.acquire("GET").then(stamp);
    const fourth = limiter.acquire("GET").then(stamp);
    await vi.advanceTimersByTimeAsync(2_000);
    await Promise.all([third, fourth]);
    // Each call waits until the call two places before it is a full window old.
    expect(times).toEqual([0, 600, 1_000, 1_600]);
  });

  it("counts POSTs against their own smaller bucket as well as the shared one", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 10, postsPerWindow: 1, windowMs: 1_000 });
    const log: string[] = [];
    void track(limiter, "POST", "post1", log);
    void track(limiter, "POST", "post2", log);
    void track(limiter, "GET", "get1", log);
    await vi.advanceTimersByTimeAsync(0);
    // The GET is not held up behind a POST that waits only for the POST bucket.
    expect(log).toEqual(["post1", "get1"]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toEqual(["post1", "get1", "post2"]);
  });

  it("removes an aborted waiter from the queue and rejects it with the abort reason", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 1, windowMs: 1_000 });
    const log: string[] = [];
    const controller = new AbortController();
    void track(limiter, "GET", "first", log);
    void track(limiter, "GET", "aborted", log, controller.signal);
    void track(limiter, "GET", "third", log);
    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.pending).toBe(2);
    controller.abort("gave up");
    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.pending).toBe(1);
    expect(log).toEqual(["first", "aborted:rejected:gave up"]);
    // The aborted call did not take a token: the third gets the next one.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toEqual(["first", "aborted:rejected:gave up", "third"]);
  });

  it("rejects at once when the signal is already aborted, without queueing", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 1 });
    await expect(limiter.acquire("GET", AbortSignal.abort("early"))).rejects.toBe("early");
    expect(limiter.pending).toBe(0);
    await expect(limiter.acquire("GET")).resolves.toBeUndefined();
  });

  it("pauses everyone when a response says no requests remain until the reset", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 100, windowMs: 60_000 });
    const reset = Math.ceil(Date.now() / 1000) + 3;
    limiter.observe(new Headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }));
    const log: string[] = [];
    void track(limiter, "GET", "get", log);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(["get"]);
  });

  it("ignores responses that still have requests remaining, and caps a pause at one window", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 100, windowMs: 1_000 });
    const farReset = String(Math.ceil(Date.now() / 1000) + 3_600);
    limiter.observe(new Headers({ "x-ratelimit-remaining": "5", "x-ratelimit-reset": farReset }));
    await expect(limiter.acquire("GET")).resolves.toBeUndefined();
    limiter.observe(new Headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": farReset }));
    const log: string[] = [];
    void track(limiter, "GET", "get", log);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toEqual(["get"]);
  });

  it("keeps no timer once nobody waits", async () => {
    const limiter = createRateLimiter({ requestsPerWindow: 1, windowMs: 1_000 });
    await limiter.acquire("GET");
    expect(vi.getTimerCount()).toBe(0);
    const controller = new AbortController();
    const waiting = limiter.acquire("GET", controller.signal).catch(() => "aborted");
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(await waiting).toBe("aborted");
    expect(vi.getTimerCount()).toBe(0);
  });
});

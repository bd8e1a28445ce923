// The memory store's schedule, on a fake clock: never more than `limit` arrivals in any window,
// nearly all of the limit used under saturation, spread out rather than released a window at once.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryRateLimitStore, type RateLimitDecision, type RateLimitRule } from "../../src/index";

const T0 = Date.UTC(2026, 0, 1);
const rule = (limit: number, windowMs: number, name = "requests"): RateLimitRule => ({ name, limit, windowMs });

/** The largest number of `times` inside any half-open window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j]! <= sorted[i]! - windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function sync(decision: RateLimitDecision | Promise<RateLimitDecision>): RateLimitDecision {
  if (decision instanceof Promise) throw new Error("the memory store answers synchronously");
  return decision;
}

describe("createMemoryRateLimitStore", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets a tenth of the limit go at once, then spreads the rest over the window", () => {
    const store = createMemoryRateLimitStore();
    const waits = Array.from({ length: 30 }, () => sync(store.reserve({ key: "k", rules: [rule(20, 1_000)], maxWaitMs: 10_000 })));
    expect(waits.every((d) => d.ok)).toBe(true);
    // Bursts of two (a tenth of 20) every tenth of the window (100 ms).
    expect(waits.map((d) => d.waitMs).slice(0, 8)).toEqual([0, 0, 100, 100, 200, 200, 300, 300]);
    // Call 21 waits a whole window after the first: 20 in any window, never 21.
    expect(waits[20]!.waitMs).toBe(1_000);
    expect(busiestWindow(waits.map((d) => d.waitMs), 1_000)).toBe(20);
  });

  it("reserves nothing when the earliest slot is later than maxWaitMs", () => {
    const store = createMemoryRateLimitStore();
    const rules = [rule(1, 1_000)];
    expect(sync(store.reserve({ key: "k", rules, maxWaitMs: 0 }))).toEqual({ ok: true, waitMs: 0 });
    expect(sync(store.reserve({ key: "k", rules, maxWaitMs: 999 }))).toEqual({ ok: false, waitMs: 1_000 });
    // The refused call took nothing: the next one still gets the slot at 1000, not 2000.
    expect(sync(store.reserve({ key: "k", rules, maxWaitMs: 1_000 }))).toEqual({ ok: true, waitMs: 1_000 });
  });

  it("keeps keys apart, and frees slots as the window moves on", () => {
    const store = createMemoryRateLimitStore();
    const rules = [rule(1, 1_000)];
    expect(sync(store.reserve({ key: "a", rules, maxWaitMs: 0 })).ok).toBe(true);
    expect(sync(store.reserve({ key: "b", rules, maxWaitMs: 0 })).ok).toBe(true);
    expect(sync(store.reserve({ key: "a", rules, maxWaitMs: 0 })).ok).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(sync(store.reserve({ key: "a", rules, maxWaitMs: 0 }))).toEqual({ ok: true, waitMs: 0 });
  });

  it("counts a call against every rule it names, and only those", () => {
    const store = createMemoryRateLimitStore();
    const requests = rule(10, 1_000);
    const posts = rule(1, 1_000, "posts");
    expect(sync(store.reserve({ key: "k", rules: [requests, posts], maxWaitMs: 0 })).ok).toBe(true);
    // A second POST must wait for the POST rule...
    expect(sync(store.reserve({ key: "k", rules: [requests, posts], maxWaitMs: 0 }))).toEqual({ ok: false, waitMs: 1_000 });
    // ...while a GET, which names only the shared rule, waits only for that one's spacing (a tenth of the window).
    expect(sync(store.reserve({ key: "k", rules: [requests], maxWaitMs: 1_000 }))).toEqual({ ok: true, waitMs: 100 });
  });

  it("lets a later call use a free slot before a call reserved further ahead", () => {
    const store = createMemoryRateLimitStore();
    const requests = rule(10, 1_000);
    const posts = rule(1, 1_000, "posts");
    store.reserve({ key: "k", rules: [requests, posts], maxWaitMs: 0 });
    // A queued POST reserves the shared rule at 1000 ms as well...
    expect(sync(store.reserve({ key: "k", rules: [requests, posts], maxWaitMs: 5_000 }))).toEqual({ ok: true, waitMs: 1_000 });
    // ...yet GETs asked later take the free slots before it (one per 100 ms: a tenth of 10 per tenth of the window).
    const gets = Array.from({ length: 10 }, () => sync(store.reserve({ key: "k", rules: [requests], maxWaitMs: 5_000 })).waitMs);
    expect(gets).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1_100]);
    expect(busiestWindow([0, 1_000, ...gets], 1_000)).toBe(10);
  });

  it("holds every call on a paused key until the pause ends, however long, and says a pause is why", () => {
    const store = createMemoryRateLimitStore();
    const rules = [rule(1_000, 60_000)];
    store.pause("k", T0 + 90_000);
    // A shorter pause that arrives later does not shorten it.
    store.pause("k", T0 + 10_000);
    expect(sync(store.reserve({ key: "k", rules, maxWaitMs: 60_000 }))).toEqual({ ok: false, waitMs: 90_000, pausedUntil: T0 + 90_000 });
    expect(sync(store.reserve({ key: "k", rules, maxWaitMs: 90_000 }))).toEqual({ ok: true, waitMs: 90_000 });
    expect(sync(store.reserve({ key: "other", rules, maxWaitMs: 0 }))).toEqual({ ok: true, waitMs: 0 });
  });

  it("never lets more than the limit into any window under random arrivals, rules and waits", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const store = createMemoryRateLimitStore();
      const limit = 3 + Math.floor(next() * 40);
      const windowMs = 200 + Math.floor(next() * 2_000);
      const postLimit = 1 + Math.floor(next() * limit);
      const requests = rule(limit, windowMs);
      const posts = rule(postLimit, windowMs, "posts");
      const all: number[] = [];
      const postTimes: number[] = [];
      for (let n = 0; n < 600; n++) {
        vi.advanceTimersByTime(Math.floor(next() * next() * windowMs * 0.2));
        const isPost = next() < 0.3;
        const decision = sync(store.reserve({ key: "k", rules: isPost ? [requests, posts] : [requests], maxWaitMs: Math.floor(next() * windowMs * 3) }));
        if (!decision.ok) continue;
        const at = Date.now() + decision.waitMs;
        all.push(at);
        if (isPost) postTimes.push(at);
      }
      expect(all.length).toBeGreaterThan(limit);
      expect(busiestWindow(all, windowMs), `seed ${seed}`).toBeLessThanOrEqual(limit);
      expect(busiestWindow(postTimes, windowMs), `seed ${seed}`).toBeLessThanOrEqual(postLimit);
    }
  });

  it("uses at least 90% of the limit when callers always wait", () => {
    for (const [limit, windowMs] of [
      [1_000, 60_000],
      [100, 60_000],
      [7, 1_000],
    ] as const) {
      const store = createMemoryRateLimitStore();
      const start = Date.now();
      const times: number[] = [];
      // One caller after another, each asking as soon as the previous one was sent, for five windows.
      while (Date.now() < start + 5 * windowMs) {
        const decision = sync(store.reserve({ key: "k", rules: [rule(limit, windowMs)], maxWaitMs: windowMs }));
        expect(decision.ok).toBe(true);
        vi.advanceTimersByTime(decision.waitMs);
        times.push(Date.now());
      }
      times.pop();
      expect(busiestWindow(times, windowMs)).toBeLessThanOrEqual(limit);
      expect(times.length / 5).toBeGreaterThanOrEqual(0.9 * limit);
    }
  });

  it("checks every rule again after another rule moved the time", () => {
    const store = createMemoryRateLimitStore();
    const requests = rule(10, 1_000);
    const posts = rule(1, 1_000, "posts");
    const other = rule(1, 1_000, "other");
    store.reserve({ key: "k", rules: [requests, posts, other], maxWaitMs: 0 });
    // The shared rule gets a slot at 1000 ms through a call that also waits for "other".
    expect(sync(store.reserve({ key: "k", rules: [requests, other], maxWaitMs: 5_000 }))).toEqual({ ok: true, waitMs: 1_000 });
    // "requests" alone would allow 100 ms, "posts" then says 1000 ms, where "requests" has that slot: 1100 ms.
    expect(sync(store.reserve({ key: "k", rules: [requests, posts], maxWaitMs: 5_000 }))).toEqual({ ok: true, waitMs: 1_100 });
  });

  it("names the pause as the reason only when the pause alone is too long", () => {
    const store = createMemoryRateLimitStore();
    const rules = [rule(1, 1_000)];
    store.reserve({ key: "k", rules, maxWaitMs: 0 });
    store.pause("k", T0 + 500);
    // The pause (500 ms) fits; the slot after it (1000 ms) does not.
    expect(sync(store.reserve({ key: "k", rules, maxWaitMs: 500 }))).toEqual({ ok: false, waitMs: 1_000 });
  });

  it("sweeps forgotten keys and ended pauses when a new key or rule appears, and only then", () => {
    const deleted = vi.spyOn(Map.prototype, "delete");
    const store = createMemoryRateLimitStore();
    const gets = [rule(1, 1_000)];
    const posts = [rule(1, 1_000), rule(1, 1_000, "posts")];
    store.reserve({ key: "old", rules: gets, maxWaitMs: 0 });
    store.reserve({ key: "k", rules: gets, maxWaitMs: 0 });
    store.pause("paused", T0 + 1_000);
    vi.advanceTimersByTime(999);
    store.reserve({ key: "new1", rules: gets, maxWaitMs: 0 });
    expect(deleted).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    // Known keys and rules: no sweep, however stale the others are.
    store.reserve({ key: "new1", rules: gets, maxWaitMs: 1_000 });
    expect(deleted).not.toHaveBeenCalled();
    // A new rule on a known key sweeps: "old" and "k" are a whole window old, the pause has ended.
    store.reserve({ key: "new1", rules: posts, maxWaitMs: 5_000 });
    expect(deleted.mock.calls.map(([id]) => id).sort()).toEqual(["k requests", "old requests", "paused"]);
    deleted.mockRestore();
  });

  it("forgets keys that have not been used for a window", () => {
    const store = createMemoryRateLimitStore();
    const rules = [rule(1, 1_000)];
    expect(sync(store.reserve({ key: "old", rules, maxWaitMs: 0 })).ok).toBe(true);
    vi.advanceTimersByTime(999);
    // A new key sweeps, but "old" is still inside its window and keeps its slot.
    store.reserve({ key: "new1", rules, maxWaitMs: 0 });
    expect(sync(store.reserve({ key: "old", rules, maxWaitMs: 0 })).ok).toBe(false);
    vi.advanceTimersByTime(1);
    store.reserve({ key: "new2", rules, maxWaitMs: 0 });
    expect(sync(store.reserve({ key: "old", rules, maxWaitMs: 0 })).ok).toBe(true);
  });
});

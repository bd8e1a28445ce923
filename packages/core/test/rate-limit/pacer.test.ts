// The pacer on its own: what the request path gets back from admit() after what observe() saw.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryRateLimitStore, pacing, RateLimitError, type RateLimitReservation, type RateLimitStore } from "../../src/index";
import { createPacer, type Pacer } from "../../src/rate-limit/pacer";

// A realistic epoch: X-RateLimit-Reset values below 1e12 ms are read as delays, not times.
const T0 = Date.UTC(2026, 0, 1);
const TOKEN = "ffy_secret_token_value";
const never = new AbortController().signal;

function exhausted(resetSeconds: number | string, extra: Record<string, string> = {}): Headers {
  return new Headers({ "x-ratelimit-limit": "1000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetSeconds), ...extra });
}

function admit(pacer: Pacer, method: "GET" | "POST", maxWaitMs = 60_000, signal = never) {
  return pacer.admit({ method, token: TOKEN, maxWaitMs, signal });
}

/** What a pending admit promise has done so far. */
function track(promise: Promise<void> | undefined): { state: string; reason?: unknown } {
  const result: { state: string; reason?: unknown } = { state: promise ? "waiting" : "now" };
  promise?.then(
    () => {
      result.state = "sent";
    },
    (reason) => {
      result.state = "rejected";
      result.reason = reason;
    },
  );
  return result;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(digest).toString("hex");
}

describe("the reactive pacer (rateLimit absent or false)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("admits at once, without a promise, while the server has said nothing", () => {
    for (const options of [undefined, false as const]) {
      const pacer = createPacer(options, () => {});
      expect(admit(pacer, "GET")).toBeUndefined();
      pacer.observe({ method: "GET", token: TOKEN }, 200, new Headers({ "x-ratelimit-remaining": "5", "x-ratelimit-reset": String(T0 / 1000 + 30) }));
      expect(admit(pacer, "POST")).toBeUndefined();
      expect(vi.getTimerCount()).toBe(0);
    }
  });

  it("holds every call until X-RateLimit-Reset (Unix seconds) once a response says none remain", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 200, exhausted(T0 / 1000 + 3));
    const get = track(admit(pacer, "GET"));
    const post = track(admit(pacer, "POST"));
    await vi.advanceTimersByTimeAsync(2_999);
    expect([get.state, post.state]).toEqual(["waiting", "waiting"]);
    await vi.advanceTimersByTimeAsync(1);
    expect([get.state, post.state]).toEqual(["sent", "sent"]);
    expect(admit(pacer, "GET")).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reads a reset of a few seconds as a delay, as gateways that count down send it", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(2));
    const get = track(admit(pacer, "GET"));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(get.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(get.state).toBe("sent");
  });

  it("falls back to Retry-After (seconds or an HTTP date) for a 429 without X-RateLimit-Reset", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers({ "retry-after": "4" }));
    let get = track(admit(pacer, "GET"));
    await vi.advanceTimersByTimeAsync(3_999);
    expect(get.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(get.state).toBe("sent");

    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers({ "retry-after": new Date(Date.now() + 7_000).toUTCString() }));
    get = track(admit(pacer, "GET"));
    await vi.advanceTimersByTimeAsync(6_999);
    expect(get.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(get.state).toBe("sent");
  });

  it("prefers X-RateLimit-Reset to Retry-After when both are sent, and never shortens a pause", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(T0 / 1000 + 5, { "retry-after": "1" }));
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(T0 / 1000 + 2));
    const get = track(admit(pacer, "GET"));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(get.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(get.state).toBe("sent");
  });

  it("does not pause for a 429 that still reports requests remaining (a quota refusal), nor for one with no time", () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers({ "x-ratelimit-remaining": "12", "x-ratelimit-reset": String(T0 / 1000 + 30) }));
    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers());
    pacer.observe({ method: "GET", token: TOKEN }, 200, new Headers({ "retry-after": "30" }));
    pacer.observe({ method: "GET", token: TOKEN }, 503, new Headers({ "x-ratelimit-remaining": "0" }));
    expect(admit(pacer, "GET")).toBeUndefined();
    expect(admit(pacer, "POST")).toBeUndefined();
  });

  it("holds only POSTs when a POST's response says none remain, and everything when another call's does", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "POST", token: TOKEN }, 201, exhausted(T0 / 1000 + 10));
    expect(admit(pacer, "GET")).toBeUndefined();
    expect(admit(pacer, "DELETE" as never)).toBeUndefined();
    const post = track(admit(pacer, "POST"));
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(T0 / 1000 + 4));
    const get = track(admit(pacer, "GET"));
    await vi.advanceTimersByTimeAsync(4_000);
    expect([get.state, post.state]).toEqual(["sent", "waiting"]);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(post.state).toBe("sent");
  });

  it("fails a call at once, unsent, when the pause outlasts what it may wait", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(T0 / 1000 + 40));
    vi.advanceTimersByTime(250);
    const held = track(admit(pacer, "GET", 5_000));
    await Promise.resolve();
    await Promise.resolve();
    expect(held.state).toBe("rejected");
    const error = held.reason as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, sent: false, retryAfterMs: 39_750, code: "resource_exhausted", retryable: true });
    expect(error.resetAt).toEqual(new Date(T0 + 40_000));
    expect(error.message).toContain("held this call and did not send it");
    expect(error.message).toContain("server's rate limit");
    expect(error.message).toContain(new Date(T0 + 40_000).toISOString());
    expect(error.message).toContain("(5000 ms)");
    expect(vi.getTimerCount()).toBe(0);
    // Exactly as long as it may wait still waits.
    expect(admit(pacer, "GET", 39_750)).toBeInstanceOf(Promise);
  });

  it("rejects a held call with the signal's reason when it aborts, leaving no timer or listener", async () => {
    const pacer = createPacer(undefined, () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(T0 / 1000 + 10));
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    const held = track(admit(pacer, "GET", 60_000, controller.signal));
    expect(vi.getTimerCount()).toBe(1);
    controller.abort("user left");
    await vi.advanceTimersByTimeAsync(0);
    expect(held).toEqual({ state: "rejected", reason: "user left" });
    expect(vi.getTimerCount()).toBe(0);
    expect(removed.mock.calls.map((c) => c[1])).toEqual(added.mock.calls.map((c) => c[1]));
    // Already aborted: rejects without waiting at all.
    await expect(admit(pacer, "GET", 60_000, AbortSignal.abort("gone"))).rejects.toBe("gone");
  });
});

describe("pacing (rateLimit: pacing({...}))", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A store that records what it is asked and answers from the memory store. */
  function recordingStore(): RateLimitStore & { asked: RateLimitReservation[]; paused: [string, number][]; attached: number } {
    const inner = createMemoryRateLimitStore();
    const store = {
      asked: [] as RateLimitReservation[],
      paused: [] as [string, number][],
      attached: 0,
      reserve(request: RateLimitReservation) {
        store.asked.push(request);
        return inner.reserve(request);
      },
      pause(key: string, until: number) {
        store.paused.push([key, until]);
        return inner.pause(key, until);
      },
      attach() {
        store.attached++;
      },
    };
    return store;
  }

  it("asks the store under the token's SHA-256, never the token, with the rules of the method", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ requestsPerWindow: 50, postsPerWindow: 5, windowMs: 10_000, store }), () => {});
    expect(store.attached).toBe(1);
    await admit(pacer, "GET");
    await admit(pacer, "POST", 1_000);
    const key = await sha256(TOKEN);
    expect(store.asked).toEqual([
      { key, rules: [{ name: "requests", limit: 50, windowMs: 10_000 }], maxWaitMs: 60_000 },
      { key, rules: [{ name: "requests", limit: 50, windowMs: 10_000 }, { name: "posts", limit: 5, windowMs: 10_000 }], maxWaitMs: 1_000 },
    ]);
    expect(JSON.stringify(store.asked)).not.toContain(TOKEN);
    // Another token is another budget.
    await pacer.admit({ method: "GET", token: "other", maxWaitMs: 0, signal: never });
    expect(store.asked[2]!.key).toBe(await sha256("other"));
  });

  it("uses the defaults 1000 requests and 100 POSTs a minute on the memory store", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    await admit(pacer, "POST");
    expect(store.asked[0]!.rules).toEqual([
      { name: "requests", limit: 1_000, windowMs: 60_000 },
      { name: "posts", limit: 100, windowMs: 60_000 },
    ]);
    const memory = createPacer(pacing({}), () => {});
    await admit(memory, "GET");
    // Once the token's key is known and a slot is free, the answer is synchronous: no promise.
    expect(admit(memory, "GET")).toBeUndefined();
  });

  it("waits for a slot that fits, fails at once for one that does not, and a GET never waits for the POST budget", async () => {
    const pacer = createPacer(pacing({ requestsPerWindow: 100, postsPerWindow: 1, windowMs: 60_000 }), () => {});
    // On real time first: WebCrypto hashes the token, which fake time cannot hurry.
    await admit(pacer, "GET");
    vi.useFakeTimers();
    expect(admit(pacer, "POST")).toBeUndefined();
    const error = await admit(pacer, "POST", 59_999)!.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ sent: false, retryAfterMs: 60_000 });
    expect((error as Error).message).toContain("rateLimit pacing has no free slot");
    const post = track(admit(pacer, "POST", 60_000));
    // The GET is not queued behind the POST: a tenth of 100 per tenth of the window goes now.
    expect(admit(pacer, "GET", 0)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(post.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(post.state).toBe("sent");
  });

  it("counts a queued POST against the POST limit at the time it was granted", async () => {
    const pacer = createPacer(pacing({ requestsPerWindow: 100, postsPerWindow: 2, windowMs: 1_000 }), () => {});
    await admit(pacer, "POST");
    vi.useFakeTimers();
    // Spaced by half the window (2 per window): the queued POST's slot is 500 ms after the first.
    const queued = track(admit(pacer, "POST", 5_000));
    // With that slot counted, a third POST's earliest is a window after the first, not 500 ms.
    const error = await admit(pacer, "POST", 900)!.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(900);
    await vi.advanceTimersByTimeAsync(500);
    expect(queued.state).toBe("sent");
  });

  it("writes the server's pauses to the store, so other clients on the key hold too", async () => {
    const store = recordingStore();
    const first = createPacer(pacing({ store }), () => {});
    const second = createPacer(pacing({ store }), () => {});
    await admit(first, "GET");
    const until = Math.ceil(Date.now() / 1000) * 1000 + 30_000;
    first.observe({ method: "GET", token: TOKEN }, 429, exhausted(until / 1000));
    await vi.waitFor(() => expect(store.paused).toEqual([[expect.any(String), until]]));
    expect(store.paused[0]![0]).toBe(await sha256(TOKEN));
    const error = await admit(second, "GET", 5_000)!.catch((e: unknown) => e);
    expect(error).toMatchObject({ sent: false, resetAt: new Date(until) });
    expect((error as Error).message).toContain("server's rate limit");
  });

  it("fails a call held by the server longer than it may wait without taking a slot", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(60));
    await expect(admit(pacer, "GET", 1_000)).rejects.toBeInstanceOf(RateLimitError);
    expect(store.asked).toHaveLength(0);
  });

  it("sends calls unpaced, warning once per outage, while the store fails; then uses it again", async () => {
    const warnings: string[] = [];
    let down = true;
    const inner = createMemoryRateLimitStore();
    const asked: number[] = [];
    const store: RateLimitStore = {
      reserve: (request) => {
        asked.push(request.maxWaitMs);
        return down ? Promise.reject(new Error("connection refused")) : inner.reserve(request);
      },
      pause: () => {
        throw new Error("connection refused");
      },
    };
    const pacer = createPacer(pacing({ requestsPerWindow: 1, store }), (message) => warnings.push(message));
    await expect(admit(pacer, "GET", 0)).resolves.toBeUndefined();
    await expect(admit(pacer, "GET", 0)).resolves.toBeUndefined();
    expect(asked).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("connection refused");
    down = false;
    await admit(pacer, "GET", 0);
    // Back: the store paces again (1 per minute), and a new outage warns again.
    await expect(admit(pacer, "GET", 0)).rejects.toBeInstanceOf(RateLimitError);
    down = true;
    await admit(pacer, "GET", 0);
    expect(warnings).toHaveLength(2);
    const throwing = createPacer(
      pacing({
        store: {
          reserve: () => {
            throw new Error("sync failure");
          },
          pause: () => {},
        },
      }),
      (m) => warnings.push(m),
    );
    await expect(admit(throwing, "GET")).resolves.toBeUndefined();
    expect(warnings[2]).toContain("sync failure");
    pacer.observe({ method: "GET", token: TOKEN }, 200, exhausted(1));
    await vi.waitFor(() => expect(warnings).toHaveLength(4));
    expect(warnings[3]).toContain("could not record a pause");
  });

  it("gives up waiting for a slow store when the signal aborts, with its reason", async () => {
    const store: RateLimitStore = { reserve: () => new Promise(() => {}), pause: () => {} };
    const pacer = createPacer(pacing({ store }), () => {});
    const controller = new AbortController();
    const waiting = admit(pacer, "GET", 60_000, controller.signal);
    controller.abort("timed out");
    await expect(waiting).rejects.toBe("timed out");
    const aborted = admit(pacer, "GET", 60_000, AbortSignal.abort("already"));
    await expect(aborted).rejects.toBe("already");
  });

  it("still takes a slot for a call the server holds exactly as long as it may wait", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    await admit(pacer, "GET");
    vi.useFakeTimers();
    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers({ "retry-after": "2" }));
    const held = track(admit(pacer, "GET", 2_000));
    expect(held.state).toBe("waiting");
    expect(store.asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(held.state).toBe("sent");
  });

  it("holds a call the server paused even when the store has a slot now, and not once the pause is over", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    await admit(pacer, "GET");
    vi.useFakeTimers();
    // Read synchronously after observe(): the store learns of the pause a moment later.
    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers({ "retry-after": "3" }));
    const held = track(admit(pacer, "GET", 5_000));
    expect(held.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(2_999);
    expect(held.state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(held.state).toBe("sent");
    // A reset already in the past pauses nobody: the answer is synchronous again.
    pacer.observe({ method: "GET", token: TOKEN }, 429, exhausted(Math.floor(Date.now() / 1000) - 5));
    expect(admit(pacer, "GET")).toBeUndefined();
  });

  it("writes no pause to the store for an answer that gives no time", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    await admit(pacer, "GET");
    pacer.observe({ method: "GET", token: TOKEN }, 429, new Headers());
    pacer.observe({ method: "GET", token: TOKEN }, 200, new Headers({ "x-ratelimit-remaining": "0" }));
    pacer.observe({ method: "GET", token: TOKEN }, 200, exhausted(T0 / 1000 + 5e9));
    await vi.waitFor(() => expect(store.paused).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.paused).toHaveLength(1);
  });

  it("fails a call, unsent, when a store grants a slot later than the call may wait", async () => {
    const store: RateLimitStore = { reserve: () => ({ ok: true, waitMs: 10_000 }), pause: () => {} };
    const pacer = createPacer(pacing({ store }), () => {});
    const error = await admit(pacer, "GET", 1_000)!.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toContain("rateLimit pacing has no free slot");
  });

  it("removes its abort listener once a store that answers later has answered", async () => {
    const inner = createMemoryRateLimitStore();
    const store: RateLimitStore = { reserve: async (request) => inner.reserve(request), pause: () => {} };
    const pacer = createPacer(pacing({ store }), () => {});
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    await admit(pacer, "GET", 60_000, controller.signal);
    await admit(pacer, "GET", 60_000, controller.signal);
    expect(added.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(removed.mock.calls.map((c) => c.slice(0, 2))).toEqual(added.mock.calls.map((c) => c.slice(0, 2)));
  });

  it("keeps the newest token's key when an older token's hash arrives last", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    const pending: { text: string; release: () => void }[] = [];
    const spy = vi.spyOn(crypto.subtle, "digest").mockImplementation((algorithm, data) => {
      const text = new TextDecoder().decode(data as Uint8Array);
      return new Promise((resolve) => pending.push({ text, release: () => resolve(digest(algorithm, data)) }));
    });
    const a = pacer.admit({ method: "GET", token: "a", maxWaitMs: 0, signal: never });
    const b = pacer.admit({ method: "GET", token: "b", maxWaitMs: 0, signal: never });
    expect(pending.map((p) => p.text)).toEqual(["a", "b"]);
    pending[1]!.release();
    await b;
    pending[0]!.release();
    await a;
    spy.mockRestore();
    // "b" is still the last token: its cached key answers without a promise, under b's hash.
    expect(pacer.admit({ method: "GET", token: "b", maxWaitMs: 0, signal: never })).toBeUndefined();
    expect(store.asked.at(-1)!.key).toBe(await sha256("b"));
  });

  it("keeps following a token provider that rotates tokens while a hash is pending", async () => {
    const store = recordingStore();
    const pacer = createPacer(pacing({ store }), () => {});
    const a = pacer.admit({ method: "GET", token: "a", maxWaitMs: 0, signal: never });
    const b = pacer.admit({ method: "GET", token: "b", maxWaitMs: 0, signal: never });
    await Promise.all([a, b]);
    expect(store.asked.map((r) => r.key).sort()).toEqual([await sha256("a"), await sha256("b")].sort());
    // "b" is the cached one now: no promise.
    expect(pacer.admit({ method: "GET", token: "b", maxWaitMs: 0, signal: never })).toBeUndefined();
  });
});

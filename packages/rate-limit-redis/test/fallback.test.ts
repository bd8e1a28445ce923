// Redis away: killed, paused (slow) and brought back. Every call gets an answer within about
// fallbackAfterMs, is paced in process meanwhile, one warning is given, and the store goes back to
// Redis once it answers.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRedisRateLimitStore } from "../src/index";
import { type ClientKind, connect, type TestClient } from "./support/clients";
import { type RedisServer, startRedisServer } from "./support/redis-server";

const rules = [{ name: "requests", limit: 20, windowMs: 1000 }]; // a slot every 50 ms
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A call's answer with how long it took, and the wall-clock times around it (the fallback schedule reads Date.now).
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; before: number; after: number }> {
  const before = Date.now();
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start, before, after: Date.now() };
}

// "About fallbackAfterMs": generous, because the machine running the tests may be very busy.
const ANSWERED_WITHIN_MS = 1000;

describe.each(["ioredis", "node-redis"] as ClientKind[])("with %s", (kind) => {
  let server: RedisServer;
  let redis: TestClient;
  beforeAll(async () => {
    server = await startRedisServer();
    redis = await connect(kind, server.url);
  });
  afterAll(async () => {
    await redis?.close();
    await server?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("paces in process while Redis is down, warns once, and returns to Redis when it is back", async () => {
    const warn = vi.fn();
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const store = createRedisRateLimitStore({ redis: redis.client, fallbackAfterMs: 100, probeIntervalMs: 200, safetyMargin: 0 });
    store.attach({ warn });
    const key = `down-${kind}`;
    expect((await store.reserve({ key, rules, maxWaitMs: 0 })).ok).toBe(true);
    expect(store.mode).toBe("redis");

    await server.kill();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await timed(() => store.reserve({ key, rules, maxWaitMs: 10_000 })));
    // No call hangs: each is answered after at most fallbackAfterMs (plus scheduling slack on a busy machine).
    for (const { ms } of answers) expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);
    expect(answers.every(({ value }) => value.ok)).toBe(true);
    // Paced locally: slot i opens (i - 1) × 50 ms after slot 1 (the first answer may be Redis's or local).
    const [, first, ...rest] = answers;
    rest.forEach(({ value, after }, i) => {
      expect(after + value.waitMs - (first!.before + first!.value.waitMs)).toBeGreaterThanOrEqual((i + 1) * 50 - 1);
    });
    expect(store.mode).toBe("local");
    // A pause while Redis is away holds this process, and is handed to Redis when it returns.
    const pausedKey = `paused-${kind}`;
    const until = Date.now() + 20_000;
    expect((await timed(() => store.pause(pausedKey, until))).ms).toBeLessThan(ANSWERED_WITHIN_MS);
    expect(await store.reserve({ key: pausedKey, rules, maxWaitMs: 0 })).toMatchObject({ ok: false, pausedUntil: until });

    await server.start();
    const deadline = Date.now() + 5000;
    while (store.mode === "local" && Date.now() < deadline) {
      await store.reserve({ key, rules, maxWaitMs: 10_000 });
      await sleep(50);
    }
    expect(store.mode).toBe("redis");
    // The restarted Redis started empty: the next reservation writes the schedule there again.
    await store.reserve({ key, rules, maxWaitMs: 10_000 });
    expect(await redis.raw(["EXISTS", `factify:rate-limit:{${key}}:rule:requests`])).toBe(1);
    await vi.waitFor(async () => expect(Number(await redis.raw(["GET", `factify:rate-limit:{${pausedKey}}:pause`]))).toBe(until));

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/Redis did not answer .*paced by this process alone/);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it("treats a Redis that answers too slowly like one that is down, and warns on console.warn when no client attached", async () => {
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const store = createRedisRateLimitStore({ redis: redis.client, fallbackAfterMs: 100, probeIntervalMs: 200 });
    const key = `slow-${kind}`;
    expect((await store.reserve({ key, rules, maxWaitMs: 0 })).ok).toBe(true);
    await redis.raw(["CLIENT", "PAUSE", "700", "ALL"]);
    const slow = await Promise.all([1, 2, 3].map(() => timed(() => store.reserve({ key, rules, maxWaitMs: 10_000 }))));
    for (const { ms, value } of slow) {
      expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);
      expect(value.ok).toBe(true);
    }
    expect(store.mode).toBe("local");
    expect(consoleWarn).toHaveBeenCalledTimes(1);
    const deadline = Date.now() + 5000;
    while (store.mode === "local" && Date.now() < deadline) {
      await store.reserve({ key, rules, maxWaitMs: 10_000 });
      await sleep(50);
    }
    expect(store.mode).toBe("redis");
  });

  it("probes a missing Redis at most once per probeIntervalMs, however many calls are made", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client, fallbackAfterMs: 50, probeIntervalMs: 300 });
    store.attach({ warn: () => {} });
    const key = `probe-${kind}`;
    const ping = vi.spyOn(redis.client as unknown as { ping: () => Promise<unknown> }, "ping");
    await server.kill();
    try {
      const started = Date.now();
      while (Date.now() - started < 1000) {
        await Promise.all([1, 2, 3, 4, 5].map(() => store.reserve({ key, rules, maxWaitMs: 60_000 })));
        await sleep(10);
      }
      // ~1000 ms of calls, first probe one interval after the failure: at most 3 probes, not hundreds.
      expect(ping.mock.calls.length).toBeLessThanOrEqual(3);
      expect(store.mode).toBe("local");
    } finally {
      await server.start();
    }
  });
});

// The store against a real redis-server, through every supported client major (ioredis 5 and 6,
// node-redis 4, 5 and 6): the schedule, the
// all-or-none reservation, the pause, the keys it leaves behind, and independence from client clocks.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRedisRateLimitStore } from "../src/index";
import { type ClientKind, connect, type TestClient } from "./support/clients";
import { type RedisServer, startRedisServer } from "./support/redis-server";

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.close();
});

const kinds: ClientKind[] = ["ioredis", "node-redis", "ioredis-v5", "node-redis-v5", "node-redis-v4"];
let keyCount = 0;
// Bounds below allow for the time the calls themselves took (measured), so a slow machine cannot fail them.
const stopwatch = () => {
  const start = performance.now();
  return () => performance.now() - start;
};
const freshKey = () => `k${++keyCount}-${Date.now()}`;

describe.each(kinds)("with %s", (kind) => {
  let redis: TestClient;
  beforeAll(async () => {
    redis = await connect(kind, server.url);
  });
  afterAll(async () => {
    await redis?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const rule = (name: string, limit: number, windowMs = 1000) => ({ name, limit, windowMs });

  it("gives consecutive calls slots one window/limit apart (plus the safety margin)", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0.05 });
    const key = freshKey();
    const elapsed = stopwatch();
    const waits: number[] = [];
    const doneAt: number[] = [];
    for (let i = 0; i < 5; i++) {
      const decision = await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: 10_000 });
      doneAt.push(elapsed());
      expect(decision.ok).toBe(true);
      waits.push(decision.waitMs);
    }
    expect(store.mode).toBe("redis");
    waits.forEach((wait, i) => {
      // Slot i opens i × 105 ms after the first call reached Redis; the wait counts from when call i did.
      expect(wait).toBeLessThanOrEqual(Math.ceil(i * 105) + 1);
      expect(wait).toBeGreaterThanOrEqual(Math.floor(i * 105 - doneAt[i]!) - 1);
    });
  });

  it("reserves on every rule or on none when the caller cannot wait that long", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0 });
    const key = freshKey();
    const requests = rule("requests", 1000, 10_000); // a slot every 10 ms
    const posts = rule("posts", 2, 10_000); // a slot every 5 s
    const elapsed = stopwatch();
    expect(await store.reserve({ key, rules: [requests, posts], maxWaitMs: 60_000 })).toEqual({ ok: true, waitMs: 0 });
    const second = await store.reserve({ key, rules: [requests, posts], maxWaitMs: 60_000 });
    expect(second.ok).toBe(true);
    expect(second.waitMs).toBeGreaterThanOrEqual(5000 - elapsed() - 1);
    const third = await store.reserve({ key, rules: [requests, posts], maxWaitMs: 100 });
    expect(third.ok).toBe(false);
    expect(third.waitMs).toBeGreaterThanOrEqual(10_000 - elapsed() - 1);
    expect("pausedUntil" in third).toBe(false);
    // Had the refused POST taken a "requests" slot, this GET would wait about 10 s; it gets the slot
    // after the second POST's, about 5 s after the first call.
    const get = await store.reserve({ key, rules: [requests], maxWaitMs: 60_000 });
    expect(get.ok).toBe(true);
    expect(get.waitMs).toBeGreaterThanOrEqual(5010 - elapsed() - 1);
    expect(get.waitMs).toBeLessThanOrEqual(5011);
  });

  it("holds every call on a key until a pause ends, and a shorter pause cannot cut it short", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client });
    const other = createRedisRateLimitStore({ redis: redis.client }); // another process, in effect
    const key = freshKey();
    const elapsed = stopwatch();
    const until = Date.now() + 5000;
    await store.pause(key, until);
    await other.pause(key, Date.now() + 1000); // a later, shorter answer must not shorten the pause
    const refused = await other.reserve({ key, rules: [rule("requests", 1000)], maxWaitMs: 100 });
    expect(refused).toMatchObject({ ok: false, pausedUntil: until });
    expect(refused.waitMs).toBeGreaterThanOrEqual(5000 - elapsed() - 1);
    expect(refused.waitMs).toBeLessThanOrEqual(5001);
    const held = await other.reserve({ key, rules: [rule("requests", 1000)], maxWaitMs: 10_000 });
    expect(held.ok).toBe(true);
    expect(held.waitMs).toBeGreaterThanOrEqual(5000 - elapsed() - 1);
    const pttl = Number(await redis.raw(["PTTL", `factify:rate-limit:{${key}}:pause`]));
    expect(pttl).toBeGreaterThanOrEqual(5000 - elapsed() - 1);
    expect(pttl).toBeLessThanOrEqual(5001);
    // Another key is not paused.
    expect(await other.reserve({ key: freshKey(), rules: [rule("requests", 1000)], maxWaitMs: 0 })).toEqual({ ok: true, waitMs: 0 });
  });

  it("accepts a caller that can wait without limit (maxWaitMs: Infinity)", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client });
    const key = freshKey();
    await store.reserve({ key, rules: [rule("requests", 1, 10_000)], maxWaitMs: Number.POSITIVE_INFINITY });
    const second = await store.reserve({ key, rules: [rule("requests", 1, 10_000)], maxWaitMs: Number.POSITIVE_INFINITY });
    expect(second.ok).toBe(true);
    expect(second.waitMs).toBeGreaterThan(5000);
    expect(store.mode).toBe("redis");
  });

  it("ignores a pause that is already over", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client });
    const key = freshKey();
    await store.pause(key, Date.now() - 1000);
    expect(await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: 0 })).toEqual({ ok: true, waitMs: 0 });
    expect(await redis.raw(["EXISTS", `factify:rate-limit:{${key}}:pause`])).toBe(0);
  });

  it("writes only keys under its prefix, each with an expiry no longer than its schedule", async () => {
    const prefix = `test-${kind}-${Date.now()}:`;
    const store = createRedisRateLimitStore({ redis: redis.client, prefix, safetyMargin: 0 });
    const key = freshKey();
    await store.reserve({ key, rules: [rule("requests", 10, 10_000), rule("posts", 2, 10_000)], maxWaitMs: 0 });
    await store.pause(key, Date.now() + 5000);
    const keys = (await redis.raw(["KEYS", `${prefix}*`])) as string[];
    expect(keys.sort()).toEqual([`${prefix}{${key}}:pause`, `${prefix}{${key}}:rule:posts`, `${prefix}{${key}}:rule:requests`]);
    const ttl = async (k: string) => Number(await redis.raw(["PTTL", k]));
    expect(await ttl(`${prefix}{${key}}:rule:requests`)).toBeGreaterThan(0);
    expect(await ttl(`${prefix}{${key}}:rule:requests`)).toBeLessThanOrEqual(1001);
    expect(await ttl(`${prefix}{${key}}:rule:posts`)).toBeLessThanOrEqual(5001);
    expect(await ttl(`${prefix}{${key}}:pause`)).toBeLessThanOrEqual(5000);
  });

  it("loads its script again after the server forgot it (SCRIPT FLUSH, as after a restart)", async () => {
    const warn = vi.fn();
    const store = createRedisRateLimitStore({ redis: redis.client });
    store.attach({ warn });
    const key = freshKey();
    await store.reserve({ key, rules: [rule("requests", 1, 10_000)], maxWaitMs: 0 });
    await redis.raw(["SCRIPT", "FLUSH"]);
    const after = await store.reserve({ key, rules: [rule("requests", 1, 10_000)], maxWaitMs: 60_000 });
    expect(after.ok).toBe(true);
    expect(after.waitMs).toBeGreaterThan(5000); // still the shared schedule, not a fresh local one
    expect(store.mode).toBe("redis");
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps one schedule for hosts whose clocks disagree: time comes from the Redis server", async () => {
    const a = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0 });
    const b = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0 });
    const key = freshKey();
    const rules = [rule("requests", 10, 10_000)]; // a slot every second
    const real = Date.now.bind(Date);
    const elapsed = stopwatch();
    const first = await a.reserve({ key, rules, maxWaitMs: 10_000 });
    vi.spyOn(Date, "now").mockImplementation(() => real() + 3_600_000); // host b runs an hour ahead
    const second = await b.reserve({ key, rules, maxWaitMs: 10_000 });
    vi.spyOn(Date, "now").mockImplementation(() => real() - 3_600_000); // host c an hour behind
    const third = await a.reserve({ key, rules, maxWaitMs: 10_000 });
    expect(first).toEqual({ ok: true, waitMs: 0 });
    const took = elapsed();
    expect(second.waitMs).toBeGreaterThanOrEqual(1000 - took - 1);
    expect(second.waitMs).toBeLessThanOrEqual(1001);
    expect(third.waitMs).toBeGreaterThanOrEqual(2000 - took - 1);
    expect(third.waitMs).toBeLessThanOrEqual(2001);
  });
});

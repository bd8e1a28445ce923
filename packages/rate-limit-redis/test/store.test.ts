// The store against a real redis-server, through every supported client: the schedule, the
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

const kinds: ClientKind[] = ["ioredis", "node-redis", "ioredis-v5", "node-redis-v4"];
let keyCount = 0;
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
    const started = performance.now();
    const waits: number[] = [];
    const elapsed: number[] = [];
    for (let i = 0; i < 5; i++) {
      elapsed.push(performance.now() - started);
      const decision = await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: 10_000 });
      expect(decision.ok).toBe(true);
      waits.push(decision.waitMs);
    }
    expect(store.mode).toBe("redis");
    waits.forEach((wait, i) => {
      // Slot i opens 105 ms after slot i-1; the wait is measured from when the call reached Redis.
      expect(wait).toBeLessThanOrEqual(Math.ceil(i * 105) + 1);
      expect(wait).toBeGreaterThanOrEqual(Math.floor(i * 105 - elapsed[i]! - 5));
    });
  });

  it("reserves on every rule or on none when the caller cannot wait that long", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0 });
    const key = freshKey();
    const requests = rule("requests", 100); // a slot every 10 ms
    const posts = rule("posts", 2); // a slot every 500 ms
    expect(await store.reserve({ key, rules: [requests, posts], maxWaitMs: 5000 })).toEqual({ ok: true, waitMs: 0 });
    const second = await store.reserve({ key, rules: [requests, posts], maxWaitMs: 5000 });
    expect(second.ok).toBe(true);
    expect(second.waitMs).toBeGreaterThan(480);
    const third = await store.reserve({ key, rules: [requests, posts], maxWaitMs: 100 });
    expect(third.ok).toBe(false);
    expect(third.waitMs).toBeGreaterThan(950);
    expect("pausedUntil" in third).toBe(false);
    // Had the refused POST taken a "requests" slot, this GET would wait about 1 s; it waits for the
    // slot after the second POST, about 0.5 s.
    const get = await store.reserve({ key, rules: [requests], maxWaitMs: 5000 });
    expect(get.ok).toBe(true);
    expect(get.waitMs).toBeGreaterThan(480);
    expect(get.waitMs).toBeLessThan(560);
  });

  it("holds every call on a key until a pause ends, and a shorter pause cannot cut it short", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client });
    const other = createRedisRateLimitStore({ redis: redis.client }); // another process, in effect
    const key = freshKey();
    const until = Date.now() + 600;
    await store.pause(key, until);
    await other.pause(key, Date.now() + 100); // a later, shorter answer must not shorten the pause
    const refused = await other.reserve({ key, rules: [rule("requests", 1000)], maxWaitMs: 100 });
    expect(refused).toMatchObject({ ok: false, pausedUntil: until });
    expect(refused.waitMs).toBeGreaterThan(400);
    expect(refused.waitMs).toBeLessThanOrEqual(600);
    const held = await other.reserve({ key, rules: [rule("requests", 1000)], maxWaitMs: 10_000 });
    expect(held.ok).toBe(true);
    expect(held.waitMs).toBeGreaterThan(400);
    const pttl = Number(await redis.raw(["PTTL", `factify:rate-limit:{${key}}:pause`]));
    expect(pttl).toBeGreaterThan(300);
    expect(pttl).toBeLessThanOrEqual(600);
    // Another key is not paused.
    expect(await other.reserve({ key: freshKey(), rules: [rule("requests", 1000)], maxWaitMs: 0 })).toEqual({ ok: true, waitMs: 0 });
  });

  it("accepts a caller that can wait without limit (maxWaitMs: Infinity)", async () => {
    const store = createRedisRateLimitStore({ redis: redis.client });
    const key = freshKey();
    await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: Number.POSITIVE_INFINITY });
    const second = await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: Number.POSITIVE_INFINITY });
    expect(second.ok).toBe(true);
    expect(second.waitMs).toBeGreaterThan(50);
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
    await store.reserve({ key, rules: [rule("requests", 10), rule("posts", 2)], maxWaitMs: 0 });
    await store.pause(key, Date.now() + 5000);
    const keys = (await redis.raw(["KEYS", `${prefix}*`])) as string[];
    expect(keys.sort()).toEqual([`${prefix}{${key}}:pause`, `${prefix}{${key}}:rule:posts`, `${prefix}{${key}}:rule:requests`]);
    const ttl = async (k: string) => Number(await redis.raw(["PTTL", k]));
    expect(await ttl(`${prefix}{${key}}:rule:requests`)).toBeGreaterThan(0);
    expect(await ttl(`${prefix}{${key}}:rule:requests`)).toBeLessThanOrEqual(101);
    expect(await ttl(`${prefix}{${key}}:rule:posts`)).toBeLessThanOrEqual(501);
    expect(await ttl(`${prefix}{${key}}:pause`)).toBeLessThanOrEqual(5000);
  });

  it("loads its script again after the server forgot it (SCRIPT FLUSH, as after a restart)", async () => {
    const warn = vi.fn();
    const store = createRedisRateLimitStore({ redis: redis.client });
    store.attach({ warn });
    const key = freshKey();
    await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: 0 });
    await redis.raw(["SCRIPT", "FLUSH"]);
    const after = await store.reserve({ key, rules: [rule("requests", 10)], maxWaitMs: 10_000 });
    expect(after.ok).toBe(true);
    expect(after.waitMs).toBeGreaterThan(50); // still the shared schedule, not a fresh local one
    expect(store.mode).toBe("redis");
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps one schedule for hosts whose clocks disagree: time comes from the Redis server", async () => {
    const a = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0 });
    const b = createRedisRateLimitStore({ redis: redis.client, safetyMargin: 0 });
    const key = freshKey();
    const rules = [rule("requests", 10)]; // a slot every 100 ms
    const real = Date.now.bind(Date);
    const first = await a.reserve({ key, rules, maxWaitMs: 10_000 });
    vi.spyOn(Date, "now").mockImplementation(() => real() + 3_600_000); // host b runs an hour ahead
    const second = await b.reserve({ key, rules, maxWaitMs: 10_000 });
    vi.spyOn(Date, "now").mockImplementation(() => real() - 3_600_000); // host c an hour behind
    const third = await a.reserve({ key, rules, maxWaitMs: 10_000 });
    expect(first).toEqual({ ok: true, waitMs: 0 });
    expect(second.waitMs).toBeGreaterThan(85);
    expect(second.waitMs).toBeLessThanOrEqual(100);
    expect(third.waitMs).toBeGreaterThan(185);
    expect(third.waitMs).toBeLessThanOrEqual(200);
  });
});

// The store wired into @factify/core's client, the way applications use it:
//   createFactify({ rateLimit: pacing({ requestsPerWindow, postsPerWindow, windowMs, store }) })
import { createFactify, debugLog, type FactifyClient, pacing, type RateLimitStore, RateLimitError, request } from "@factify/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRedisRateLimitStore } from "../src/index";
import { connect, type TestClient } from "./support/clients";
import { busiestWindow, type CountingServer, startCountingServer } from "./support/counting-server";
import { type RedisServer, startRedisServer } from "./support/redis-server";

const TOKEN = "fy_test_secret_token_that_must_never_reach_redis";
let redisServer: RedisServer;
const connections: TestClient[] = [];

beforeAll(async () => {
  redisServer = await startRedisServer();
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  await redisServer?.close();
});

interface ClientOptions {
  windowMs: number;
  requestsPerWindow: number;
  postsPerWindow: number;
  prefix: string;
  /** Also the longest a held call may wait for its slot (core's maxWaitMs is at most this). */
  maxRetryAfter?: number;
  /** The `warn` of the console-shaped logger given to `debugLog`. */
  warn?: (...args: unknown[]) => void;
  /** How long the store waits for Redis before pacing locally (300 ms unless a test needs Redis itself). */
  fallbackAfterMs?: number;
}

async function client(server: CountingServer, options: ClientOptions): Promise<FactifyClient> {
  const redis = await connect(connections.length % 2 ? "node-redis" : "ioredis", redisServer.url);
  connections.push(redis);
  const store: RateLimitStore = createRedisRateLimitStore({ redis: redis.client, prefix: options.prefix, fallbackAfterMs: options.fallbackAfterMs ?? 300 });
  return createFactify({
    bearerAuth: TOKEN,
    serverURL: server.url.replace(/\/v1\/ping$/, ""),
    rateLimit: pacing({ requestsPerWindow: options.requestsPerWindow, postsPerWindow: options.postsPerWindow, windowMs: options.windowMs, store }),
    retryConfig: { maxRetries: 3, maxRetryAfter: options.maxRetryAfter ?? 5000 },
    ...(options.warn ? { debugLogger: debugLog({ debug: () => {}, warn: options.warn }) } : {}),
  });
}

const ping = (c: FactifyClient) => request(c, { method: "GET", path: "/v1/ping" });
const post = (c: FactifyClient) => request(c, { method: "POST", path: "/v1/ping", body: { kind: "json", value: {} } });

describe("createFactify with a Redis store", () => {
  it("paces two clients on one token as one: no window over the limit at the server", async () => {
    const server = await startCountingServer();
    try {
      const prefix = `it-${Date.now()}:`;
      // 30 calls, a slot every 210 ms: the last waits about 6 s, within maxRetryAfter.
      const a = await client(server, { windowMs: 4000, requestsPerWindow: 20, postsPerWindow: 5, prefix, maxRetryAfter: 30_000 });
      const b = await client(server, { windowMs: 4000, requestsPerWindow: 20, postsPerWindow: 5, prefix, maxRetryAfter: 30_000 });
      const calls = Array.from({ length: 30 }, (_, i) => ping(i % 2 ? a : b));
      await Promise.all(calls);
      expect(server.arrivals).toHaveLength(30);
      expect(busiestWindow(server.arrivals, 4000).count).toBeLessThanOrEqual(20);
      // Keys are namespaced by a hash of the token, never the token.
      const keys = (await connections[0]!.raw(["KEYS", `${prefix}*`])) as string[];
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });

  it("counts POSTs against both rules", async () => {
    const server = await startCountingServer();
    try {
      const c = await client(server, { windowMs: 2000, requestsPerWindow: 100, postsPerWindow: 2, prefix: `it-post-${Date.now()}:` });
      const started = performance.now();
      await Promise.all([post(c), post(c), post(c)]);
      // Two POSTs per 2 s: the third leaves about a second after the first.
      expect(performance.now() - started).toBeGreaterThan(900);
    } finally {
      await server.close();
    }
  });

  it("fails a call it cannot send in time with RateLimitError (sent: false) after a 429 seen by another client", async () => {
    // Retry-After: 120 s, far beyond maxRetryAfter (5 s): the first call fails at once and pauses the key.
    const server = await startCountingServer((n) => (n === 1 ? 120 : undefined));
    try {
      const prefix = `it-429-${Date.now()}:`;
      // What b must learn, it learns through Redis: on a loaded machine a 300 ms answer budget could
      // send a's store to local pacing, and its pause would then stay in a's process.
      const a = await client(server, { windowMs: 1000, requestsPerWindow: 20, postsPerWindow: 5, prefix, fallbackAfterMs: 5000 });
      const b = await client(server, { windowMs: 1000, requestsPerWindow: 20, postsPerWindow: 5, prefix, fallbackAfterMs: 5000 });
      const refused = await ping(a).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitError);
      expect((refused as RateLimitError).sent).toBe(true);
      // The client records the server's pause without waiting for Redis (the call has already failed),
      // and b talks to Redis over its own connection: wait until the pause is there, as a second process would.
      await vi.waitFor(async () => expect(await connections[0]!.raw(["KEYS", `${prefix}*pause*`])).not.toHaveLength(0), { timeout: 5000 });
      const held = await ping(b).catch((error: unknown) => error);
      expect(held).toBeInstanceOf(RateLimitError);
      expect((held as RateLimitError).sent).toBe(false);
      // Held until the reset the server gave a's call (120 s), which b learnt through Redis alone.
      const resetIn = (held as RateLimitError).resetAt!.getTime() - Date.now();
      expect(resetIn).toBeGreaterThan(100_000);
      expect(resetIn).toBeLessThanOrEqual(120_000);
      expect(server.arrivals).toHaveLength(1); // b's call never reached the server
    } finally {
      await server.close();
    }
  });

  it("keeps calls going when Redis is down, and warns once through the client's logger", async () => {
    const server = await startCountingServer();
    try {
      const warn = vi.fn();
      const c = await client(server, { windowMs: 1000, requestsPerWindow: 50, postsPerWindow: 5, prefix: `it-down-${Date.now()}:`, warn });
      await ping(c);
      await redisServer.kill();
      try {
        await Promise.all(Array.from({ length: 5 }, () => ping(c)));
      } finally {
        await redisServer.start();
      }
      expect(server.arrivals).toHaveLength(6);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/Redis did not answer/);
    } finally {
      await server.close();
    }
  });
});

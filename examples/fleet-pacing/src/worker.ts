// One worker process of the fleet. This is the part an application writes: its own Redis client,
// the Redis store, and a Factify client that paces every call on that store.
import { createFactify, debugLog, pacing, request } from "@factify/core";
import { createRedisRateLimitStore } from "@factify/rate-limit-redis";
import { Redis } from "ioredis";

const { REDIS_URL, API_URL, FACTIFY_TOKEN, CALLS } = process.env as Record<string, string>;

// Connected before the first call: a client still connecting counts as a Redis that does not answer.
const redis = new Redis(REDIS_URL!, { lazyConnect: true });
await redis.connect();

const factify = createFactify({
  bearerAuth: FACTIFY_TOKEN,
  serverURL: API_URL,
  rateLimit: pacing({
    requestsPerWindow: 40,
    windowMs: 4000,
    // fallbackAfterMs: how long a call waits for Redis before this process paces itself alone (default
    // 100 ms; this example also runs on busy CI machines). safetyMargin: the part of each window kept
    // free for calls that leave late; the default 5% is 3 s of a real one-minute window, but only 200 ms
    // of this example's 4 s one, less than a busy machine's timers can be late.
    store: createRedisRateLimitStore({ redis, prefix: "fleet-pacing:", fallbackAfterMs: 500, safetyMargin: 0.1 }),
  }),
  // The store's warnings (Redis did not answer: this process paces alone) reach the application's
  // logger through the client's debug logger. Request summaries (`debug`) are left out here: 60 calls.
  debugLogger: debugLog({ debug() {}, warn: (...args: unknown[]) => console.warn(...args) }),
});

let ok = 0;
let failed = 0;
await Promise.all(
  Array.from({ length: Number(CALLS) }, async () => {
    try {
      await request(factify, { method: "GET", path: "/v1beta/quota" });
      ok++;
    } catch (error) {
      failed++;
      console.error(String(error));
    }
  }),
);
redis.disconnect();
process.send?.({ ok, failed }, () => process.exit(0));

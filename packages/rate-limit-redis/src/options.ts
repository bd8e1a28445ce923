// What an application passes to createRedisRateLimitStore, and the checks that reject a wrong value
// when the store is created, naming the option, instead of on the first call.

/**
 * The application's connected Redis client: an ioredis `Redis` (or `Cluster`) or a node-redis
 * `createClient()` (v4 to v6). The store sends commands through it and never connects, closes or
 * configures it.
 */
export type RedisClientLike = { evalsha(...args: never[]): unknown } | { evalSha(...args: never[]): unknown };

/** Options of createRedisRateLimitStore. */
export interface RedisRateLimitStoreOptions {
  /** The application's connected client (ioredis or node-redis). */
  readonly redis: RedisClientLike;
  /**
   * Start of every key the store writes, default `"factify:rate-limit:"`. Give each application or
   * environment that shares one Redis but not one API key its own prefix.
   */
  readonly prefix?: string | undefined;
  /**
   * How long a call waits for Redis before it is paced by this process alone, default 100 ms.
   * Redis down, slow or restarting costs a call at most this much.
   */
  readonly fallbackAfterMs?: number | undefined;
  /** While Redis is away, the least time between two checks of whether it answers again, default 1000 ms. */
  readonly probeIntervalMs?: number | undefined;
  /**
   * Part of each window kept free for network and timer jitter, default 0.05: a rule of 100 per 60 s is
   * paced as 100 per 63 s, so a call that leaves up to 3 s after its slot still cannot put the server's
   * count of arrivals over the limit.
   */
  readonly safetyMargin?: number | undefined;
}

/** The options with defaults applied. */
export interface ResolvedOptions {
  readonly prefix: string;
  readonly fallbackAfterMs: number;
  readonly probeIntervalMs: number;
  readonly safetyMargin: number;
}

const WHERE = "createRedisRateLimitStore:";

/** Applies defaults, or throws a TypeError naming the first option that is wrong. */
export function resolveOptions(options: RedisRateLimitStoreOptions): ResolvedOptions {
  if (options === null || typeof options !== "object") throw new TypeError(`${WHERE} options must be an object with a \`redis\` client`);
  if (options.redis === null || typeof options.redis !== "object") {
    throw new TypeError(`${WHERE} \`redis\` is required: pass your connected ioredis or node-redis client`);
  }
  const prefix = options.prefix ?? "factify:rate-limit:";
  if (typeof prefix !== "string") throw new TypeError(`${WHERE} \`prefix\` must be a string`);
  return {
    prefix,
    fallbackAfterMs: positive(options.fallbackAfterMs, 100, "fallbackAfterMs"),
    probeIntervalMs: positive(options.probeIntervalMs, 1000, "probeIntervalMs"),
    safetyMargin: fraction(options.safetyMargin, 0.05, "safetyMargin"),
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isFinite(value) && value > 0)) {
    throw new TypeError(`${WHERE} \`${name}\` must be a positive number of milliseconds (got ${String(value)})`);
  }
  return value;
}

function fraction(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && value >= 0 && value < 1)) {
    throw new TypeError(`${WHERE} \`${name}\` must be a number from 0 up to (not including) 1 (got ${String(value)})`);
  }
  return value;
}

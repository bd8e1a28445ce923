// API snapshot of @factify/rate-limit-redis "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export RedisClientLike
type RedisClientLike = {
    evalsha(...args: never[]): unknown;
} | {
    evalSha(...args: never[]): unknown;
};

// export RedisRateLimitStore
interface RedisRateLimitStore extends RateLimitStore {
    readonly mode: "redis" | "local";
    reserve(request: RateLimitReservation): Promise<RateLimitDecision>;
    pause(key: string, untilMs: number): Promise<void>;
    attach(context: {
        warn(message: string): void;
    }): void;
}

// export RedisRateLimitStoreOptions
interface RedisRateLimitStoreOptions {
    readonly redis: RedisClientLike;
    readonly prefix?: string | undefined;
    readonly fallbackAfterMs?: number | undefined;
    readonly probeIntervalMs?: number | undefined;
    readonly safetyMargin?: number | undefined;
}

// export createRedisRateLimitStore
function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RedisRateLimitStore;

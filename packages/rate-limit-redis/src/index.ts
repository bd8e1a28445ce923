export { createRedisRateLimitStore, type RedisRateLimitStore } from "./create-redis-rate-limit-store";
export type { RedisClientLike, RedisRateLimitStoreOptions } from "./options";
export type { RateLimitDecision, RateLimitReservation, RateLimitRule, RateLimitStore } from "./core-types";

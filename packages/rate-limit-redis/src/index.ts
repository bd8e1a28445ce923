// Public surface of @factify/rate-limit-redis. The pacing contract types (RateLimitStore & co.)
// belong to @factify/core: applications import them from there.
export { createRedisRateLimitStore, type RedisRateLimitStore } from "./create-redis-rate-limit-store";
export type { RedisClientLike, RedisRateLimitStoreOptions } from "./options";

// The store is called by core with values core built, but it is also a public object: a wrong value
// must fail here, naming the field, rather than become a NaN schedule written to Redis for everyone.
import type { RateLimitReservation } from "@factify/core";

const PREFIX = "@factify/rate-limit-redis reserve():";

/** Throws a TypeError naming the first invalid field of `request`; returns nothing when it is usable. */
export function checkReservation(request: RateLimitReservation): void {
  if (request === null || typeof request !== "object") throw new TypeError(`${PREFIX} the reservation must be an object`);
  checkKey(request.key, "key");
  if (!(typeof request.maxWaitMs === "number" && request.maxWaitMs >= 0)) {
    throw new TypeError(`${PREFIX} maxWaitMs must be a number >= 0 (got ${String(request.maxWaitMs)})`);
  }
  if (!Array.isArray(request.rules) || request.rules.length === 0) {
    throw new TypeError(`${PREFIX} rules must be a non-empty array`);
  }
  const names = new Set<string>();
  request.rules.forEach((rule, i) => {
    if (typeof rule?.name !== "string" || rule.name === "") throw new TypeError(`${PREFIX} rules[${i}].name must be a non-empty string`);
    if (names.has(rule.name)) throw new TypeError(`${PREFIX} rules[${i}].name "${rule.name}" appears twice`);
    names.add(rule.name);
    if (!(Number.isInteger(rule.limit) && rule.limit > 0)) {
      throw new TypeError(`${PREFIX} rules[${i}].limit must be a positive integer (got ${String(rule.limit)})`);
    }
    if (!(Number.isFinite(rule.windowMs) && rule.windowMs > 0)) {
      throw new TypeError(`${PREFIX} rules[${i}].windowMs must be a positive number (got ${String(rule.windowMs)})`);
    }
  });
}

/** Throws a TypeError unless `key` is a non-empty string (the hash core derives from a token). */
export function checkKey(key: unknown, field: string, where = PREFIX): asserts key is string {
  if (typeof key !== "string" || key === "") throw new TypeError(`${where} ${field} must be a non-empty string`);
}

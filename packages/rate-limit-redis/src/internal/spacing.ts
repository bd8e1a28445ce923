// How far apart two calls counted by one rule must start. A smooth schedule (one slot every
// window/limit) rather than a window's whole budget at once: the API counts arrivals, and a burst
// released at a window edge arrives jittered across two windows (issue 12). The margin stretches each
// window a little so that a call leaving up to `margin × windowMs` later than its slot, while the call
// `limit` slots after it leaves on time, still lands in a window the server has room in.
import type { RateLimitRule } from "@factify/core";

/** Milliseconds between two consecutive slots of `rule` when `margin` of each window is kept free. */
export function slotSpacingMs(rule: RateLimitRule, margin: number): number {
  return (rule.windowMs * (1 + margin)) / rule.limit;
}

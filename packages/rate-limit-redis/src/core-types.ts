// The pacing contract of @factify/core, declared here until this package can import it: these
// declarations mirror core's exported types name for name. At merge they become
// `export type { RateLimitRule, RateLimitReservation, RateLimitDecision, RateLimitStore } from "@factify/core";`
// and nothing else in this package changes.

/** One limit the API enforces: at most `limit` requests arriving in any window of `windowMs`. */
export interface RateLimitRule {
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

/** What a client asks its store before sending one call. */
export interface RateLimitReservation {
  /** Namespace of the budget: a hex SHA-256 (or similar one-way hash) of the token used for the call; never the token. */
  readonly key: string;
  /** The rules this call counts against ("requests" for every call; "posts" too for a POST). */
  readonly rules: readonly RateLimitRule[];
  /** Longest the caller can wait. When the earliest slot is later than this, the store reserves NOTHING. */
  readonly maxWaitMs: number;
}

/**
 * The store's answer: `ok: true` means a slot is reserved and the call may be sent after `waitMs` (0 = now);
 * `ok: false` means nothing was reserved, `waitMs` is the earliest wait, and `pausedUntil` (epoch ms) is set
 * when a pause the server asked for is the reason.
 */
export type RateLimitDecision =
  | { readonly ok: true; readonly waitMs: number }
  | { readonly ok: false; readonly waitMs: number; readonly pausedUntil?: number };

/** Shared storage for pacing (memory by default; @factify/rate-limit-redis for a fleet). */
export interface RateLimitStore {
  reserve(request: RateLimitReservation): RateLimitDecision | Promise<RateLimitDecision>;
  /** The server said the key has no requests left until `untilMs` (epoch ms): hold every call on `key` until then. */
  pause(key: string, untilMs: number): void | Promise<void>;
  /** Optional: called once per client that uses the store, with a way to warn (the client's logger or console.warn). */
  attach?(context: { warn(message: string): void }): void;
}

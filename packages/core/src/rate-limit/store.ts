// Where opt-in pacing keeps its schedule: the small interface a fleet can back with shared storage,
// and the in-process store used when no other is given.
//
// The memory store hands out send times ("slots") so that no window of `windowMs` ever holds more
// than `limit` of them, counted as the server counts: by arrival, not by when a slot was granted.
// Slots are also spread out: a tenth of a rule's budget at most in any tenth of its window, rather
// than the whole window's budget at once, so network jitter cannot bunch a burst into an over-limit
// window at the server. Under saturation the two rules still let through the full `limit` per window.

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
 * The store's answer. `ok: true`: a slot is reserved, send after `waitMs` (0 = now). `ok: false`:
 * nothing reserved; `waitMs` is the earliest wait, and `pausedUntil` (epoch ms) is set when a server
 * pause is the reason.
 */
export type RateLimitDecision =
  | { readonly ok: true; readonly waitMs: number }
  | { readonly ok: false; readonly waitMs: number; readonly pausedUntil?: number | undefined };

/** Shared storage for pacing (memory by default; @factify/rate-limit-redis for a fleet). */
export interface RateLimitStore {
  reserve(request: RateLimitReservation): RateLimitDecision | Promise<RateLimitDecision>;
  /** The server said the key has no requests left until `untilMs` (epoch ms): hold every call on `key` until then. */
  pause(key: string, untilMs: number): void | Promise<void>;
  /** Optional: called once per client that uses the store, with a way to warn (the client's logger or console.warn). */
  attach?(context: { warn(message: string): void }): void;
}

/**
 * The earliest time at or after `at` where one more slot keeps every window of `windowMs` within
 * `count` slots, given the sorted `slots` already handed out. Each run of `count` consecutive slots
 * closer together than `windowMs` forbids the open interval (last - windowMs, first + windowMs); those
 * intervals come in order of both ends, so one pass that jumps past each one it is inside finds it.
 */
function earliestFree(slots: readonly number[], at: number, count: number, windowMs: number): number {
  for (let i = 0; i + count <= slots.length; i++) {
    const first = slots[i]!;
    const last = slots[i + count - 1]!;
    if (at <= last - windowMs) break;
    if (last - first < windowMs) at = Math.max(at, first + windowMs);
  }
  return at;
}

/** A GCRA-like store kept in this process: smooth slots, never more than `limit` in any window. */
export function createMemoryRateLimitStore(): RateLimitStore {
  // Per `key rule`: sorted slot times no older than that rule's window. Per key: the server's pause.
  const schedules = new Map<string, { slots: number[]; windowMs: number }>();
  const pauses = new Map<string, number>();

  // Forgets keys nobody used for a window, so that rotating tokens cannot grow the maps for ever.
  // Runs when a new key shows up, which is when there can be something to forget.
  const sweep = (now: number) => {
    for (const [id, s] of schedules) if (!(s.slots.at(-1)! > now - s.windowMs)) schedules.delete(id);
    for (const [key, until] of pauses) if (until <= now) pauses.delete(key);
  };

  return {
    reserve({ key, rules, maxWaitMs }) {
      const now = Date.now();
      const pausedUntil = pauses.get(key) ?? 0;
      const ids = rules.map(({ name }) => `${key} ${name}`);
      if (!ids.every((id) => schedules.has(id))) sweep(now);
      const lists = rules.map(({ windowMs }, i) => {
        const id = ids[i]!;
        const schedule = schedules.get(id) ?? { slots: [], windowMs };
        schedules.set(id, schedule);
        const { slots } = schedule;
        schedule.windowMs = windowMs;
        // Stryker disable next-line EqualityOperator: a slot exactly a window old blocks nothing either way; this only frees memory.
        while (slots[0]! <= now - windowMs) slots.shift();
        return slots;
      });
      // A later time suits one rule but may break another: go round until every rule accepts it.
      // Times only grow and each jump lands past a slot, so this ends.
      let at = Math.max(now, pausedUntil);
      for (let moved = true; moved; ) {
        moved = false;
        rules.forEach(({ limit, windowMs }, i) => {
          const burst = Math.ceil(limit / 10);
          const next = earliestFree(lists[i]!, earliestFree(lists[i]!, at, limit, windowMs), burst, (windowMs * burst) / limit);
          if (next > at) {
            at = next;
            moved = true;
          }
        });
      }
      const waitMs = at - now;
      if (waitMs > maxWaitMs) return pausedUntil - now > maxWaitMs ? { ok: false, waitMs, pausedUntil } : { ok: false, waitMs };
      // Mostly appended at the end, where sorting an already sorted array costs one pass.
      for (const slots of lists) {
        slots.push(at);
        slots.sort((a, b) => a - b);
      }
      return { ok: true, waitMs };
    },
    pause(key, untilMs) {
      pauses.set(key, Math.max(untilMs, pauses.get(key) ?? 0));
    },
  };
}

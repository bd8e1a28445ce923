// The emulator's notion of time. Tests inject a source or move the clock forward so that
// rate-limit windows, invite expiry and processing delays pass without waiting.

/** A controllable clock: a base source plus an offset that tests can move. */
export interface Clock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Moves the clock so that `now()` returns `date`. */
  set(date: Date | number): void;
}

/** Creates a clock over `source` (default: the system clock). */
export function createClock(source?: () => Date): Clock {
  const base = source ? () => source().getTime() : () => Date.now();
  let offset = 0;
  return {
    now: () => base() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError("advance(ms) needs a finite, non-negative number");
      offset += ms;
    },
    set(date) {
      offset = (typeof date === "number" ? date : date.getTime()) - base();
    },
  };
}

/** Formats epoch milliseconds as RFC 3339 UTC with millisecond precision. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

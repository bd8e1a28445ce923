// The in-process twin of the Redis script: the same smooth schedule (GCRA with no burst: each rule
// keeps the time its next slot opens), the same all-rules-or-none reservation and the same pause.
// It paces this process alone, which is what the store falls back to while Redis does not answer.
import type { RateLimitDecision, RateLimitReservation } from "@factify/core";
import { slotSpacingMs } from "./spacing";

/** A per-process schedule with the decisions of the Redis script. */
export interface LocalSchedule {
  reserve(request: RateLimitReservation): RateLimitDecision;
  pause(key: string, untilMs: number): void;
  /** The pauses not over yet, as [key, until epoch ms]: to hand to Redis when it answers again. */
  activePauses(): Array<[string, number]>;
}

// Entries whose time has passed mean nothing (a slot time in the past is "now"), so they are dropped
// once the map grows past this, keeping memory bounded by the keys in use rather than keys ever seen.
const PRUNE_ABOVE = 1024;

/** Creates an empty schedule reading time from `now` (epoch ms). */
export function createLocalSchedule(margin: number, now: () => number = Date.now): LocalSchedule {
  const nextSlot = new Map<string, number>(); // `${key}\n${rule}` -> epoch ms of the rule's next free slot
  const pausedUntil = new Map<string, number>(); // key -> epoch ms

  const prune = (map: Map<string, number>, at: number): void => {
    if (map.size <= PRUNE_ABOVE) return;
    for (const [k, t] of map) if (t <= at) map.delete(k);
  };

  return {
    reserve(request) {
      const t = now();
      let at = t;
      const pause = pausedUntil.get(request.key) ?? 0;
      if (pause > at) at = pause;
      const ids = request.rules.map((rule) => `${request.key}\n${rule.name}`);
      for (const id of ids) at = Math.max(at, nextSlot.get(id) ?? 0);
      const waitMs = Math.ceil(at - t);
      if (at - t > request.maxWaitMs) {
        // Reserve nothing: the caller fails fast or asks again later.
        return at === pause ? { ok: false, waitMs, pausedUntil: pause } : { ok: false, waitMs };
      }
      request.rules.forEach((rule, i) => {
        nextSlot.set(ids[i]!, at + slotSpacingMs(rule, margin));
      });
      prune(nextSlot, t);
      return { ok: true, waitMs };
    },
    pause(key, untilMs) {
      if (untilMs > (pausedUntil.get(key) ?? 0)) pausedUntil.set(key, untilMs);
      prune(pausedUntil, now());
    },
    activePauses() {
      const t = now();
      return [...pausedUntil].filter(([, until]) => until > t);
    },
  };
}

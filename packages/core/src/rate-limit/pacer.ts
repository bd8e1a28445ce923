// What the request path asks before sending a call and tells after every response. The server's
// pauses are always obeyed (reactive.ts); with `rateLimit: {...}` calls are also paced ahead of
// time through a RateLimitStore (scheduler.ts).
import { fail } from "../internal/options";
import type { FactifyOptions, HttpMethod } from "../types";
import { holdUntil, serverPauseUntil } from "./reactive";
import { SCHEDULER, type Scheduler } from "./scheduler-key";

/** Rate limiting of one client, for the request path. */
export interface Pacer {
  /**
   * Admit one call. `undefined` = send now (no promise on the fast path). A promise resolves when it
   * may be sent, rejects with a RateLimitError (not sent; `retryAfterMs`, reset time, message says
   * the client held it because of the server's rate limit and did not send it) when it cannot be
   * sent within `maxWaitMs`, and rejects with the signal's reason when `signal` aborts while waiting.
   */
  admit(call: { method: HttpMethod; token: string; maxWaitMs: number; signal: AbortSignal }): Promise<void> | undefined;
  /** Sees every HTTP response (status 429, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After). */
  observe(call: { method: HttpMethod; token: string }, status: number, headers: Headers): void;
}

/** The pacer of one client: reactive only when `options` is absent or false, paced through a store when it is an object. */
export function createPacer(options: FactifyOptions["rateLimit"], warn: (message: string) => void): Pacer {
  // Until when the server said no calls (`all`) or no POSTs (`posts`) may be sent. A pause seen on
  // a POST's response holds POSTs only: the POST budget may be all that ran out, and if the shared
  // one did too, the next other call learns it from its own answer.
  let all = 0;
  let posts = 0;
  const schedule = options ? (options as { [SCHEDULER]?: Scheduler })[SCHEDULER] : undefined;
  if (options && !schedule) fail("rateLimit", "must be made by pacing(), e.g. rateLimit: pacing({ requestsPerWindow: 600 })");
  const paced = options ? schedule!(options, warn) : undefined;
  return {
    admit(call) {
      const now = Date.now();
      const until = Math.max(all, call.method === "POST" ? posts : 0);
      // Held by the server longer than the call may wait: fail before taking a slot it would not use.
      if (paced && until - now <= call.maxWaitMs) return paced(call, until, now);
      if (until > now) return holdUntil(until, now, call.maxWaitMs, call.signal, true);
    },
    observe(call, status, headers) {
      const until = serverPauseUntil(status, headers, Date.now());
      if (until === undefined) return;
      if (call.method !== "POST") all = Math.max(all, until);
      else posts = Math.max(posts, until);
      // A store cannot tell methods apart: there the pause holds every call on the key, fleet-wide.
      paced?.pause(call.token, until);
    },
  };
}

// Opt-in pacing: every call takes a slot from a RateLimitStore before it is sent, under a one-way
// hash of its token, so no store (a shared Redis included) ever sees a token. A call whose slot is
// further away than it may wait fails at once, unsent, like a call the server holds.
import type { FactifyOptions, Pacing, RateLimitOptions } from "../types";
import { type PacedCall, SCHEDULER, type Scheduler } from "./scheduler-key";
import { heldError, holdUntil } from "./reactive";
import { createMemoryRateLimitStore, type RateLimitDecision, type RateLimitRule } from "./store";

type Call = PacedCall;
type Decision = RateLimitDecision | Promise<RateLimitDecision>;

/**
 * Proactive pacing through the store (the memory store unless one is given). Returns the admit step
 * of the pacer for calls the server does not hold longer than they may wait, and `pause`, which
 * writes a server pause to the store.
 */
export function createScheduler(
  { requestsPerWindow = 1000, postsPerWindow = 100, windowMs = 60_000, store = createMemoryRateLimitStore() }: Exclude<FactifyOptions["rateLimit"], false | undefined>,
  warn: (message: string) => void,
) {
  store.attach?.({ warn });
  const requests: RateLimitRule = { name: "requests", limit: requestsPerWindow, windowMs };
  const forPost = [requests, { name: "posts", limit: postsPerWindow, windowMs }];

  // The key of the last token seen (a provider may rotate tokens): a string once hashed, a promise before.
  let lastToken: string | undefined;
  let lastKey: string | Promise<string> | undefined;
  const keyOf = (token: string): string | Promise<string> => {
    if (token !== lastToken) {
      lastToken = token;
      // Kept only if the token is still the last one when its hash arrives.
      lastKey = hashToken(token).then((key) => (token === lastToken ? (lastKey = key) : key));
    }
    return lastKey!;
  };

  // A store that fails must not fail calls (a shared store should fall back on its own): the call
  // goes unpaced, still under the server's holds, and the client warns once per outage.
  let failing = false;
  const fail = (error: unknown): RateLimitDecision => {
    if (!failing) warn(`@factify/core: the rate-limit store failed (${String(error)}); calls go unpaced until it answers`);
    failing = true;
    return { ok: true, waitMs: 0 };
  };
  const answered = (decision: RateLimitDecision) => {
    failing = false;
    return decision;
  };
  const reserve = (key: string, { method, maxWaitMs }: Call): Decision => {
    try {
      const decision = store.reserve({ key, rules: method === "POST" ? forPost : [requests], maxWaitMs });
      return "then" in decision ? decision.then(answered, fail) : answered(decision);
    } catch (error) {
      return fail(error);
    }
  };

  const admit = (call: Call, heldUntil: number, now: number): Promise<void> | undefined => {
    const { maxWaitMs, signal } = call;
    const key = keyOf(call.token);
    const decision = typeof key === "string" ? reserve(key, call) : undefined;
    if (decision && "ok" in decision && decision.ok && decision.waitMs <= 0 && heldUntil <= now) return;
    return (async () => {
      // The store's `waitMs` counts from when it was asked.
      let asked = now;
      const answer = await abortable(
        decision ??
          abortable(key, signal).then((k) => {
            asked = Date.now();
            return reserve(k, call);
          }),
        signal,
      );
      const slot = asked + answer.waitMs;
      const at = Date.now();
      if (!answer.ok) throw heldError(answer.pausedUntil ?? slot, at, maxWaitMs, answer.pausedUntil !== undefined);
      // Past the checks above only a store that broke its word (a slot later than maxWaitMs) fails here.
      return holdUntil(Math.max(slot, heldUntil), at, maxWaitMs, signal, false);
    })();
  };

  return Object.assign(admit, {
    pause(token: string, until: number) {
      Promise.resolve(keyOf(token))
        .then((key) => store.pause(key, until))
        .catch((error) => warn(`@factify/core: the rate-limit store could not record a pause (${String(error)})`));
    },
  });
}

/**
 * Turns on pacing ahead of time: `createFactify({ rateLimit: pacing({ requestsPerWindow: 600 }) })`.
 * Defaults: 1000 requests and 100 POSTs per 60_000 ms, on a memory store. The options are checked by
 * `createFactify`.
 */
export function pacing(options: RateLimitOptions = {}): Pacing {
  return { ...options, [SCHEDULER]: createScheduler satisfies Scheduler } as never;
}

/** Settles like `value`, or rejects with the signal's reason as soon as it aborts; leaves no listener behind. */
function abortable<T>(value: T | Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort);
    if (signal.aborted) onAbort();
    // Handled even after an abort: a rejection of `value` must not go unhandled.
    Promise.resolve(value)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Hex SHA-256 of the token: the budget's name in a store, which must never hold the token itself. */
async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// What the request path asks before sending a call and tells after every response. The server's
// pauses are always obeyed (reactive.ts); with `rateLimit: {...}` calls are also paced ahead of
// time through a RateLimitStore, under a one-way hash of the token so no store ever sees a token.
import type { FactifyOptions, HttpMethod } from "../types";
import { heldError, holdUntil, serverPauseUntil } from "./reactive";
import { createMemoryRateLimitStore, type RateLimitDecision, type RateLimitRule, type RateLimitStore } from "./store";

/** One call as the pacer sees it. */
export interface PacedCall {
  method: HttpMethod;
  token: string;
}

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
  const paced = options ? createScheduler(options, warn) : undefined;
  return {
    admit(call) {
      const now = Date.now();
      const until = call.method === "POST" && posts > all ? posts : all;
      if (paced) return paced(call, until, now);
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

type Admit = (call: Parameters<Pacer["admit"]>[0], heldUntil: number, now: number) => Promise<void> | undefined;

/** Proactive pacing through the store (the memory store unless one is given). */
function createScheduler(
  { requestsPerWindow = 1000, postsPerWindow = 100, windowMs = 60_000, store = createMemoryRateLimitStore() }: Exclude<FactifyOptions["rateLimit"], false | undefined>,
  warn: (message: string) => void,
): Admit & { pause(token: string, until: number): void } {
  store.attach?.({ warn });
  const requests: RateLimitRule = { name: "requests", limit: requestsPerWindow, windowMs };
  const forPost = [requests, { name: "posts", limit: postsPerWindow, windowMs }];
  const forOthers = [requests];

  // The key of the last token seen (a provider may rotate tokens): a string once hashed, a promise before.
  let lastToken: string | undefined;
  let lastKey: string | Promise<string> = "";
  const keyOf = (token: string): string | Promise<string> => {
    if (token !== lastToken) {
      lastToken = token;
      const hashing: Promise<string> = hashToken(token).then((key) => {
        if (lastKey === hashing) lastKey = key;
        return key;
      });
      lastKey = hashing;
    }
    return lastKey;
  };

  // A store that fails must not fail calls: pace them in this process until it answers again.
  let fallback: RateLimitStore | undefined;
  let failing = false;
  const recover = (request: Parameters<RateLimitStore["reserve"]>[0]) => (error: unknown) => {
    if (!failing) warn(`@factify/core: the rate-limit store failed (${String(error)}); pacing in this process alone until it answers`);
    failing = true;
    return (fallback ??= createMemoryRateLimitStore()).reserve(request) as RateLimitDecision;
  };
  const answered = (decision: RateLimitDecision) => {
    failing = false;
    return decision;
  };
  const reserve = (key: string, method: HttpMethod, maxWaitMs: number): RateLimitDecision | Promise<RateLimitDecision> => {
    const request = { key, rules: method === "POST" ? forPost : forOthers, maxWaitMs };
    try {
      const decision = store.reserve(request);
      return typeof (decision as Promise<unknown>).then === "function"
        ? (decision as Promise<RateLimitDecision>).then(answered, recover(request))
        : answered(decision as RateLimitDecision);
    } catch (error) {
      return recover(request)(error);
    }
  };

  const admit: Admit = (call, heldUntil, now) => {
    const { method, maxWaitMs, signal } = call;
    // Held by the server longer than the call may wait: fail before taking a slot it would not use.
    if (heldUntil - now > maxWaitMs) return holdUntil(heldUntil, now, maxWaitMs, signal, true);
    const key = keyOf(call.token);
    const decision = typeof key === "string" ? reserve(key, method, maxWaitMs) : undefined;
    if (decision && "ok" in decision && decision.ok && decision.waitMs <= 0 && heldUntil <= now) return undefined;
    return (async () => {
      // The store's `waitMs` counts from when it was asked.
      let asked = now;
      const answer = await abortable(
        decision ??
          abortable(key, signal).then((k) => {
            asked = Date.now();
            return reserve(k, method, maxWaitMs);
          }),
        signal,
      );
      const at = Date.now();
      if (!answer.ok) throw heldError(answer.pausedUntil ?? asked + answer.waitMs, at, maxWaitMs, answer.pausedUntil !== undefined);
      const slot = asked + answer.waitMs;
      return holdUntil(Math.max(slot, heldUntil), at, maxWaitMs, signal, heldUntil > slot);
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

/** Settles like `value`, or rejects with the signal's reason as soon as it aborts; leaves no listener behind. */
function abortable<T>(value: T | Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort);
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

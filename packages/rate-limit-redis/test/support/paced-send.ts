// What @factify/core does with a store around one call, reduced to the part these tests need:
// reserve a slot, wait for it, send, and on a 429 pause the key for the whole fleet and try again.
// (Core fails a call it cannot send within maxWaitMs with a RateLimitError; a load-test worker just
// asks again, so that it keeps the fleet saturated.)
import type { RateLimitRule } from "@factify/core";
import type { RedisRateLimitStore } from "../../src/index";

export interface PacedCall {
  readonly store: RedisRateLimitStore;
  readonly key: string;
  readonly rules: readonly RateLimitRule[];
  readonly maxWaitMs: number;
  readonly url: string;
  readonly worker: string;
}

export interface PacedResult {
  readonly status: number;
  /** How much later than its slot the request left (timer and event-loop lateness). */
  readonly lateMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one GET paced by `store`; resolves with the final status (never a 429: those are paused and retried). */
export async function pacedSend(call: PacedCall): Promise<PacedResult> {
  for (;;) {
    const decision = await call.store.reserve({ key: call.key, rules: call.rules, maxWaitMs: call.maxWaitMs });
    if (!decision.ok) {
      await sleep(Math.max(1, Math.min(decision.waitMs, call.maxWaitMs)));
      continue;
    }
    const mode = call.store.mode;
    const slot = performance.now() + decision.waitMs;
    if (decision.waitMs > 0) await sleep(decision.waitMs);
    const lateMs = performance.now() - slot;
    const response = await fetch(call.url, { headers: { "x-worker": call.worker, "x-mode": mode } });
    await response.arrayBuffer();
    if (response.status !== 429) return { status: response.status, lateMs };
    const retryAfter = Number(response.headers.get("retry-after") ?? "1");
    await call.store.pause(call.key, Date.now() + retryAfter * 1000);
  }
}

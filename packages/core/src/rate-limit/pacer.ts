// PLACEHOLDER written by the request-path branch so that it builds on its own: it admits every call at
// once and ignores responses. The rate-limit branch owns this file and replaces it with the real pacer
// (reactive by default, token buckets on request); the interface below is the agreed one.
import type { FactifyOptions, HttpMethod } from "../types";

/** Decides when a call may be sent, from what the server said and (optionally) a shared budget. */
export interface Pacer {
  /** Admit one call: `undefined` = send now; a promise resolves when it may be sent, or rejects (RateLimitError, or the signal's reason). */
  admit(call: { method: HttpMethod; token: string; maxWaitMs: number; signal: AbortSignal }): Promise<void> | undefined;
  /** Sees every HTTP response. */
  observe(call: { method: HttpMethod; token: string }, status: number, headers: Headers): void;
}

/** Placeholder: admits everything at once. */
export function createPacer(_options: FactifyOptions["rateLimit"], _warn: (message: string) => void): Pacer {
  return { admit: () => undefined, observe: () => {} };
}

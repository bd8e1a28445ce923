// An injectable fetch for transport tests: records what the SDK sent and answers from a script.
import { expect } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import type { FetchLike } from "../../src/types";

export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | undefined;
  init: RequestInit;
}

export type Answer = Response | Error | ((sent: SentRequest) => Response | Promise<Response>);

export interface FakeFetch {
  fetch: FetchLike;
  calls: SentRequest[];
}

/** A fetch answering the n-th call with `answers[n]` (the last answer repeats). */
export function fakeFetch(...answers: Answer[]): FakeFetch {
  const calls: SentRequest[] = [];
  const fetch: FetchLike = async (input, init = {}) => {
    const sent: SentRequest = {
      url: String(input),
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: init.body,
      signal: init.signal ?? undefined,
      init,
    };
    calls.push(sent);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (typeof answer === "function") return answer(sent);
    // A Response body can be read once; hand out a copy so a repeated answer still works.
    return answer!.clone();
  };
  return { fetch, calls };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** A fetch answer that never resolves until its signal aborts (then rejects like fetch does). */
export function hang(sent: SentRequest): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = sent.signal;
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/** An error shaped like undici's "connection refused". */
export function refused(): Error {
  return new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) });
}

/** An error shaped like undici's "socket closed after the request was written". */
export function reset(): Error {
  return new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
}

/** Retry settings that keep unit tests fast. */
export const FAST_RETRIES = { initialInterval: 1, maxInterval: 5, maxRetries: 3 } as const;

/** The error `promise` rejects with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

/** The InvalidRequestError `fn` throws synchronously; fails the test when it throws something else or nothing. */
export function invalidRequest(fn: () => unknown): InvalidRequestError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  }
  throw new Error("expected an InvalidRequestError");
}

// The attempt loop of every call: run an attempt, read what came back, ask retry.ts whether and when
// to try again. Each step lives in its own file: attempt.ts, response.ts, ../retry.ts.
import type { FactifyClient } from "../client";
import { type FactifyError, isFactifyError, RequestAbortedError, UnexpectedClientError } from "../errors";
import { markRetryable, planRetry } from "../retry";
import type { RequestOptions } from "../types";
import { type Call, prepareCall, runAttempt } from "./attempt";
import { runCallback } from "./callbacks";
import { readResponse } from "./response";
import { onAbort, sleep, startTimer } from "./signals";
import type { RequestSpec } from "./spec";

/** A call's parsed body with the Response it came from (body already read) and the API's request id. */
export interface Sent<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

/**
 * Sends a well-formed spec (built by `invoke`, or checked by `request`) with retries.
 * @throws FactifyError, always: see `request` for which.
 */
export async function send<T>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): Promise<Sent<T>> {
  const call = prepareCall(client, spec, options);
  const { signal } = call.options;
  try {
    for (let attempt = 1; ; attempt++) {
      const outcome = await runAttempt(call, attempt);
      const { response } = outcome;
      const { value, error } = response ? await readResponse(call, response, outcome.text!) : { value: undefined, error: outcome.error };
      const delayMs =
        error && call.policy && !call.spent ? planRetry(call.policy, spec.method, error, outcome.notSent, attempt, call.deadline - Date.now()) : undefined;
      call.state.log?.response({ ...call.hookRequest, status: response?.status, error, durationMs: Date.now() - outcome.started, retryInMs: delayMs });
      if (!error) return { data: value as T, response: response!, requestId: response!.headers.get("x-request-id") ?? undefined };
      if (delayMs === undefined) throw error;
      await sleep(delayMs, signal).catch(() => {
        throw new RequestAbortedError(signal!.reason);
      });
    }
  } catch (error) {
    throw await settleFailure(call, error);
  }
}

/**
 * Makes the error a call rejects with: a FactifyError with `retryable` set, after the onError hook
 * saw it. The hook runs under the call's timeout and the caller's signal (unless that signal is what
 * ended the call, so that aborted calls reach the hook too).
 */
async function settleFailure(call: Call, thrown: unknown): Promise<FactifyError> {
  const error = markRetryable(isFactifyError(thrown) ? thrown : new UnexpectedClientError(`Unexpected failure: ${(thrown as Error)?.message}`, thrown));
  const { onError } = call.state.hooks;
  // A hook's own failure ends the call as it is, without another hook.
  if (!onError || (error as { source?: string }).source?.startsWith("hooks.")) return error;
  const { signal } = call.options;
  const bounds = new AbortController();
  const stopTimer = startTimer(call.timeoutMs, () => bounds.abort());
  const unlink = signal && !signal.aborted ? onAbort(signal, () => bounds.abort()) : undefined;
  try {
    await runCallback("hooks.onError", () => onError(error, call.hookRequest), bounds.signal);
    return error;
  } catch (hookError) {
    // Timed out or aborted: the call's own error stands.
    return bounds.signal.aborted ? error : markRetryable(hookError as FactifyError);
  } finally {
    stopTimer();
    unlink?.();
  }
}

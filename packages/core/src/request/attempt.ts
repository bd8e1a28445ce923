// One attempt of a call: token, pacing, headers and body, the beforeRequest hook, the exchange and the
// afterResponse hook, all under the attempt's own deadline and the caller's signal. What it cannot
// classify as a timeout or a connection failure is final, and thrown.
import { type ClientState, clientState, type FactifyClient } from "../client";
import { ConnectionError, type FactifyError, isFactifyError, RequestAbortedError, RequestTimeoutError } from "../errors";
import { checkAll, fail, REQUEST_OPTIONS } from "../internal/options";
import { type ResolvedRetryConfig, resolveRetryConfig } from "../retry";
import type { HookRequest, RequestOptions } from "../types";
import { runCallback } from "./callbacks";
import { checkToken, copyHeaders } from "./headers";
import { onAbort, releaseController, startTimer, takeController } from "./signals";
import type { RequestSpec, StreamBody } from "./spec";
import { describeFailure, exchange, NOT_SENT } from "./transport";

/** A call checked and ready for its attempts; `send` keeps one per call. */
export interface Call {
  readonly client: FactifyClient;
  readonly state: ClientState;
  readonly spec: RequestSpec;
  readonly url: string;
  /** The JSON body, serialized once for every attempt. */
  readonly json: string | undefined;
  readonly callHeaders: Headers | undefined;
  readonly options: RequestOptions;
  /** Timeout of one attempt. */
  readonly timeoutMs: number;
  readonly policy: ResolvedRetryConfig | false;
  /** When the retry budget (`maxElapsedTime`) runs out, epoch ms. */
  readonly deadline: number;
  /** The request as hooks and the log see it, for the latest attempt. */
  hookRequest: HookRequest;
  /** The latest token, so that a server echoing it back cannot leak it through an error. */
  token: string | undefined;
  /** Set once a body that cannot be replayed has been handed to fetch. */
  spent: boolean;
}

/** How an attempt ended when no final error was thrown: a response, or a failure to classify for retry. */
export interface Outcome {
  response?: Response;
  /** The body read as text, with `response`. */
  text?: string;
  error?: FactifyError;
  /** The server surely never saw the request (refused, DNS, or it never left the client). */
  notSent: boolean;
  /** When the exchange started, for the log's duration. */
  started: number;
}

/**
 * Checks the caller's options and prepares what every attempt shares.
 * @throws InvalidRequestError naming the option (a header the runtime refuses, a body JSON cannot hold).
 */
export function prepareCall(client: FactifyClient, spec: RequestSpec, options: RequestOptions = {}): Call {
  const state = clientState(client);
  checkAll(options, REQUEST_OPTIONS, "options");
  const { body } = spec;
  let json: string | undefined;
  try {
    json = body?.kind === "json" ? JSON.stringify(body.value) : undefined;
  } catch (cause) {
    fail("body", `is invalid: ${(cause as Error).message}`);
  }
  const policy = resolveRetryConfig(state.retryConfig, options.retries);
  const url = `${client.baseURL}${spec.path}${spec.query ? `?${spec.query}` : ""}`;
  return {
    client,
    state,
    spec,
    url,
    json,
    callHeaders: options.headers && copyHeaders(options.headers),
    options,
    timeoutMs: options.timeoutMs ?? state.timeoutMs,
    policy,
    deadline: Date.now() + (policy ? policy.maxElapsedTime : Infinity),
    // Set by every attempt before anything can fail.
    hookRequest: undefined as never,
    token: undefined,
    spent: false,
  };
}

/**
 * Runs attempt number `attempt` (1-based) of `call`.
 * @throws the final errors: RequestAbortedError when the caller aborted, InvalidRequestError for a bad
 *   token, CallbackError from the token provider or a hook, an upload's own error, a pacing refusal.
 */
export async function runAttempt(call: Call, attempt: number): Promise<Outcome> {
  const { state, spec, url, options, policy, timeoutMs } = call;
  const { method } = spec;
  const { signal } = options;
  const { hooks } = state;
  // Headers stay empty until built; only onError and the log can see them that early.
  const hookRequest: HookRequest = (call.hookRequest = { operationId: spec.operationId, method, url, headers: new Headers(), attempt });
  if (signal?.aborted) throw new RequestAbortedError(signal.reason);
  // The attempt's clock covers the token provider, pacing and hooks as well as the exchange, and it
  // never runs past what is left of the whole retry budget.
  const remaining = call.deadline - Date.now();
  const limit = Math.max(0, Math.min(timeoutMs, remaining));
  const controller = takeController();
  const attemptSignal = controller.signal;
  const unlink = signal ? onAbort(signal, () => controller.abort(signal.reason)) : undefined;
  const stopTimer = startTimer(limit, () => controller.abort());
  const opened = Date.now();
  let started = opened;
  let sending = false;
  let upload: StreamBody | undefined;
  try {
    const token = await runCallback(state.tokenSource, state.token, attemptSignal);
    checkToken(token, state.tokenSource, true);
    call.token = token;
    const maxWaitMs = Math.min(limit - (Date.now() - opened), policy ? policy.maxRetryAfter : Infinity);
    const admitted = state.pacer.admit({ method, token, maxWaitMs, signal: attemptSignal });
    if (admitted) await admitted;
    upload = spec.body?.kind === "stream" ? spec.body.stream(attemptSignal) : undefined;
    // Layered: SDK defaults, body headers, then the caller's (last, so they can override anything).
    const headers = new Headers(state.headers);
    headers.set("Authorization", `Bearer ${token}`);
    if (call.json !== undefined) headers.set("Content-Type", "application/json");
    for (const name in upload?.headers) headers.set(name, upload!.headers[name]!);
    for (const [name, value] of call.callHeaders ?? []) headers.set(name, value);
    hookRequest.headers = headers;
    if (hooks.beforeRequest) await runCallback("hooks.beforeRequest", () => hooks.beforeRequest!(hookRequest), attemptSignal);
    state.log?.request({ ...hookRequest, body: upload ? "[upload body not logged]" : (spec.body as { value?: unknown } | undefined)?.value });
    call.spent ||= upload?.replayable === false;
    sending = true;
    started = Date.now();
    const [response, text] = await exchange(
      state.fetch,
      url,
      { ...options.fetchOptions, method, headers, body: upload ? upload.body : call.json, signal: attemptSignal },
      !!upload,
    );
    state.pacer.observe({ method, token }, response.status, response.headers);
    if (hooks.afterResponse) await runCallback("hooks.afterResponse", () => hooks.afterResponse!(response, hookRequest), attemptSignal);
    return { response, text, notSent: false, started };
  } catch (cause) {
    // The caller's abort wins over every other reading, a POST's included.
    if (signal?.aborted) throw new RequestAbortedError(signal.reason);
    // The upload's own failure says what went wrong better than fetch's generic one, and is final.
    const bodyError = upload?.error?.();
    if (bodyError) throw bodyError;
    if (attemptSignal.aborted) {
      // A timeout at the end of the whole budget reports the budget; no time is left to retry anyway.
      const ms = policy && remaining < timeoutMs ? policy.maxElapsedTime : timeoutMs;
      return { error: new RequestTimeoutError(ms, cause), notSent: !sending, started };
    }
    // Token, pacing, hooks and body factory failures are final; only the exchange is classified.
    if (!sending || isFactifyError(cause)) throw cause;
    const reason = describeFailure(cause);
    const error = new ConnectionError(`${method} ${call.client.baseURL}${spec.path} failed: ${reason}${spec.operationId ? ` [${spec.operationId}]` : ""}`, cause);
    return { error, notSent: NOT_SENT.test(reason), started };
  } finally {
    stopTimer();
    unlink?.();
    releaseController(controller);
  }
}

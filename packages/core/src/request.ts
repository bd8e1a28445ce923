// The low-level call every operation goes through: attempts, the retry loop, timeouts, hooks and logs.
// What a response means lives in internal/response.ts, the retry policy in retry.ts, pacing in
// rate-limit.ts; this file only sequences them.
import type { GenericSchema } from "valibot";
import { type ClientState, clientState, type FactifyClient } from "./client";
import {
  ConnectionError,
  type FactifyError,
  InvalidRequestError,
  RequestAbortedError,
  RequestTimeoutError,
} from "./errors";
import { resolveToken } from "./internal/auth";
import { buildHeaders } from "./internal/headers";
import { type AttemptInfo, logFailure, logRequest, logResponse } from "./internal/log";
import { describeFailure, failedBeforeSending } from "./internal/network-error";
import { checkRequestOptions, checkRequestSpec } from "./internal/options";
import { errorFromResponse, valueFromResponse } from "./internal/response";
import { isTimerDelay, linkSignals, sleep } from "./internal/signals";
import { exchange, TransportFailure } from "./internal/transport";
import { type AttemptFailure, planRetry, type ResolvedRetryConfig, resolveRetryConfig, serverRequestedWait } from "./retry";
import type { HookRequest, HttpMethod, RequestOptions } from "./types";

/** A body produced afresh for each attempt. `replayable: false` means it can be sent only once. */
export interface StreamBody {
  body: BodyInit;
  headers: Record<string, string>;
  replayable: boolean;
}

/** One HTTP request, described at the level of the wire. */
export interface RequestSpec {
  method: HttpMethod;
  /** Expanded and encoded path, e.g. `/v1beta/documents/doc_123`. */
  path: string;
  /** Serialized query string without the leading `?`; may be empty. */
  query?: string;
  /** A JSON value, or a factory called once per attempt for uploads. */
  body?: { kind: "json"; value: unknown } | { kind: "stream"; stream: () => StreamBody };
  /** Named in logs, hook requests and errors. */
  operationId?: string;
  /** Schema a 2xx body must match (skipped when the client has `validate: false`). */
  responseSchema?: GenericSchema;
}

// Wraps an error thrown by a user hook so it leaves the call unchanged: not retried, not logged as a
// transport failure, and not handed to onError (which could loop).
class HookFailure {
  constructor(readonly error: unknown) {}
}

async function runHook<A extends unknown[]>(hook: ((...args: A) => void | Promise<void>) | undefined, ...args: A) {
  if (!hook) return;
  try {
    await hook(...args);
  } catch (error) {
    throw new HookFailure(error);
  }
}

/** Everything fixed for the whole call. */
interface Call {
  state: ClientState;
  spec: RequestSpec;
  options: RequestOptions;
  url: string;
  validate: boolean;
  json: string | undefined;
  policy: ResolvedRetryConfig | false;
  deadline: number;
  timeoutMs: number;
  hookRequest: HookRequest | undefined;
  /** Set once a body that cannot be replayed has been handed to fetch. */
  spentStream: boolean;
}

type AttemptResult = { ok: true; value: unknown } | { ok: false; error: FactifyError; failure?: AttemptFailure };

/**
 * Sends a request through the client: auth, rate limiting, per-attempt timeout, retries, hooks, logging.
 * Resolves with the parsed JSON body (`{}` when empty). Errors from `bearerAuth` functions and hooks
 * end the call unchanged.
 * @throws APIError (or a subclass) for non-2xx responses; ResponseValidationError when a 2xx body is not
 *   JSON or breaks `responseSchema`; ConnectionError, RequestTimeoutError, RequestAbortedError; and
 *   InvalidRequestError, before anything is sent, for bad arguments or a missing token.
 */
export async function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): Promise<T> {
  const state = clientState(client);
  checkRequestSpec(spec);
  checkRequestOptions(options);
  const opts = options ?? {};
  const policy = resolveRetryConfig(state.retryConfig, opts.retries);
  const call: Call = {
    state,
    spec,
    options: opts,
    url: `${client.baseURL}${spec.path}${spec.query ? `?${spec.query}` : ""}`,
    validate: client.validate,
    json: spec.body?.kind === "json" ? serializeJson(spec.body.value) : undefined,
    policy,
    deadline: policy ? Date.now() + policy.maxElapsedTime : Number.POSITIVE_INFINITY,
    timeoutMs: opts.timeoutMs ?? state.timeoutMs,
    hookRequest: undefined,
    spentStream: false,
  };
  try {
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const result = await runAttempt(call, attempt);
      if (result.ok) return result.value as T;
      const plan =
        call.policy && result.failure && !call.spentStream
          ? planRetry(call.policy, spec.method, result.failure, attempt, call.deadline - Date.now())
          : undefined;
      const delayMs = plan?.retry ? plan.delayMs : undefined;
      logFailure(state.logger, attemptInfo(call, attempt), result.error, Date.now() - started, delayMs);
      if (delayMs === undefined) throw result.error;
      try {
        await sleep(delayMs, opts.signal);
      } catch {
        throw new RequestAbortedError(opts.signal?.reason);
      }
    }
  } catch (error) {
    if (error instanceof HookFailure) throw error.error;
    await runHook(state.hooks.onError, error as Error, call.hookRequest ?? hookRequestFor(call, 0)).catch(
      (failure: HookFailure) => {
        throw failure.error;
      },
    );
    throw error;
  }
}

function serializeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (cause) {
    throw new InvalidRequestError(`body cannot be sent as JSON: ${(cause as Error).message}`, { field: "body" });
  }
}

function attemptInfo(call: Call, attempt: number): AttemptInfo {
  return { operationId: call.spec.operationId, method: call.spec.method, url: call.url, attempt };
}

function hookRequestFor(call: Call, attempt: number): HookRequest {
  return { operationId: call.spec.operationId, method: call.spec.method, url: call.url, headers: new Headers(), attempt };
}

async function runAttempt(call: Call, attempt: number): Promise<AttemptResult> {
  const { state, spec, options } = call;
  const userSignal = options.signal;
  if (userSignal?.aborted) throw new RequestAbortedError(userSignal.reason);
  const hookRequest = hookRequestFor(call, attempt);
  call.hookRequest = hookRequest;

  // The attempt's clock covers waiting for a rate-limit token as well as the exchange itself.
  const remaining = call.deadline - Date.now();
  const budgetBound = remaining < call.timeoutMs;
  const limitMs = Math.max(0, Math.min(call.timeoutMs, remaining));
  const timeout = new AbortController();
  const timer = isTimerDelay(limitMs) ? setTimeout(() => timeout.abort(), limitMs) : undefined;
  const linked = linkSignals(timeout.signal, userSignal);
  let sending = false;
  try {
    await state.limiter?.acquire(spec.method, linked.signal).catch((reason) => {
      throw new TransportFailure(reason, false);
    });
    const token = await resolveToken(state.auth);
    const stream = spec.body?.kind === "stream" ? spec.body.stream() : undefined;
    const headers = buildHeaders({
      token,
      userAgent: state.userAgent,
      body: stream ? stream.headers : call.json !== undefined ? { "Content-Type": "application/json" } : undefined,
      call: options.headers,
    });
    hookRequest.headers = headers;
    await runHook(state.hooks.beforeRequest, hookRequest);
    const info = attemptInfo(call, attempt);
    logRequest(state.logger, info, headers, stream ? "[upload body not logged]" : spec.body?.kind === "json" ? spec.body.value : undefined);
    if (stream && !stream.replayable) call.spentStream = true;
    sending = true;
    const started = Date.now();
    const { response, text } = await exchange(state.$fetch, call.url, {
      method: spec.method,
      headers,
      body: stream ? stream.body : call.json,
      signal: linked.signal,
      fetchOptions: options.fetchOptions,
    });
    logResponse(state.logger, info, response.status, Date.now() - started);
    state.limiter?.observe(response.headers);
    await runHook(state.hooks.afterResponse, response, hookRequest);
    if (response.ok) {
      return {
        ok: true,
        value: valueFromResponse(response, text, {
          schema: spec.responseSchema,
          validate: call.validate,
          operationId: spec.operationId,
        }),
      };
    }
    const retryAfterMs = serverRequestedWait(response.status, response.headers);
    return {
      ok: false,
      error: errorFromResponse(response, text, retryAfterMs),
      failure: { kind: "status", status: response.status, retryAfterMs },
    };
  } catch (error) {
    // Token, hook and response-validation errors are final; only waiting and the exchange are classified.
    if (!(error instanceof TransportFailure)) throw error;
    if (userSignal?.aborted) throw new RequestAbortedError(userSignal.reason);
    const cause = error.cause;
    // Still waiting for a rate-limit token, or refused before connecting: the server never saw it.
    const notSent = !sending || (!error.responded && failedBeforeSending(cause));
    if (timeout.signal.aborted) {
      if (budgetBound) return { ok: false, error: new RequestTimeoutError(call.policy ? call.policy.maxElapsedTime : limitMs, cause) };
      return { ok: false, error: new RequestTimeoutError(call.timeoutMs, cause), failure: { kind: "timeout", notSent } };
    }
    return {
      ok: false,
      error: new ConnectionError(`${spec.method} ${new URL(call.url).origin} failed: ${describeFailure(cause)}`, cause),
      failure: { kind: "connection", notSent },
    };
  } finally {
    clearTimeout(timer);
    linked.dispose();
  }
}

// The low-level call every operation goes through: auth, pacing, attempts with their timeouts, the
// retry loop, hooks and logs. The retry policy lives in retry.ts, pacing in rate-limit.ts, the fetch
// call itself in internal/transport.ts; this file sequences them and reads what came back.
import { APIPromise, type Sent } from "./api-promise";
import { clientState, type FactifyClient } from "./client";
import {
  ConnectionError,
  createAPIError,
  type FactifyError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
} from "./errors";
import { describeFailure, NOT_SENT } from "./internal/network-error";
import { check, checkAll, fail, REQUEST_OPTIONS, REQUEST_SPEC } from "./internal/options";
import { MAX_TIMER_MS, releaseController, sleep, takeController } from "./internal/signals";
import { exchange } from "./internal/transport";
import { findIssues } from "./internal/validate";
import { planRetry, resolveRetryConfig, serverRequestedWait } from "./retry";
import type { HookRequest, Hooks, HttpMethod, RequestOptions, StandardSchema } from "./types";

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
  query?: string | undefined;
  /** A JSON value, or a factory called once per attempt for uploads. */
  body?: { kind: "json"; value: unknown } | { kind: "stream"; stream: () => StreamBody } | undefined;
  /** Named in logs, hook requests and errors. */
  operationId?: string | undefined;
  /** Schema a 2xx body must match (skipped when the client has `validate: false`). */
  responseSchema?: StandardSchema | undefined;
}

/**
 * Sends a request through the client: auth, rate limiting, per-attempt timeout, retries, hooks, logging.
 * Resolves with the parsed JSON body (`{}` when empty). Errors from `bearerAuth` functions and hooks
 * end the call unchanged.
 * @throws APIError (or a subclass) for non-2xx responses; ResponseValidationError when a 2xx body is not
 *   JSON or breaks `responseSchema`; ConnectionError, RequestTimeoutError, RequestAbortedError; and
 *   InvalidRequestError, before anything is sent, for bad arguments or a missing token.
 */
export function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): APIPromise<T> {
  return new APIPromise(checkedSend<T>(client, spec, options));
}

async function checkedSend<T>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): Promise<Sent<T>> {
  // `null`, not undefined: a missing spec must fail the object check too.
  checkAll(spec ?? null, REQUEST_SPEC, "spec");
  const { method, path, body } = spec;
  if (!path.startsWith("/")) fail("path", 'must start with "/"');
  if (body && method === "GET") fail("body", "cannot be sent with GET");
  if (body?.kind === "stream") check(body.stream, "*f", "body.stream");
  return send<T>(client, spec, options);
}

/**
 * `request` for specs built by `invoke`, which are well formed by construction: only the caller's
 * options are checked here.
 */
export async function send<T>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): Promise<Sent<T>> {
  const s = clientState(client);
  checkAll(options, REQUEST_OPTIONS, "options");
  const { method, path, body, operationId } = spec;
  const { signal, fetchOptions, timeoutMs = s.timeoutMs } = options ?? {};
  let json: string | undefined;
  let callHeaders: Headers | undefined;
  let field = "body";
  try {
    json = body?.kind === "json" ? JSON.stringify(body.value) : undefined;
    field = "headers";
    if (options?.headers) callHeaders = new Headers(options.headers);
  } catch (cause) {
    fail(field, `is invalid: ${(cause as Error).message}`);
  }

  const policy = resolveRetryConfig(s.retryConfig, options?.retries);
  const url = `${client.baseURL}${path}${spec.query ? `?${spec.query}` : ""}`;
  const deadline = Date.now() + (policy ? policy.maxElapsedTime : Infinity);
  let hookRequest: HookRequest;
  // Set when a hook threw: its error ends the call unchanged, not retried and not given to onError.
  let hookFailed = false;
  // Set once a body that cannot be replayed has been handed to fetch.
  let spent = false;
  const { hooks, log: sink } = s;
  const hook = async (name: keyof Hooks, ...args: unknown[]) => {
    try {
      await (hooks[name] as (...a: unknown[]) => unknown)(...args);
    } catch (error) {
      hookFailed = true;
      throw error;
    }
  };

  try {
    for (let attempt = 1; ; attempt++) {
      // Empty until the attempt's headers are built; only onError and the log can see it that early.
      hookRequest = { operationId, method, url, headers: hooks.onError || sink ? new Headers() : (undefined as never), attempt };
      if (signal?.aborted) throw new RequestAbortedError(signal.reason);
      // The attempt's clock covers waiting for a rate-limit token as well as the exchange itself.
      const remaining = deadline - Date.now();
      const limit = Math.max(0, Math.min(timeoutMs, remaining));
      // The caller's signal is linked by hand rather than with AbortSignal.any: the listener goes
      // away after every attempt, so a long-lived signal shared by many calls collects nothing.
      const controller = takeController();
      const onAbort = () => controller.abort(signal!.reason);
      signal?.addEventListener("abort", onAbort);
      const timer = limit <= MAX_TIMER_MS ? setTimeout(() => controller.abort(), limit) : undefined;
      // 0: waiting for a rate-limit token, 1: preparing (errors here are final), 2: exchanging.
      let stage = 0;
      let started = Date.now();
      let response: Response | undefined;
      let text = "";
      let error: FactifyError | undefined;
      let notSent = false;
      try {
        const limiter = s.limiter;
        if (limiter && !limiter.tryAcquire(method)) await limiter.acquire(method, controller.signal);
        stage = 1;
        const auth = s.auth;
        const token = typeof auth === "function" ? await auth() : auth;
        // A header value may not hold control characters; a token read from a file often ends in "\n".
        if (typeof token !== "string" || !token.trim() || /[^ -~\x80-\uffff]/.test(token)) {
          fail("bearerAuth", auth !== undefined ? `must ${auth === token ? "be" : "return"} a non-empty string without control characters` : "is required");
        }
        const upload = body?.kind === "stream" ? body.stream() : undefined;
        // Layered: SDK defaults, body headers, then the caller's (last, so they can override anything).
        const headers = new Headers(s.headers);
        headers.set("Authorization", `Bearer ${token}`);
        if (json !== undefined) headers.set("Content-Type", "application/json");
        for (const name in upload?.headers) headers.set(name, upload!.headers[name]!);
        for (const [name, value] of callHeaders ?? []) headers.set(name, value);
        hookRequest.headers = headers;
        if (hooks.beforeRequest) await hook("beforeRequest", hookRequest);
        sink?.(`${method} ${url} (attempt ${attempt})`, { ...hookRequest, body: upload ? "[upload body not logged]" : (body as { value?: unknown })?.value });
        spent ||= upload?.replayable === false;
        stage = 2;
        started = Date.now();
        [response, text] = await exchange(
          s.fetch,
          url,
          { ...fetchOptions, method, headers, body: upload ? upload.body : json, signal: controller.signal },
          !!upload,
        );
      } catch (cause) {
        // Token, hook and body-factory errors are final; only waiting and the exchange are classified.
        if (stage === 1) throw cause;
        if (signal?.aborted) throw new RequestAbortedError(signal.reason);
        const reason = describeFailure(cause);
        // Still waiting for a token, or refused before connecting: the server never saw it.
        notSent = !stage || NOT_SENT.test(reason);
        // A timeout at the end of the whole budget reports the budget; no time is left to retry anyway.
        error = controller.signal.aborted
          ? new RequestTimeoutError(policy && remaining < timeoutMs ? policy.maxElapsedTime : timeoutMs, cause)
          : new ConnectionError(`${method} ${client.baseURL} failed: ${reason}`, cause);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        releaseController(controller);
      }

      let value: any;
      if (response) {
        const { status, headers } = response;
        s.limiter?.observe(headers);
        if (hooks.afterResponse) await hook("afterResponse", response, hookRequest);
        try {
          value = text.trim() ? JSON.parse(text) : {};
        } catch {
          // Not JSON (a proxy's HTML page, a truncated body): `value` stays undefined, the text is kept.
        }
        if (response.ok) {
          let issues =
            value === undefined
              ? [{ path: "", message: "Body is not valid JSON" }]
              : spec.responseSchema && client.validate
                ? findIssues(spec.responseSchema, value)
                : undefined;
          if (issues instanceof Promise) issues = await issues;
          if (issues) {
            const requestId = headers.get("x-request-id") ?? undefined;
            error = new ResponseValidationError({ status, body: text, rawValue: value ?? text, issues, operationId, requestId });
          }
        } else {
          const retryAfterMs = serverRequestedWait(status, headers);
          const connect = typeof value?.code === "string" && typeof value.message === "string" ? value : undefined;
          error = createAPIError({ status, headers, body: text, error: connect, rawResponse: response, retryAfterMs });
        }
      }

      const delayMs = policy && error && !spent ? planRetry(policy, method, error, notSent, attempt, deadline - Date.now()) : undefined;
      if (sink) {
        const durationMs = Date.now() - started;
        const next = error ? `, ${delayMs === undefined ? "giving up" : `retrying in ${delayMs} ms`}` : "";
        const outcome = response ? `-> ${response.status}` : `failed: ${error!.message}`;
        sink(`${method} ${url} ${outcome} in ${durationMs} ms (attempt ${attempt}${next})`, {
          ...hookRequest,
          status: response?.status,
          error: error?.name,
          durationMs,
          retryInMs: delayMs,
        });
      }
      if (!error) return { data: value, response: response!, requestId: response!.headers.get("x-request-id") ?? undefined };
      if (delayMs === undefined) throw error;
      await sleep(delayMs, signal).catch(() => {
        throw new RequestAbortedError(signal!.reason);
      });
    }
  } catch (error) {
    if (!hookFailed && hooks.onError) await hook("onError", error, hookRequest!);
    throw error;
  }
}

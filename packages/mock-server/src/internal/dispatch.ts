// One request through the emulator: admin hooks, injected faults, routing, authentication,
// rate limits, quotas, path checks, the handler, and headers. Nothing thrown escapes: an
// unexpected error becomes a 500 with the API's error body.
import { type AdminHost, handleAdmin } from "./controls/admin-endpoints";
import type { PendingFault } from "./controls/faults";
import type { RateLimiter } from "./controls/rate-limiter";
import { authenticate, bearerToken } from "./domain/authentication";
import type { Caller } from "./domain/context";
import { settleProcessing } from "./domain/processing";
import { chargeRequest } from "./domain/quotas";
import { checkPathParams, matchRoute } from "./handlers/route";
import { ROUTES } from "./handlers/routes";
import { ApiError } from "./http/api-error";
import { errorResponse, json } from "./http/responses";
import { makeId } from "./state/engine";

/** What the transport should do with a request. */
export type DispatchResult =
  | { type: "response"; response: Response }
  /** Close the connection without answering. */
  | { type: "drop" }
  /** Send the headers and only part of the body, then close the connection. */
  | { type: "truncate"; response: Response };

/** Everything dispatch needs from an emulator instance. */
export interface DispatchHost extends AdminHost {
  limiter: RateLimiter | undefined;
}

// Browsers (SDK smoke tests in a page, local web apps) call the emulator cross-origin.
const CORS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, retry-after",
};

// Echo what the browser asks to send, so callers' own headers (tracing, idempotency) pass too.
function preflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
      "access-control-allow-headers":
        request.headers.get("access-control-request-headers") ?? "authorization, content-type, x-request-id, idempotency-key",
      "access-control-max-age": "600",
    },
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function faultResponse(f: PendingFault, requestId: string, now: number): Response {
  if (f.kind === "html") {
    const status = f.status ?? 502;
    return new Response(`<!DOCTYPE html>\n<html><head><title>${status} Error</title></head><body><h1>${status} Error</h1><p>The upstream server did not answer.</p></body></html>\n`, {
      status,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  const status = f.status ?? 500;
  const retry = String(f.retryAfter ?? 1);
  if (status === 429) {
    const err = new ApiError("resource_exhausted", "rate_limit_exceeded", "rate limit exceeded (injected)", undefined, {
      "retry-after": retry,
      "x-ratelimit-limit": "1000",
      "x-ratelimit-remaining": "0",
      // Epoch seconds when the window reopens; with Retry-After: 0 that is already the past, so a
      // client obeying the reset does not wait for the next whole second either.
      "x-ratelimit-reset": String(retry === "0" ? Math.floor(now / 1000) : Math.ceil(now / 1000) + Number(retry)),
    });
    return errorResponse(err, requestId);
  }
  if (status === 500) return errorResponse(new ApiError("internal", "internal_error", "internal error (injected)"), requestId);
  const res = errorResponse(new ApiError("unavailable", "service_unavailable", "service unavailable (injected)", undefined, { "retry-after": retry }), requestId);
  return new Response(res.body, { status, headers: res.headers });
}

/** Handles one request and tells the transport how to answer it. */
export async function dispatch(host: DispatchHost, request: Request): Promise<DispatchResult> {
  const { engine } = host;
  const requestId = makeId(engine, "req");
  let extraHeaders: Record<string, string> = {};
  let truncate = false;
  let response: Response;
  try {
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.method === "OPTIONS") {
      response = preflight(request);
    } else if (path === "/__mock" || path.startsWith("/__mock/")) {
      response = await handleAdmin(host, request, path);
    } else {
      const method = request.method.toUpperCase();
      const token = bearerToken(request);
      const fault = host.faults.take(method, path, token);
      if (fault.latency) await sleep(fault.latency.ms ?? 0, request.signal);
      if (fault.other?.kind === "drop") return { type: "drop" };
      if (fault.other && fault.other.kind !== "truncate") {
        response = faultResponse(fault.other, requestId, engine.clock.now());
      } else {
        truncate = fault.other?.kind === "truncate";
        response = await handleApi(host, request, url, method, requestId, (h) => {
          extraHeaders = h;
        });
      }
    }
  } catch (e) {
    if (e instanceof ApiError) response = errorResponse(e, requestId);
    else if (request.signal.aborted && e === request.signal.reason) throw e;
    else response = errorResponse(new ApiError("internal", "internal_error", "the emulator failed to handle this request"), requestId);
  }
  const headers = new Headers(response.headers);
  headers.set("x-request-id", requestId);
  for (const [k, v] of Object.entries(CORS)) if (!headers.has(k)) headers.set(k, v);
  for (const [k, v] of Object.entries(extraHeaders)) if (!headers.has(k)) headers.set(k, v);
  const final = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  return truncate ? { type: "truncate", response: final } : { type: "response", response: final };
}

// Routes that need a credential have been authenticated above (authenticate throws otherwise).
function required(caller: Caller | undefined): Caller {
  if (!caller) throw new ApiError("unauthenticated", "missing_api_key", "an Authorization: Bearer header is required");
  return caller;
}

async function handleApi(
  host: DispatchHost,
  request: Request,
  url: URL,
  method: string,
  requestId: string,
  setHeaders: (h: Record<string, string>) => void,
): Promise<Response> {
  const { engine } = host;
  const match = matchRoute(ROUTES, method, url.pathname);
  if (!("route" in match)) {
    throw new ApiError("not_found", "resource_not_found", match.pathKnown ? `${method} is not supported on ${url.pathname}` : `no operation at ${url.pathname}`);
  }
  settleProcessing(engine);
  const { route, params } = match;
  const anonymous = route.auth === "optional" && bearerToken(request) === undefined;
  const caller = anonymous ? undefined : authenticate(engine, request, route.auth === "user");
  if (caller && host.limiter) {
    const id = caller.key ? caller.key.id : `user:${caller.user.id}`;
    const decision = host.limiter.take(id, method === "POST", engine.clock.now());
    setHeaders(decision.headers);
    if (!decision.ok) throw new ApiError("resource_exhausted", "rate_limit_exceeded", "rate limit exceeded; retry after the window resets", undefined, decision.headers);
  }
  // The quota endpoints stay reachable once a quota is spent, so a client can see why it is refused.
  if (caller) chargeRequest(engine, caller, !route.path.startsWith("/v1beta/quota"));
  checkPathParams(params);
  const now = engine.clock.now();
  const base = { engine, state: engine.state, request, url, params, requestId, origin: engine.config.baseUrl ?? url.origin, now };
  try {
    const result = route.auth === "optional" ? await route.handler({ ...base, caller }) : await route.handler({ ...base, caller: required(caller) });
    return result instanceof Response ? result : json(200, result);
  } finally {
    engine.onMutation?.();
  }
}

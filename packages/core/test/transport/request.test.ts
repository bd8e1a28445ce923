import * as v from "valibot";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  APIError,
  AuthenticationError,
  CallbackError,
  ConnectionError,
  createFactify,
  type FactifyOptions,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  pacing,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
  request,
} from "../../src/index";
import { FAST_RETRIES, fakeFetch, hang, json, refused, rejection, reset } from "./fake-fetch";
import { debugLog } from "../../src/log";

const BASE = "http://api.test";

function client(fetch: FactifyOptions["fetch"], options: FactifyOptions = {}) {
  return createFactify({
    bearerAuth: "tok_1",
    serverURL: BASE,
    fetch,
    rateLimit: false,
    retryConfig: FAST_RETRIES,
    ...options,
  });
}

describe("what is sent", () => {
  it("sends method, URL with query, auth, accept, user agent and a JSON body", async () => {
    const f = fakeFetch(json(200, { ok: true }));
    const c = client(f.fetch, { userAgent: "my-app/2.0" });
    await request(c, { method: "POST", path: "/v1beta/api-keys", query: "a=1&b=2", body: { kind: "json", value: { name: "ci" } } });
    const sent = f.calls[0]!;
    expect(sent.url).toBe(`${BASE}/v1beta/api-keys?a=1&b=2`);
    expect(sent.method).toBe("POST");
    expect(sent.headers.get("authorization")).toBe("Bearer tok_1");
    expect(sent.headers.get("accept")).toBe("application/json");
    expect(sent.headers.get("content-type")).toBe("application/json");
    expect(sent.headers.get("user-agent")).toBe("my-app/2.0 @factify/core/0.0.0-test");
    expect(sent.body).toBe('{"name":"ci"}');
  });

  it("sends no body and no content type without a body, and no `?` for an empty query", async () => {
    const f = fakeFetch(json(200, {}));
    await request(client(f.fetch), { method: "GET", path: "/v1beta/me", query: "" });
    expect(f.calls[0]!.url).toBe(`${BASE}/v1beta/me`);
    expect(f.calls[0]!.body).toBeUndefined();
    expect(f.calls[0]!.headers.has("content-type")).toBe(false);
  });

  it("merges per-call headers last and passes fetchOptions through", async () => {
    const f = fakeFetch(json(200, {}));
    await request(
      client(f.fetch),
      { method: "GET", path: "/x" },
      { headers: { "X-Trace": "abc", Accept: "application/problem+json" }, fetchOptions: { credentials: "include" } },
    );
    expect(f.calls[0]!.headers.get("x-trace")).toBe("abc");
    expect(f.calls[0]!.headers.get("accept")).toBe("application/problem+json");
    expect(f.calls[0]!.init.credentials).toBe("include");
  });

  it("calls a token function before every attempt, so a rotated token is used on retry", async () => {
    const f = fakeFetch(json(503, {}), json(200, {}));
    let n = 0;
    const c = client(f.fetch, { bearerAuth: async () => `tok_${++n}` });
    await request(c, { method: "GET", path: "/x" });
    expect(f.calls.map((call) => call.headers.get("authorization"))).toEqual(["Bearer tok_1", "Bearer tok_2"]);
  });

  it.each([
    [() => "", "must return a non-empty string"],
    [async () => "  ", "must return a non-empty string"],
    [() => 42 as never, "must return a non-empty string"],
    [() => "tok\u0100en", "HTTP header"],
    [async () => "tok\r\nX-Evil: 1", "HTTP header"],
  ])("refuses to send with an unusable token from a provider (%s)", async (bearerAuth, message) => {
    const f = fakeFetch(json(200, {}));
    const error = await rejection(request(client(f.fetch, { bearerAuth }), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).field).toBe("bearerAuth");
    expect(error.message).toContain(message);
    expect(f.calls).toHaveLength(0);
  });

  it.each([
    ["client", () => request({} as never, { method: "GET", path: "/x" })],
    ["method", (c: ReturnType<typeof client>) => request(c, { method: "get" as never, path: "/x" })],
    ["path", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "x" })],
    ["body.kind", (c: ReturnType<typeof client>) => request(c, { method: "POST", path: "/x", body: { kind: "form" } as never })],
    ["body", (c: ReturnType<typeof client>) => request(c, { method: "POST", path: "/x", body: { kind: "json", value: 1n } })],
    ["body", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x", body: { kind: "json", value: {} } })],
    ["timeoutMs", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x" }, { timeoutMs: 0 })],
    ["retries.maxRetries", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x" }, { retries: { maxRetries: -1 } })],
    ["signal", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x" }, { signal: "stop" as never })],
    ["headers.bad header", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x" }, { headers: { "bad header": "1" } })],
    ["headers.X-Foo", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x" }, { headers: { "X-Foo": "caf\u0100" } })],
    ["headers.X-Nul", (c: ReturnType<typeof client>) => request(c, { method: "GET", path: "/x" }, { headers: { "X-Nul": "a\u0000b" } })],
  ])("rejects a bad %s with InvalidRequestError and sends nothing", async (field, call) => {
    const f = fakeFetch(json(200, {}));
    const error = await rejection(call(client(f.fetch)));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).field).toBe(field);
    expect(f.calls).toHaveLength(0);
  });
});

describe("responses", () => {
  it("returns the parsed JSON unchanged, unknown fields included", async () => {
    const body = { document: { id: "doc_1", title: "T", brand_new_field: [1] } };
    const schema = v.object({ document: v.looseObject({ id: v.string(), title: v.string() }) });
    const f = fakeFetch(json(200, body));
    await expect(request(client(f.fetch), { method: "GET", path: "/x", responseSchema: schema })).resolves.toEqual(body);
  });

  it("returns {} for an empty 2xx body", async () => {
    const f = fakeFetch(new Response(null, { status: 204 }), new Response("", { status: 200 }));
    const c = client(f.fetch);
    await expect(request(c, { method: "DELETE", path: "/x" })).resolves.toEqual({});
    await expect(request(c, { method: "POST", path: "/x" })).resolves.toEqual({});
  });

  it("raises ResponseValidationError keeping the text when a 2xx body is not JSON", async () => {
    const f = fakeFetch(new Response("<html>hello</html>", { status: 200, headers: { "x-request-id": "req_9" } }));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x", operationId: "getDocument" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const e = error as ResponseValidationError;
    expect(e.body).toBe("<html>hello</html>");
    expect(e.rawValue).toBe("<html>hello</html>");
    expect(e.requestId).toBe("req_9");
    expect(e.message).toContain("getDocument");
  });

  it("raises ResponseValidationError with dotted paths when a 2xx body breaks the schema, unless validate is off", async () => {
    const schema = v.object({ document: v.object({ id: v.string(), title: v.string() }) });
    const body = { document: { id: 7 } };
    const f = fakeFetch(json(200, body));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x", responseSchema: schema }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const e = error as ResponseValidationError;
    expect(e.rawValue).toEqual(body);
    expect(e.issues.map((i) => i.path)).toEqual(["document.id", "document.title"]);
    await expect(
      request(client(f.fetch, { validate: false }), { method: "GET", path: "/x", responseSchema: schema }),
    ).resolves.toEqual(body);
  });

  it("builds a typed APIError from a ConnectRPC error body", async () => {
    const body = {
      code: "unauthenticated",
      message: "API key expired",
      details: [{ reason: "expired_api_key", request_id: "req_1" }],
    };
    const f = fakeFetch(json(401, body));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(AuthenticationError);
    const e = error as AuthenticationError;
    expect([e.status, e.code, e.reason, e.requestId]).toEqual([401, "unauthenticated", "expired_api_key", "req_1"]);
    expect(e.body).toBe(JSON.stringify(body));
    expect(e.message).toContain("API key expired");
  });

  it.each([
    [502, "<html><body>Bad gateway</body></html>", InternalServerError, "internal"],
    [404, "", NotFoundError, "not_found"],
    [400, '{"code":"invalid_argument","mess', APIError, "invalid_argument"],
    [403, '{"message":"no code"}', APIError, "permission_denied"],
  ])("keeps a %d with a non-ConnectRPC body as a typed APIError with the raw text", async (status, text, Class, code) => {
    const f = fakeFetch(new Response(text, { status }));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }, { retries: false }));
    expect(error).toBeInstanceOf(Class);
    expect((error as APIError).status).toBe(status);
    expect((error as APIError).body).toBe(text);
    expect((error as APIError).code).toBe(code);
  });
});

describe("retries", () => {
  it("retries 503s on a GET until it succeeds", async () => {
    const f = fakeFetch(json(503, {}), json(503, {}), json(200, { done: true }));
    await expect(request(client(f.fetch), { method: "GET", path: "/x" })).resolves.toEqual({ done: true });
    expect(f.calls).toHaveLength(3);
  });

  it("gives up after maxRetries with the last error", async () => {
    const f = fakeFetch(json(500, { code: "internal", message: "boom" }));
    const error = await rejection(request(client(f.fetch), { method: "PUT", path: "/x" }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(f.calls).toHaveLength(FAST_RETRIES.maxRetries + 1);
  });

  it("does not retry a 4xx other than 429", async () => {
    const f = fakeFetch(json(409, {}));
    await rejection(request(client(f.fetch), { method: "GET", path: "/x" }));
    expect(f.calls).toHaveLength(1);
  });

  it("does not retry a POST answered 500, but does retry a POST answered 429", async () => {
    const five = fakeFetch(json(500, {}), json(200, {}));
    await rejection(request(client(five.fetch), { method: "POST", path: "/x", body: { kind: "json", value: {} } }));
    expect(five.calls).toHaveLength(1);
    const limited = fakeFetch(json(429, {}, { "retry-after": "0" }), json(200, { ok: 1 }));
    await expect(request(client(limited.fetch), { method: "POST", path: "/x" })).resolves.toEqual({ ok: 1 });
    expect(limited.calls).toHaveLength(2);
  });

  it("retries a POST whose connection was refused, but not one whose connection broke after sending", async () => {
    const r = fakeFetch(refused(), json(200, { ok: 1 }));
    await expect(request(client(r.fetch), { method: "POST", path: "/x" })).resolves.toEqual({ ok: 1 });
    expect(r.calls).toHaveLength(2);
    const broken = fakeFetch(reset(), json(200, {}));
    const error = await rejection(request(client(broken.fetch), { method: "POST", path: "/x" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("UND_ERR_SOCKET");
    expect(broken.calls).toHaveLength(1);
    // The same broken connection on a GET is retried.
    const get = fakeFetch(reset(), json(200, { ok: 2 }));
    await expect(request(client(get.fetch), { method: "GET", path: "/x" })).resolves.toEqual({ ok: 2 });
  });

  it("retries a POST answered 500 when the caller opts in with retryNonIdempotent", async () => {
    const f = fakeFetch(json(500, {}), json(200, {}));
    await request(client(f.fetch), { method: "PATCH", path: "/x" }, { retries: { ...FAST_RETRIES, retryNonIdempotent: true } });
    expect(f.calls).toHaveLength(2);
  });

  it("leaves connection errors alone with retryConnectionErrors: false", async () => {
    const f = fakeFetch(refused(), json(200, {}));
    const c = client(f.fetch, { retryConfig: { ...FAST_RETRIES, retryConnectionErrors: false } });
    expect(await rejection(request(c, { method: "GET", path: "/x" }))).toBeInstanceOf(ConnectionError);
    expect(f.calls).toHaveLength(1);
  });

  it("sends once with per-call retries: false or client retryConfig: false, and a call can opt back in", async () => {
    const perCall = fakeFetch(json(503, {}), json(200, {}));
    await rejection(request(client(perCall.fetch), { method: "GET", path: "/x" }, { retries: false }));
    expect(perCall.calls).toHaveLength(1);
    const off = fakeFetch(json(503, {}), json(503, {}), json(200, {}));
    const c = client(off.fetch, { retryConfig: false });
    await rejection(request(c, { method: "GET", path: "/x" }));
    expect(off.calls).toHaveLength(1);
    await request(c, { method: "GET", path: "/x" }, { retries: FAST_RETRIES });
    expect(off.calls).toHaveLength(3);
  });

  it("fails fast, carrying retryAfterMs, when the server asks for a wait above maxRetryAfter", async () => {
    const f = fakeFetch(json(429, { code: "resource_exhausted", message: "slow down" }, { "retry-after": "120" }));
    const started = Date.now();
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(f.calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("calls an upload body factory per attempt, and never re-sends a body that cannot be replayed", async () => {
    const replayable = fakeFetch(json(503, {}), json(200, {}));
    const factory = vi.fn(() => ({ body: "part", headers: { "Content-Type": "multipart/form-data; boundary=b" }, replayable: true }));
    await request(client(replayable.fetch), { method: "PUT", path: "/x", body: { kind: "stream", stream: factory } });
    expect(factory).toHaveBeenCalledTimes(2);
    expect(replayable.calls[1]!.headers.get("content-type")).toBe("multipart/form-data; boundary=b");

    const oneShot = fakeFetch(json(503, {}), json(200, {}));
    const once = vi.fn(() => ({ body: new ReadableStream(), headers: {}, replayable: false }));
    const error = await rejection(request(client(oneShot.fetch), { method: "PUT", path: "/x", body: { kind: "stream", stream: once } }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(once).toHaveBeenCalledTimes(1);
    expect(oneShot.calls).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  it("never hands an attempt a signal that already fired, though it reuses settled ones", async () => {
    const ok = json(200, {});
    const f = fakeFetch(ok, ok, ok, hang, ok, ok, ok);
    const c = client(f.fetch, { timeoutMs: 30, retryConfig: false });
    for (const path of ["/a", "/b", "/c"]) await request(c, { method: "GET", path });
    await expect(request(c, { method: "GET", path: "/hang" })).rejects.toBeInstanceOf(RequestTimeoutError);
    for (const path of ["/d", "/e", "/f"]) await request(c, { method: "GET", path });
    const signals = f.calls.map((call) => call.signal!);
    const timedOut = signals[3]!;
    expect(new Set(signals.slice(0, 3)).size).toBeLessThan(3);
    expect(timedOut.aborted).toBe(true);
    for (const later of signals.slice(4)) {
      expect(later).not.toBe(timedOut);
      expect(later.aborted).toBe(false);
    }
  });

  it("times out an attempt with RequestTimeoutError, and retries a timed-out GET", async () => {
    const f = fakeFetch(hang, json(200, { ok: true }));
    await expect(request(client(f.fetch, { timeoutMs: 30 }), { method: "GET", path: "/x" })).resolves.toEqual({ ok: true });
    expect(f.calls).toHaveLength(2);
    expect(f.calls[0]!.signal?.aborted).toBe(true);
  });

  it("does not retry a timed-out POST", async () => {
    const f = fakeFetch(hang, json(200, {}));
    const error = await rejection(request(client(f.fetch), { method: "POST", path: "/x" }, { timeoutMs: 30 }));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(30);
    expect(f.calls).toHaveLength(1);
  });

  it("ends the call with RequestTimeoutError when maxElapsedTime runs out", async () => {
    const f = fakeFetch(hang);
    const c = client(f.fetch, { retryConfig: { ...FAST_RETRIES, maxRetries: 100, maxElapsedTime: 120 } });
    const started = Date.now();
    const error = await rejection(request(c, { method: "GET", path: "/x" }, { timeoutMs: 50 }));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(f.calls.length).toBeGreaterThanOrEqual(2);
    expect(f.calls.length).toBeLessThan(6);
  });

  it("rejects at once with RequestAbortedError when the signal is already aborted, sending nothing", async () => {
    const f = fakeFetch(json(200, {}));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(f.calls).toHaveLength(0);
  });

  it("turns an abort in flight into RequestAbortedError and never retries it", async () => {
    const f = fakeFetch(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 20);
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).cause).toEqual(new Error("user left"));
    expect(f.calls).toHaveLength(1);
  });
});

describe("the caller's signal", () => {
  it("is left with no listener of ours once the call is over, retries and backoff included", async () => {
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, "addEventListener");
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    const f = fakeFetch(json(503, {}), refused(), json(200, { ok: 1 }));
    const c = client(f.fetch, { rateLimit: pacing({ requestsPerWindow: 100 }) });
    await expect(request(c, { method: "GET", path: "/x" }, { signal: controller.signal })).resolves.toEqual({ ok: 1 });
    expect(f.calls).toHaveLength(3);
    const listeners = added.mock.calls.map((call) => call[1]);
    expect(listeners.length).toBeGreaterThanOrEqual(3);
    expect(removed.mock.calls.map((call) => call[1])).toEqual(expect.arrayContaining(listeners));
  });
});

describe("hooks", () => {
  it("runs beforeRequest per attempt (it may add headers), afterResponse per response, and onError once", async () => {
    const f = fakeFetch(json(503, {}), json(500, { code: "internal", message: "x" }));
    const events: string[] = [];
    const c = client(f.fetch, {
      retryConfig: { ...FAST_RETRIES, maxRetries: 1 },
      hooks: {
        beforeRequest(req) {
          events.push(`before ${req.method} ${req.url} #${req.attempt}`);
          req.headers.set("x-attempt", String(req.attempt));
        },
        afterResponse(res, req) {
          events.push(`after ${res.status} #${req.attempt}`);
        },
        onError(error, req) {
          events.push(`error ${error.name} #${req.attempt}`);
        },
      },
    });
    await rejection(request(c, { method: "GET", path: "/x", operationId: "op" }));
    expect(events).toEqual([
      `before GET ${BASE}/x #1`,
      "after 503 #1",
      `before GET ${BASE}/x #2`,
      "after 500 #2",
      "error InternalServerError #2",
    ]);
    expect(f.calls.map((call) => call.headers.get("x-attempt"))).toEqual(["1", "2"]);
  });

  it("ends the call with a CallbackError holding a hook's own error, without retrying or calling onError", async () => {
    const f = fakeFetch(json(503, {}));
    const boom = new Error("hook failed");
    const onError = vi.fn();
    const c = client(f.fetch, { hooks: { afterResponse: () => Promise.reject(boom), onError } });
    const after = await rejection(request(c, { method: "GET", path: "/x" }));
    expect(after).toBeInstanceOf(CallbackError);
    expect(after).toMatchObject({ source: "hooks.afterResponse", cause: boom, code: "callback_error", retryable: false });
    expect(f.calls).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();

    const before = client(f.fetch, { hooks: { beforeRequest: () => { throw boom; } } });
    expect(await rejection(request(before, { method: "GET", path: "/x" }))).toMatchObject({ source: "hooks.beforeRequest", cause: boom });
    expect(f.calls).toHaveLength(1);
  });
});

describe("debug logging", () => {
  it("logs method, URL, status, duration and attempt, never the token", async () => {
    const lines: unknown[][] = [];
    const secret = "ffy_test_01h2xcejqtf2nbrexx3vqjhp41AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg";
    const f = fakeFetch(json(503, {}), json(200, { secret }));
    const c = client(f.fetch, { bearerAuth: secret, debugLogger: debugLog({ debug: (...args: unknown[]) => lines.push(args) }) });
    await request(c, { method: "POST", path: "/v1beta/organizations/org_1/invites/accept", body: { kind: "json", value: { token: "invite-secret" } } }, { retries: { ...FAST_RETRIES, retryNonIdempotent: true } });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(secret.slice(4));
    expect(text).not.toContain("invite-secret");
    const messages = lines.map((l) => l[0]);
    // One line per attempt sent, one per outcome (status or failure, and what happens next).
    expect(messages).toHaveLength(4);
    expect(messages[0]).toBe(`factify: POST ${BASE}/v1beta/organizations/org_1/invites/accept (attempt 1)`);
    expect(messages[1]).toMatch(/^factify: POST \S+ -> 503 in \d+ ms \(attempt 1, retrying in \d+ ms\)$/);
    expect(messages[2]).toBe(`factify: POST ${BASE}/v1beta/organizations/org_1/invites/accept (attempt 2)`);
    expect(messages[3]).toMatch(/-> 200 in \d+ ms \(attempt 2\)$/);
    expect(lines[0]![1]).toMatchObject({ method: "POST", attempt: 1, headers: { authorization: "[REDACTED]" }, body: { token: "[REDACTED]" } });
    expect(lines[1]![1]).toMatchObject({ status: 503, attempt: 1, error: "InternalServerError" });
    expect(lines[3]![1]).toMatchObject({ status: 200, attempt: 2, durationMs: expect.any(Number) });
  });

  it("logs a connection failure with its cause and the decision taken", async () => {
    const lines: unknown[][] = [];
    const f = fakeFetch(refused());
    const c = client(f.fetch, { retryConfig: false, debugLogger: debugLog({ debug: (...args: unknown[]) => lines.push(args) }) });
    await rejection(request(c, { method: "GET", path: "/x" }));
    expect(lines.map((l) => l[0])).toEqual([
      `factify: GET ${BASE}/x (attempt 1)`,
      expect.stringMatching(/^factify: GET \S+ failed: .*ECONNREFUSED.* in \d+ ms \(attempt 1, giving up\)$/),
    ]);
    expect(lines[1]![1]).toMatchObject({ error: "ConnectionError", attempt: 1 });
  });

  it("never logs an upload body", async () => {
    const lines: unknown[][] = [];
    const f = fakeFetch(json(200, {}));
    const c = client(f.fetch, { debugLogger: debugLog({ debug: (...args: unknown[]) => lines.push(args) }) });
    await request(c, { method: "POST", path: "/x", body: { kind: "stream", stream: () => ({ body: "FILE-BYTES", headers: {}, replayable: true }) } });
    expect(JSON.stringify(lines)).not.toContain("FILE-BYTES");
  });
});

describe("rate limiting through the client", () => {
  it("shares one schedule between calls, and a call that cannot wait for its slot fails at once unsent", async () => {
    const f = fakeFetch(json(200, {}));
    const c = client(f.fetch, { rateLimit: pacing({ requestsPerWindow: 1, windowMs: 10_000 }) });
    await request(c, { method: "GET", path: "/x" });
    const error = await rejection(request(c, { method: "GET", path: "/x" }, { timeoutMs: 30, retries: false }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).sent).toBe(false);
    expect(f.calls).toHaveLength(1);
  });
});

describe("timers", () => {
  // Fake timers count exactly the timers this code creates (real ones would include the test runner's).
  afterEach(() => {
    vi.useRealTimers();
  });

  it("leaves no timer behind after a call that retried, timed out or was aborted", async () => {
    const c = client(fakeFetch(json(200, {}), json(503, {}), hang, json(200, { ok: 1 })).fetch, {
      timeoutMs: 20,
      rateLimit: pacing({ requestsPerWindow: 100, windowMs: 60_000 }),
    });
    // One call on real timers first: pacing hashes the token with WebCrypto, which fake time cannot hurry.
    await request(c, { method: "GET", path: "/x" });
    vi.useFakeTimers();
    const retried = request(c, { method: "GET", path: "/x" });
    await vi.advanceTimersByTimeAsync(100);
    await expect(retried).resolves.toEqual({ ok: 1 });
    expect(vi.getTimerCount()).toBe(0);

    const controller = new AbortController();
    const f = fakeFetch(json(503, {}, { "retry-after": "30" }));
    const aborted = rejection(request(client(f.fetch), { method: "GET", path: "/x" }, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(await aborted).toBeInstanceOf(RequestAbortedError);
    expect(vi.getTimerCount()).toBe(0);
  });
});

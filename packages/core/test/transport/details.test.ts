// The details of the request path that its larger tests do not pin down: messages, fields, edge values.
import * as v from "valibot";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type APIError,
  CallbackError,
  ConnectionError,
  createAPIError,
  createFactify,
  debugLog,
  type FactifyOptions,
  InvalidRequestError,
  RequestAbortedError,
  ResponseValidationError,
  request,
  UnexpectedClientError,
} from "../../src/index";
import { fakeFetch, json, rejection } from "./fake-fetch";

const BASE = "http://api.test";
const client = (fetch: FactifyOptions["fetch"], extra: FactifyOptions = {}) =>
  createFactify({ bearerAuth: "tok_1", serverURL: BASE, fetch, retryConfig: false, ...extra });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe("error classes", () => {
  it("ResponseValidationError names the operation (or 'request'), the root as (root), and nothing when there is no issue", () => {
    const base = { status: 200, body: "{}", rawValue: {} };
    expect(new ResponseValidationError({ ...base, issues: [{ path: "", message: "bad" }], operationId: "getX" }).message).toBe(
      "Response of getX does not match the API contract: (root): bad",
    );
    expect(new ResponseValidationError({ ...base, issues: [{ path: "a.b", message: "bad" }] }).message).toBe(
      "Response of request does not match the API contract: a.b: bad",
    );
    const none = new ResponseValidationError({ ...base, issues: [] });
    expect(none.message).toBe("Response of request does not match the API contract");
    expect(none.code).toBe("invalid_response");
  });

  it("InvalidRequestError lists its field as the one issue unless given issues", () => {
    expect(new InvalidRequestError("m", { field: "f" }).issues).toEqual([{ path: "f", message: "m" }]);
    expect(new InvalidRequestError("m").issues).toEqual([]);
    expect(new InvalidRequestError("m").code).toBe("invalid_request");
  });

  it("other SDK errors carry their message and code, and no cause unless given", () => {
    expect(new RequestAbortedError().message).toBe("Request was aborted");
    expect(new UnexpectedClientError("x").code).toBe("client_error");
    expect("cause" in new UnexpectedClientError("x")).toBe(false);
    expect(new CallbackError("hooks.onError", undefined).message).toBe("hooks.onError failed: undefined");
  });

  it("keeps name and the hidden fields writable and configurable, as own properties", () => {
    const error = createAPIError({ status: 500, headers: new Headers(), body: "x" });
    error.name = "Renamed";
    expect(error.name).toBe("Renamed");
    (error as { body: string }).body = "changed";
    expect(error.body).toBe("changed");
    Object.defineProperty(error, "headers", { value: null });
    expect(error.headers).toBeNull();
  });

  it("builds the message from the body: blank means HTTP <status>, long text is cut at 200 characters", () => {
    expect(createAPIError({ status: 500, headers: new Headers(), body: " \n " }).message).toBe("500 HTTP 500");
    expect(createAPIError({ status: 500, headers: new Headers(), body: "y".repeat(300) }).message).toBe(`500 ${"y".repeat(200)}`);
  });

  it("takes details only when they are a list, and the request id from details past empty entries", () => {
    const odd = createAPIError({ status: 400, headers: new Headers(), body: "", error: { code: "c", message: "m", details: "x" as never } });
    expect(odd.details).toEqual([]);
    const found = createAPIError({ status: 400, headers: new Headers(), body: "", error: { code: "c", message: "m", details: [null as never, { request_id: "r1" }] } });
    expect(found.requestId).toBe("r1");
  });
});

describe("reading responses", () => {
  it("reads a whitespace-only 2xx body as {}", async () => {
    await expect(request(client(fakeFetch(new Response(" \n ", { status: 200 })).fetch), { method: "GET", path: "/x" })).resolves.toEqual({});
  });

  it("reports a 2xx body that is not JSON as one root issue", async () => {
    const error = (await rejection(request(client(fakeFetch(new Response("<html>", { status: 200 })).fetch), { method: "GET", path: "/x" }))) as ResponseValidationError;
    expect(error.issues).toEqual([{ path: "", message: "Body is not valid JSON" }]);
    expect(error.message).toContain("(root): Body is not valid JSON");
  });

  it("waits for a schema that validates asynchronously", async () => {
    const schema = v.pipeAsync(v.object({ a: v.number() }), v.checkAsync(async () => false, "refused later"));
    const error = await rejection(request(client(fakeFetch(json(200, { a: 1 })).fetch), { method: "GET", path: "/x", responseSchema: schema as never }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("refused later");
  });

  it.each([
    [{ code: "custom_code" }, "unknown"],
    [{ message: "only a message" }, "unknown"],
  ])("uses a body as the ConnectRPC error only with both code and message: %j", async (body, code) => {
    const error = (await rejection(request(client(fakeFetch(json(418, body)).fetch), { method: "GET", path: "/x" }))) as APIError;
    expect(error.code).toBe(code);
    expect(error.message).toBe(`418 ${JSON.stringify(body)}`);
  });
});

describe("checks before sending", () => {
  it.each([
    ["spec", () => request(client(fakeFetch(json(200, {})).fetch), undefined as never), "spec must be an object"],
    ["path", () => request(client(fakeFetch(json(200, {})).fetch), { method: "GET", path: "x" }), 'path must start with "/"'],
    ["body", () => request(client(fakeFetch(json(200, {})).fetch), { method: "GET", path: "/x", body: { kind: "json", value: 1 } }), "body cannot be sent with GET"],
    ["body.stream", () => request(client(fakeFetch(json(200, {})).fetch), { method: "POST", path: "/x", body: { kind: "stream" } as never }), "body.stream is required"],
    ["options", () => request(client(fakeFetch(json(200, {})).fetch), { method: "GET", path: "/x" }, "fast" as never), "options must be an object"],
    ["body", () => request(client(fakeFetch(json(200, {})).fetch), { method: "POST", path: "/x", body: { kind: "json", value: 1n } }), "body is invalid: "],
    ["headers.x y", () => request(client(fakeFetch(json(200, {})).fetch), { method: "GET", path: "/x" }, { headers: { "x y": "1" } }), "headers.x y is not a valid HTTP header"],
    ["client", () => request(null as never, { method: "GET", path: "/x" }), "client must be a client made by createFactify()"],
  ])("names %s", async (field, call, message) => {
    const error = (await rejection(call())) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it("does not ask the token provider when the signal aborted before the call", async () => {
    const provider = vi.fn(() => "tok_1");
    const error = await rejection(request(client(fakeFetch(json(200, {})).fetch, { bearerAuth: provider }), { method: "GET", path: "/x" }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(provider).not.toHaveBeenCalled();
  });

  it("sends exactly the SDK's headers when the call adds none", async () => {
    const f = fakeFetch(json(200, {}));
    await request(client(f.fetch), { method: "GET", path: "/x" });
    expect([...f.calls[0]!.headers.keys()].sort()).toEqual(["accept", "authorization", "user-agent"]);
  });
});

describe("createFactify details", () => {
  it("requires a fetch where the runtime has none, and not when one is given", () => {
    vi.stubGlobal("fetch", undefined);
    let error: unknown;
    try {
      createFactify({ bearerAuth: "t" });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ field: "fetch", message: "fetch is required: this runtime has no global fetch" });
    expect(() => createFactify({ bearerAuth: "t", fetch: async () => json(200, {}) })).not.toThrow();
  });

  it("refuses a serverURL that only contains a URL, and strips every trailing slash", () => {
    expect(() => createFactify({ bearerAuth: "t", serverURL: "xhttp://a.test" })).toThrow(/serverURL/);
    expect(createFactify({ bearerAuth: "t", serverURL: "http://a.test///" }).baseURL).toBe("http://a.test");
  });

  it("sends its own user agent alone when no userAgent is given", async () => {
    const f = fakeFetch(json(200, {}));
    await request(client(f.fetch), { method: "GET", path: "/x" });
    expect(f.calls[0]!.headers.get("user-agent")).toBe("@factify/core/0.0.0-test");
  });

  it("names bearerAuth, not the variable, for a bad provider token even when FACTIFY_API_KEY is set", async () => {
    vi.stubEnv("FACTIFY_API_KEY", "ffy_env_token");
    const error = (await rejection(request(client(fakeFetch(json(200, {})).fetch, { bearerAuth: () => "" }), { method: "GET", path: "/x" }))) as InvalidRequestError;
    expect(error.field).toBe("bearerAuth");
  });

  it("reads Deno.env when process has no env", () => {
    vi.stubGlobal("process", {});
    vi.stubGlobal("Deno", { env: { get: () => "ffy_deno" } });
    expect(() => createFactify()).not.toThrow();
  });
});

describe("the loop around attempts", () => {
  it("logs a duration measured from the attempt's start", async () => {
    const details: Array<{ durationMs?: number }> = [];
    const c = client(fakeFetch(json(200, {})).fetch, { debugLogger: debugLog({ debug: (_line: unknown, d: { durationMs?: number }) => details.push(d) }) });
    await request(c, { method: "GET", path: "/x" });
    const { durationMs } = details[1]!;
    expect(durationMs).toBeGreaterThanOrEqual(0);
    expect(durationMs).toBeLessThan(5_000);
  });

  it("logs the placeholder, not the bytes, for an upload body", async () => {
    const lines: unknown[] = [];
    const c = client(fakeFetch(json(200, {})).fetch, { debugLogger: debugLog({ debug: (...args: unknown[]) => lines.push(args) }) });
    await request(c, { method: "POST", path: "/x", body: { kind: "stream", stream: () => ({ body: "FILE", headers: {}, replayable: true }) } });
    expect(JSON.stringify(lines)).toContain("[upload body not logged]");
  });

  it("turns an abort during the backoff wait into RequestAbortedError with the signal's reason", async () => {
    const controller = new AbortController();
    const c = client(fakeFetch(json(503, {})).fetch, { retryConfig: { initialInterval: 10_000, maxInterval: 10_000, maxRetries: 2 } });
    const call = rejection(request(c, { method: "GET", path: "/x" }, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort("stop");
    const error = await call;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.cause).toBe("stop");
  });

  it("gives onError a token provider's CallbackError", async () => {
    const onError = vi.fn();
    const c = client(fakeFetch(json(200, {})).fetch, { bearerAuth: () => { throw new Error("vault"); }, hooks: { onError } });
    expect(await rejection(request(c, { method: "GET", path: "/x" }))).toBeInstanceOf(CallbackError);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("stops waiting for a hanging onError when the caller aborts, and rejects with the call's error", async () => {
    const controller = new AbortController();
    const c = client(fakeFetch(json(404, { code: "not_found", message: "gone" })).fetch, { timeoutMs: 60_000, hooks: { onError: () => new Promise(() => {}) } });
    const call = rejection(request(c, { method: "GET", path: "/x" }, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect(await call).toMatchObject({ status: 404 });
  });

  it("reads a custom stream body without an error() as a connection failure when fetch fails", async () => {
    const failing = fakeFetch(new TypeError("fetch failed"));
    const error = await rejection(request(client(failing.fetch), { method: "POST", path: "/x", body: { kind: "stream", stream: () => ({ body: "x", headers: {}, replayable: true }) } }));
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it("reports an upload source's own failure when fetch wraps it in a generic error, as undici does", async () => {
    const { prepareMultipartBody } = await import("../../src/internal/multipart-body");
    const { toMultipartParts } = await import("../../src/internal/multipart");
    async function* broken() {
      yield new Uint8Array(1);
      throw new Error("disk gone");
    }
    const body = await prepareMultipartBody(toMultipartParts({ file: broken() }, ["file"]), { streams: true, onUploadProgress: () => {} });
    const wrapping = fakeFetch(async (sent) => {
      try {
        await new Response(sent.body as BodyInit).arrayBuffer();
      } catch (cause) {
        throw new TypeError("fetch failed", { cause });
      }
      return json(200, {});
    });
    const error = await rejection(request(client(wrapping.fetch), { method: "POST", path: "/x", body: { kind: "stream", stream: (signal) => body.create(signal) } }));
    expect(error).toBeInstanceOf(CallbackError);
    expect((error.cause as Error).message).toBe("disk gone");
  });

  it("sends a stream body half-duplex with redirect: error, and a Blob body without duplex", async () => {
    const f = fakeFetch(json(200, {}));
    const c = client(f.fetch);
    await request(c, { method: "POST", path: "/x", body: { kind: "stream", stream: () => ({ body: new ReadableStream(), headers: {}, replayable: false }) } });
    await request(c, { method: "POST", path: "/x", body: { kind: "stream", stream: () => ({ body: new Blob(["x"]), headers: {}, replayable: true }) } });
    const init = (i: number) => f.calls[i]!.init as RequestInit & { duplex?: string };
    expect(init(0).duplex).toBe("half");
    expect(init(0).redirect).toBe("error");
    expect(init(1).duplex).toBeUndefined();
    expect(init(1).redirect).toBe("error");
  });

  it("sends an async-iterable upload body half-duplex too", async () => {
    const f = fakeFetch(json(200, {}));
    async function* chunks() {
      yield new Uint8Array(1);
    }
    await request(client(f.fetch), { method: "POST", path: "/x", body: { kind: "stream", stream: () => ({ body: chunks() as never, headers: {}, replayable: false }) } });
    expect((f.calls[0]!.init as { duplex?: string }).duplex).toBe("half");
  });

  it("ends a connection error's message with the failure when there is no operation to name", async () => {
    const { refused } = await import("./fake-fetch");
    const error = await rejection(request(client(fakeFetch(refused()).fetch), { method: "GET", path: "/x" }));
    expect(error.message).toMatch(/ECONNREFUSED\)$/);
  });
});

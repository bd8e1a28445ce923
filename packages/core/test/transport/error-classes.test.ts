// Error classes on their own: negative instanceof / isFactifyError answers, a brand from another copy
// of core, status-to-class and status-to-code mapping at the edges, messages and hidden fields.
import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  CallbackError,
  ConflictError,
  ConnectionError,
  codeForStatus,
  createAPIError,
  FactifyError,
  heldRateLimitError,
  InternalServerError,
  InvalidRequestError,
  isFactifyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
  UnexpectedClientError,
} from "../../src/errors";

const api = (status: number, extra: Partial<Parameters<typeof createAPIError>[0]> = {}) =>
  createAPIError({ status, headers: new Headers(), body: "", ...extra });

describe("instanceof and isFactifyError", () => {
  it("say no for plain errors, look-alikes and values without the brand", () => {
    for (const value of [new Error("x"), { code: "not_found", status: 404 }, null, undefined, "err", 0]) {
      expect(isFactifyError(value)).toBe(false);
      expect(value instanceof FactifyError).toBe(false);
      expect(value instanceof APIError).toBe(false);
    }
    // A brand that is not a list is not a brand.
    const fake = { [Symbol.for("@factify/core/error")]: "FactifyError" };
    expect(isFactifyError(fake)).toBe(false);
    expect(fake instanceof FactifyError).toBe(false);
  });

  it("say no across sibling classes and from parent to child", () => {
    const notFound = api(404);
    expect(notFound instanceof NotFoundError).toBe(true);
    expect(notFound instanceof APIError).toBe(true);
    expect(notFound instanceof FactifyError).toBe(true);
    expect(notFound instanceof Error).toBe(true);
    expect(notFound instanceof ConflictError).toBe(false);
    expect(notFound instanceof RateLimitError).toBe(false);
    expect(api(418) instanceof NotFoundError).toBe(false);
    expect(new ConnectionError("down") instanceof APIError).toBe(false);
    expect(new RequestTimeoutError(5) instanceof RequestAbortedError).toBe(false);
    expect(new InvalidRequestError("bad") instanceof ResponseValidationError).toBe(false);
  });

  it("say yes for an error branded by another copy of core", () => {
    const foreign = Object.assign(new Error("404 gone"), { [Symbol.for("@factify/core/error")]: ["NotFoundError", "APIError", "FactifyError"] });
    expect(isFactifyError(foreign)).toBe(true);
    expect(foreign instanceof NotFoundError).toBe(true);
    expect(foreign instanceof APIError).toBe(true);
    expect(foreign instanceof ConflictError).toBe(false);
  });
});

describe("status mapping", () => {
  it("codes statuses, including ones with no entry of their own", () => {
    const expected: Record<number, string> = {
      400: "invalid_argument",
      401: "unauthenticated",
      403: "permission_denied",
      404: "not_found",
      408: "deadline_exceeded",
      409: "already_exists",
      412: "failed_precondition",
      418: "unknown",
      422: "invalid_argument",
      429: "resource_exhausted",
      499: "canceled",
      500: "internal",
      501: "unimplemented",
      502: "internal",
      503: "unavailable",
      504: "deadline_exceeded",
      505: "internal",
      599: "internal",
      499.5: "unknown",
    };
    for (const [status, code] of Object.entries(expected)) expect(codeForStatus(Number(status)), status).toBe(code);
  });

  it("picks the most specific class for a status", () => {
    const classes: [number, { errorName: string }][] = [
      [400, BadRequestError],
      [422, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [429, RateLimitError],
      [500, InternalServerError],
      [501, InternalServerError],
      [505, InternalServerError],
      [418, APIError],
      [499, APIError],
    ];
    for (const [status, Class] of classes) {
      const error = api(status);
      expect(error.name, String(status)).toBe(Class.errorName);
      expect(error.status).toBe(status);
    }
    expect(api(418) instanceof BadRequestError).toBe(false);
    expect(api(499) instanceof InternalServerError).toBe(false);
  });
});

describe("APIError fields and message", () => {
  it("prefers the body's code and message, names the operation, and reads the request id from a header or the details", () => {
    const error = api(400, {
      body: "{}",
      error: { code: "failed_precondition", message: "not ready", details: [{ reason: "state" }, { request_id: "req_d" }] },
      operationId: "sendThing",
    });
    expect(error.message).toBe("400 not ready [sendThing]");
    expect(error.code).toBe("failed_precondition");
    expect(error.reason).toBe("state");
    expect(error.requestId).toBe("req_d");
    const headed = api(500, { headers: new Headers({ "x-request-id": "req_h" }), error: { code: "internal", message: "m", details: [{ request_id: "req_d" }] } });
    expect(headed.requestId).toBe("req_h");
    expect(headed.retryable).toBe(false);
  });

  it("falls back to the first 200 characters of the body, or HTTP <status> for an empty one", () => {
    expect(api(502, { body: "x".repeat(300) }).message).toBe(`502 ${"x".repeat(200)}`);
    expect(api(502, { body: "  \n" }).message).toBe("502 HTTP 502");
    const error = api(404, { body: "gone", error: { code: "not_found", message: "m", details: "no" as never } });
    expect(error.details).toEqual([]);
    expect(error.reason).toBeUndefined();
  });

  it("keeps headers, body and response as own fields that logging and JSON leave out", () => {
    const rawResponse = new Response("raw");
    const error = api(404, { body: "gone", rawResponse });
    expect(error.body).toBe("gone");
    expect(error.rawResponse).toBe(rawResponse);
    expect(Object.keys(error)).not.toContain("body");
    expect(Object.keys(error)).not.toContain("headers");
    expect(Object.keys(error)).not.toContain("rawResponse");
    expect(JSON.stringify(error)).not.toContain("gone");
  });

  it("gives a server 429 sent:true and a reset time, and a held call sent:false", () => {
    const before = Date.now();
    const served = api(429, { retryAfterMs: 2000 }) as RateLimitError;
    expect(served.sent).toBe(true);
    expect(served.resetAt!.getTime()).toBeGreaterThanOrEqual(before + 2000);
    expect(served.resetAt!.getTime()).toBeLessThan(before + 60_000);
    expect((api(429) as RateLimitError).resetAt).toBeUndefined();
    const resetAt = new Date(before + 500);
    const held = heldRateLimitError("held back", 500, resetAt);
    expect(held).toBeInstanceOf(RateLimitError);
    expect(held).toMatchObject({ message: "held back", sent: false, status: 429, code: "resource_exhausted", retryable: true, retryAfterMs: 500, resetAt });
    expect(held.name).toBe("RateLimitError");
  });
});

describe("other errors", () => {
  it("word their messages and carry their fields", () => {
    expect(new RequestTimeoutError(1500)).toMatchObject({ message: "Request timed out after 1500 ms", code: "timeout", timeoutMs: 1500 });
    expect(new RequestAbortedError("why")).toMatchObject({ message: "Request was aborted", code: "aborted", cause: "why" });
    expect(new RequestAbortedError().cause).toBeUndefined();
    expect("cause" in new RequestAbortedError()).toBe(false);
    expect(new CallbackError("hooks.onError", new Error("boom"))).toMatchObject({ message: "hooks.onError failed: boom", source: "hooks.onError", code: "callback_error" });
    expect(new CallbackError("bearerAuth", "plain").message).toBe("bearerAuth failed: plain");
    expect(new CallbackError("bearerAuth", undefined).message).toBe("bearerAuth failed: undefined");
    expect(new UnexpectedClientError("bug", 1)).toMatchObject({ code: "client_error", cause: 1, name: "UnexpectedClientError" });
    expect(new ConnectionError("refused")).toMatchObject({ code: "connection_error", name: "ConnectionError" });
  });

  it("list an InvalidRequestError's field as its one issue unless issues are given", () => {
    expect(new InvalidRequestError("a: bad", { field: "a" }).issues).toEqual([{ path: "a", message: "a: bad" }]);
    expect(new InvalidRequestError("bad").issues).toEqual([]);
    expect(new InvalidRequestError("bad", { field: "a", issues: [{ path: "b", message: "m" }] }).issues).toEqual([{ path: "b", message: "m" }]);
  });

  it("word a ResponseValidationError after its first issue", () => {
    const error = new ResponseValidationError({ status: 200, body: "{}", rawValue: {}, issues: [{ path: "items[0].id", message: "Invalid type" }], operationId: "getX" });
    expect(error.message).toBe("Response of getX does not match the API contract: items[0].id: Invalid type");
    expect(new ResponseValidationError({ status: 200, body: "", rawValue: "", issues: [{ path: "", message: "Expected object" }] }).message).toBe(
      "Response of request does not match the API contract: (root): Expected object",
    );
    expect(new ResponseValidationError({ status: 200, body: "x", rawValue: "x", issues: [] }).message).toBe("Response of request does not match the API contract");
    expect(Object.keys(error)).not.toContain("body");
    expect(error.body).toBe("{}");
  });
});

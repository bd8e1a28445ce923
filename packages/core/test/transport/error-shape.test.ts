// Errors that read well: short when logged, naming the operation, classified by status, branded.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  APIError,
  BadRequestError,
  CallbackError,
  ConnectionError,
  codeForStatus,
  createAPIError,
  createFactify,
  FactifyError,
  InternalServerError,
  InvalidRequestError,
  isFactifyError,
  NotFoundError,
  RateLimitError,
  RequestTimeoutError,
  request,
} from "../../src/index";
import { MAX_CAUSES, describeFailure } from "../../src/request/transport";
import { markRetryable } from "../../src/retry";
import { fakeFetch, json, refused, rejection } from "./fake-fetch";

const client = (fetch: ReturnType<typeof fakeFetch>["fetch"]) =>
  createFactify({ bearerAuth: "t", serverURL: "http://api.test", fetch, retryConfig: false });

describe("an API error", () => {
  it("logs short: no Response, no headers, no body among its printed fields, which stay readable", async () => {
    const html = `<html>${"x".repeat(5_000)}</html>`;
    const f = fakeFetch(new Response(html, { status: 502, headers: { "x-request-id": "req_1", "x-custom": "header-value" } }));
    const error = (await rejection(request(client(f.fetch), { method: "GET", path: "/x", operationId: "getThing" }))) as APIError;
    const text = inspect(error);
    expect(text).not.toContain("Response {");
    expect(text).not.toContain("Headers {");
    expect(text).not.toContain("header-value");
    expect(text.length).toBeLessThan(error.stack!.length + 400);
    expect(Object.keys(error)).not.toContain("headers");
    expect(Object.keys(error)).not.toContain("rawResponse");
    expect(Object.keys(error)).not.toContain("body");
    expect(JSON.stringify(error)).not.toContain("xxxxxxxx");
    expect(error.headers.get("x-custom")).toBe("header-value");
    expect(error.rawResponse).toBeInstanceOf(Response);
    expect(error.body).toBe(html);
    expect(error.requestId).toBe("req_1");
  });

  it("names the operation in its message and fields", async () => {
    const f = fakeFetch(json(404, { code: "not_found", message: "Document not found" }));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x", operationId: "getDocument" }));
    expect(error.message).toBe("404 Document not found [getDocument]");
    expect(error).toMatchObject({ operationId: "getDocument" });
  });

  it("leaves the operation out of the message of a raw request", async () => {
    const f = fakeFetch(json(404, { code: "not_found", message: "Document not found" }));
    expect((await rejection(request(client(f.fetch), { method: "GET", path: "/x" }))).message).toBe("404 Document not found");
  });
});

describe("a connection error", () => {
  it("names the method, the URL path and the operation", async () => {
    const error = await rejection(request(client(fakeFetch(refused()).fetch), { method: "DELETE", path: "/v1beta/documents/d1", query: "q=1", operationId: "trash" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^DELETE http:\/\/api\.test\/v1beta\/documents\/d1 failed: .*ECONNREFUSED.* \[trash\]$/);
    expect(error.message).not.toContain("q=1");
  });

  it("follows a cause chain only so far, so a chain that loops still ends", () => {
    const looped: { message: string; cause?: unknown } = { message: "a" };
    looped.cause = looped;
    expect(describeFailure(looped).split(": ")).toHaveLength(MAX_CAUSES);
    expect(MAX_CAUSES).toBe(6);
    const chain = { message: "1", code: "E1", cause: { message: "2", cause: "3" } };
    expect(describeFailure(chain)).toBe("1 (E1): 2: 3");
  });
});

describe("statuses", () => {
  it.each([
    [400, BadRequestError, "invalid_argument", false],
    [418, APIError, "unknown", false],
    [422, BadRequestError, "invalid_argument", false],
    [404, NotFoundError, "not_found", false],
    [412, APIError, "failed_precondition", false],
    [429, RateLimitError, "resource_exhausted", true],
    [500, InternalServerError, "internal", true],
    [501, InternalServerError, "unimplemented", false],
    [502, InternalServerError, "internal", true],
    [503, InternalServerError, "unavailable", true],
    [504, InternalServerError, "deadline_exceeded", true],
    [505, InternalServerError, "internal", false],
    [511, InternalServerError, "internal", false],
    [599, InternalServerError, "internal", false],
  ] as const)("classifies %i as %s with code %s, retryable %s", async (status, Class, code, retryable) => {
    const f = fakeFetch(new Response("", { status }));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }));
    expect(error.constructor).toBe(Class);
    expect(error).toMatchObject({ status, code, retryable });
    expect(codeForStatus(status)).toBe(code);
    expect(error.message).toBe(`${status} HTTP ${status}`);
  });

  it("does not call a 429 for an exhausted quota retryable", () => {
    const quota = createAPIError({ status: 429, headers: new Headers(), body: "", error: { code: "resource_exhausted", message: "quota", details: [{ reason: "quota_exceeded" }] } });
    expect(markRetryable(quota).retryable).toBe(false);
    expect(markRetryable(createAPIError({ status: 429, headers: new Headers(), body: "" })).retryable).toBe(true);
  });

  it("makes retryable a decision of the retry policy, not of the constructor", () => {
    expect(createAPIError({ status: 503, headers: new Headers(), body: "" }).retryable).toBe(false);
    expect(new ConnectionError("x").retryable).toBe(false);
    expect(markRetryable(new ConnectionError("x")).retryable).toBe(true);
    expect(markRetryable(new RequestTimeoutError(5)).retryable).toBe(true);
    expect(markRetryable(new InvalidRequestError("x")).retryable).toBe(false);
  });
});

describe("brands", () => {
  const notFound = createAPIError({ status: 404, headers: new Headers(), body: "" });

  it("answers instanceof for the class and its ancestors only", () => {
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toBeInstanceOf(APIError);
    expect(notFound).toBeInstanceOf(FactifyError);
    expect(notFound instanceof BadRequestError).toBe(false);
    expect(notFound instanceof ConnectionError).toBe(false);
    expect(new ConnectionError("x") instanceof APIError).toBe(false);
    expect(new CallbackError("hooks.onError", new Error("x")) instanceof InvalidRequestError).toBe(false);
  });

  it.each([null, undefined, 0, "FactifyError", {}, new Error("plain"), { name: "APIError", code: "x" }])("isFactifyError(%s) is false", (value) => {
    expect(isFactifyError(value)).toBe(false);
    expect(value instanceof FactifyError).toBe(false);
  });

  it("isFactifyError is true for every SDK error", () => {
    expect(isFactifyError(notFound)).toBe(true);
    expect(isFactifyError(new CallbackError("bearerAuth", "text"))).toBe(true);
    expect(new CallbackError("bearerAuth", "text").message).toBe("bearerAuth failed: text");
  });
});

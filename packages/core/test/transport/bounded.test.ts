// Nothing a call waits on is unbounded: token providers, hooks, attempts, the retry budget, a shared signal.
import { describe, expect, it, vi } from "vitest";
import {
  CallbackError,
  createFactify,
  type FactifyOptions,
  InvalidRequestError,
  isFactifyError,
  RequestAbortedError,
  RequestTimeoutError,
  request,
} from "../../src/index";
import { fakeFetch, hang, json, rejection } from "./fake-fetch";

const BASE = "http://api.test";
const never = () => new Promise<never>(() => {});

function client(fetch: FactifyOptions["fetch"], options: FactifyOptions = {}) {
  return createFactify({ bearerAuth: "tok_1", serverURL: BASE, fetch, retryConfig: false, ...options });
}

describe("the token provider", () => {
  it.each([
    ["throws", () => {
      throw new Error("vault down");
    }],
    ["rejects", () => Promise.reject(new Error("vault down"))],
  ])("that %s ends the call with a CallbackError holding its error, and sends nothing", async (_, bearerAuth) => {
    const f = fakeFetch(json(200, {}));
    const error = await rejection(request(client(f.fetch, { bearerAuth }), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(CallbackError);
    expect(isFactifyError(error)).toBe(true);
    expect(error).toMatchObject({ source: "bearerAuth", code: "callback_error", retryable: false });
    expect((error.cause as Error).message).toBe("vault down");
    expect(error.message).toContain("vault down");
    expect(f.calls).toHaveLength(0);
  });

  it("that never resolves ends as RequestTimeoutError after the attempt's timeout", async () => {
    const f = fakeFetch(json(200, {}));
    const started = Date.now();
    const error = await rejection(request(client(f.fetch, { bearerAuth: never, timeoutMs: 30 }), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(f.calls).toHaveLength(0);
  });

  it("that never resolves ends as RequestAbortedError when the caller aborts", async () => {
    const f = fakeFetch(json(200, {}));
    const controller = new AbortController();
    const call = rejection(request(client(f.fetch, { bearerAuth: never }), { method: "GET", path: "/x" }, { signal: controller.signal }));
    setTimeout(() => controller.abort("user left"), 5);
    const error = await call;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.cause).toBe("user left");
  });
});

describe("hooks", () => {
  it.each(["beforeRequest", "afterResponse"] as const)("%s that never settles ends as RequestTimeoutError", async (name) => {
    const f = fakeFetch(json(200, {}));
    const error = await rejection(request(client(f.fetch, { timeoutMs: 30, hooks: { [name]: never } }), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(RequestTimeoutError);
  });

  it("beforeRequest that never settles ends as RequestAbortedError when the caller aborts", async () => {
    const f = fakeFetch(json(200, {}));
    const controller = new AbortController();
    const call = rejection(request(client(f.fetch, { hooks: { beforeRequest: never } }), { method: "GET", path: "/x" }, { signal: controller.signal }));
    controller.abort();
    expect(await call).toBeInstanceOf(RequestAbortedError);
    expect(f.calls).toHaveLength(0);
  });

  it("onError that throws turns the rejection into a CallbackError; one that hangs leaves the call's own error", async () => {
    const f = fakeFetch(json(404, { code: "not_found", message: "gone" }));
    const boom = new Error("metrics down");
    const thrown = await rejection(request(client(f.fetch, { hooks: { onError: () => { throw boom; } } }), { method: "GET", path: "/x" }));
    expect(thrown).toMatchObject({ source: "hooks.onError", cause: boom });
    const hung = await rejection(request(client(f.fetch, { timeoutMs: 20, hooks: { onError: never } }), { method: "GET", path: "/x" }));
    expect(hung).toMatchObject({ status: 404, code: "not_found" });
  });

  it("lets a FactifyError thrown on purpose by a hook or a token provider through as it is", async () => {
    const closed = new InvalidRequestError("client is closed", { field: "client" });
    const f = fakeFetch(json(200, {}));
    for (const options of [{ hooks: { beforeRequest: () => Promise.reject(closed) } }, { bearerAuth: () => Promise.reject(closed) }, { hooks: { afterResponse: () => { throw closed; } } }]) {
      expect(await rejection(request(client(f.fetch, options), { method: "GET", path: "/x" }))).toBe(closed);
    }
    expect(f.calls).toHaveLength(1);
  });

  it("onError hears about an aborted call too", async () => {
    const onError = vi.fn();
    const controller = new AbortController();
    const call = rejection(request(client(fakeFetch(hang).fetch, { hooks: { onError } }), { method: "GET", path: "/x" }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 5);
    expect(await call).toBeInstanceOf(RequestAbortedError);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(RequestAbortedError);
  });
});

describe("time limits", () => {
  it("cuts an attempt's timeout to what is left of the retry budget", async () => {
    const f = fakeFetch(hang);
    const started = Date.now();
    const c = client(f.fetch, { timeoutMs: 60_000, retryConfig: { maxElapsedTime: 40, initialInterval: 1, maxInterval: 1 } });
    const error = await rejection(request(c, { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    // The budget, not the attempt's 60 s, is what ran out, and the error says so.
    expect((error as RequestTimeoutError).timeoutMs).toBe(40);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports the attempt's timeout when the budget had time left", async () => {
    const error = await rejection(request(client(fakeFetch(hang).fetch, { timeoutMs: 25 }), { method: "GET", path: "/x" }));
    expect((error as RequestTimeoutError).timeoutMs).toBe(25);
    expect(error.message).toContain("25 ms");
  });

  it.each([Infinity, 2 ** 31, 1e12])("accepts timeoutMs %s without a timer that fires at once", async (timeoutMs) => {
    const f = fakeFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return json(200, { ok: true });
    });
    await expect(request(client(f.fetch, { timeoutMs }), { method: "GET", path: "/x" })).resolves.toEqual({ ok: true });
    expect(f.calls[0]!.signal!.aborted).toBe(false);
  });

  it("classifies an aborted POST as RequestAbortedError, not a timeout, and does not retry it", async () => {
    const f = fakeFetch(hang);
    const controller = new AbortController();
    const c = client(f.fetch, { timeoutMs: 10_000, retryConfig: { maxRetries: 3, initialInterval: 1 } });
    const call = rejection(request(c, { method: "POST", path: "/x", body: { kind: "json", value: {} } }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    const error = await call;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error).not.toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ code: "aborted", retryable: false });
    expect(f.calls).toHaveLength(1);
  });
});

describe("a signal shared by many calls", () => {
  it("carries one listener however many calls wait on it, removed when the last call ends", async () => {
    const controller = new AbortController();
    const signal = controller.signal;
    const add = vi.spyOn(signal, "addEventListener");
    const remove = vi.spyOn(signal, "removeEventListener");
    const release: Array<() => void> = [];
    const f = fakeFetch(() => new Promise<Response>((resolve) => release.push(() => resolve(json(200, {})))));
    const c = client(f.fetch);
    const calls = Array.from({ length: 20 }, () => request(c, { method: "GET", path: "/x" }, { signal }));
    while (f.calls.length < 20) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(add).toHaveBeenCalledTimes(1);
    expect(remove).not.toHaveBeenCalled();
    for (const done of release.slice(0, 19)) done();
    await Promise.all(calls.slice(0, 19));
    expect(remove).not.toHaveBeenCalled();
    release[19]!();
    await calls[19];
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove.mock.calls[0]![0]).toBe("abort");
    expect(remove.mock.calls[0]![1]).toBe(add.mock.calls[0]![1]);
  });

  it("aborts every call waiting on it", async () => {
    const controller = new AbortController();
    const c = client(fakeFetch(hang).fetch);
    const calls = [1, 2, 3].map(() => rejection(request(c, { method: "GET", path: "/x" }, { signal: controller.signal })));
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    for (const error of await Promise.all(calls)) expect(error).toBeInstanceOf(RequestAbortedError);
  });
});

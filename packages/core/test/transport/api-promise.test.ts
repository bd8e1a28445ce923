import { describe, expect, it } from "vitest";
import { APIPromise } from "../../src/api-promise";
import { createFactify, NotFoundError, request } from "../../src/index";
import { fakeFetch, json, rejection } from "./fake-fetch";

const client = (fetch: ReturnType<typeof fakeFetch>["fetch"]) =>
  createFactify({ bearerAuth: "t", serverURL: "http://api.test", fetch, retryConfig: false });

describe("APIPromise", () => {
  it("resolves to the data, and withResponse() to data, Response and request id, from one request", async () => {
    const f = fakeFetch(json(200, { id: 1 }, { "x-request-id": "req_7" }));
    const call = request<{ id: number }>(client(f.fetch), { method: "GET", path: "/x" });
    expect(call).toBeInstanceOf(Promise);
    expect(call).toBeInstanceOf(APIPromise);
    const sent = await call.withResponse();
    expect(await call).toEqual({ id: 1 });
    expect(sent.data).toEqual({ id: 1 });
    expect(sent.response).toBeInstanceOf(Response);
    expect(sent.response.status).toBe(200);
    expect(sent.requestId).toBe("req_7");
    expect(await call.withResponse()).toBe(sent);
    expect(f.calls).toHaveLength(1);
  });

  it("gives undefined as request id when the server sends none", async () => {
    const f = fakeFetch(json(200, {}));
    expect((await request(client(f.fetch), { method: "GET", path: "/x" }).withResponse()).requestId).toBeUndefined();
  });

  it("chains into plain Promises that start nothing again", async () => {
    const f = fakeFetch(json(200, { n: 2 }));
    const call = request<{ n: number }>(client(f.fetch), { method: "GET", path: "/x" });
    const chained = call.then((data) => data.n * 2);
    expect(chained).not.toBeInstanceOf(APIPromise);
    expect(chained.constructor).toBe(Promise);
    expect(call.catch(() => 0)).not.toBeInstanceOf(APIPromise);
    expect(call.finally(() => {})).not.toBeInstanceOf(APIPromise);
    expect(await chained).toBe(4);
    expect(f.calls).toHaveLength(1);
  });

  it("rejects withResponse() with the call's error, without an unhandled rejection of the data promise", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      const f = fakeFetch(json(404, { code: "not_found", message: "gone" }));
      const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }).withResponse());
      expect(error).toBeInstanceOf(NotFoundError);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });

  it("still works as a Promise subclass made the usual way", async () => {
    const made = new APIPromise<number>((resolve) => resolve(3));
    expect(await made).toBe(3);
    expect(await made.withResponse()).toEqual({ data: 3, response: undefined, requestId: undefined });
  });
});

// invoke() through a fake fetch: how input is split into path, query and JSON body, what a JSON body
// looks like (Dates, undefined, class instances, null-prototype objects), and what is refused before sending.
import { describe, expect, it } from "vitest";
import { createFactify } from "../../src/client";
import { InvalidRequestError } from "../../src/errors";
import { invoke } from "../../src/invoke";
import type { OperationDescriptor } from "../../src/operation";
import type { StandardSchema } from "../../src/types";
import { upload } from "../../src/upload";
import { fakeFetch, json } from "../transport/fake-fetch";

function setup(options: { validate?: boolean } = {}) {
  const api = fakeFetch(json(200, { ok: true }, { "x-request-id": "req_1" }));
  const client = createFactify({ bearerAuth: "t", serverURL: "http://api.test", fetch: api.fetch, rateLimit: false, retryConfig: false, ...options });
  return { api, client };
}

const post: OperationDescriptor<any, unknown> = {
  id: "postThing",
  method: "POST",
  path: "/v1/things/{thing_id}/notes",
  body: "json",
  queryParams: ["dry_run"],
};
const get: OperationDescriptor<any, unknown> = { id: "getThing", method: "GET", path: "/v1/things/{thing_id}" };

describe("invoke input split", () => {
  it("puts path keys in the path, listed keys in the query, the rest in a JSON body", async () => {
    const { api, client } = setup();
    const result = await invoke(client, post, { thing_id: "t 1", dry_run: true, note: "n", skip: undefined });
    expect(result).toEqual({ ok: true });
    const sent = api.calls[0]!;
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("http://api.test/v1/things/t%201/notes?dry_run=true");
    expect(JSON.parse(String(sent.body))).toEqual({ note: "n" });
  });

  it("sends every non-path key of a bodiless operation as query, and no body", async () => {
    const { api, client } = setup();
    await invoke(client, get, { thing_id: "t1", expand: ["a", "b"], since: new Date(Date.UTC(2026, 0, 1)), none: undefined });
    expect(api.calls[0]!.url).toBe("http://api.test/v1/things/t1?expand=a&expand=b&since=2026-01-01T00%3A00%3A00.000Z");
    expect(api.calls[0]!.body).toBeUndefined();
  });

  it("sends {} for a JSON operation without fields, and takes a missing input as {}", async () => {
    const { api, client } = setup();
    const bare: OperationDescriptor<any, unknown> = { id: "ping", method: "POST", path: "/v1/ping", body: "json" };
    await invoke(client, bare, undefined);
    expect(api.calls[0]!.body).toBe("{}");
    expect(api.calls[0]!.url).toBe("http://api.test/v1/ping");
  });

  it("writes Dates in the body as RFC 3339, copies plain and null-prototype objects, keeps class instances as JSON has them", async () => {
    const { api, client } = setup();
    const bare = Object.assign(Object.create(null), { at: new Date(Date.UTC(2026, 1, 2)), gone: undefined });
    class Money {
      constructor(readonly cents: number) {}
      toJSON() {
        return `${this.cents}c`;
      }
    }
    await invoke(client, post, { thing_id: "t", list: [new Date(Date.UTC(2026, 0, 1)), { x: undefined, y: 1 }], bare, price: new Money(5), n: 0, s: "s", z: null });
    expect(JSON.parse(String(api.calls[0]!.body))).toEqual({
      list: ["2026-01-01T00:00:00.000Z", { y: 1 }],
      bare: { at: "2026-02-02T00:00:00.000Z" },
      price: "5c",
      n: 0,
      s: "s",
      z: null,
    });
  });

  it("names a bad Date in the body by its path", async () => {
    const { api, client } = setup();
    const bare = Object.assign(Object.create(null), { at: new Date(Date.UTC(10000, 0, 1)) });
    await expect(invoke(client, post, { thing_id: "t", bare })).rejects.toThrow(/^bare\.at: Invalid Date/);
    await expect(invoke(client, post, { thing_id: "t", items: [{ at: new Date(Number.NaN) }] })).rejects.toThrow(/^items\[0\]\.at: Invalid Date/);
    await expect(invoke(client, post, { thing_id: "t", when: new Date(Date.UTC(10000, 0, 1)) })).rejects.toThrow(/^when: Invalid Date/);
    expect(api.calls).toHaveLength(0);
  });

  it("refuses input that is not an object, and multipart operations, before sending", async () => {
    const { api, client } = setup();
    for (const input of [null, [1], "x", 3]) {
      const error = await invoke(client, get, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as Error).message).toBe("(input): getThing expects an object of named fields");
    }
    const multipart: OperationDescriptor<any, unknown> = { id: "uploadThing", method: "POST", path: "/v1/up", body: "multipart", fileParams: ["file"] };
    await expect(invoke(client, multipart, { file: new Uint8Array(1) })).rejects.toThrow("uploadThing sends a multipart body: call it with upload(), not invoke()");
    expect(api.calls).toHaveLength(0);
    await upload(client, multipart, { file: new Uint8Array(1), title: "x" });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("checks input against the schema unless the client has validate:false, and waits for an async schema", async () => {
    const calls: unknown[] = [];
    const refuse = (async: boolean): StandardSchema => ({
      "~standard": {
        version: 1,
        vendor: "t",
        validate: (value) => {
          calls.push(value);
          const result = { issues: [{ message: "nope", path: ["thing_id"] }] };
          return async ? Promise.resolve(result) : result;
        },
      },
    });
    const { api, client } = setup();
    await expect(invoke(client, { ...get, input: refuse(false) }, { thing_id: "t" })).rejects.toThrow("thing_id: nope [getThing]");
    await expect(invoke(client, { ...get, input: refuse(true) }, { thing_id: "t" })).rejects.toThrow("thing_id: nope [getThing]");
    expect(api.calls).toHaveLength(0);
    const loose = setup({ validate: false });
    await invoke(loose.client, { ...get, input: refuse(false) }, { thing_id: "t" });
    expect(loose.api.calls).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it("resolves withResponse to the parsed body with the response and request id", async () => {
    const { client } = setup();
    const sent = await invoke(client, get, { thing_id: "t" }).withResponse();
    expect(sent.data).toEqual({ ok: true });
    expect(sent.requestId).toBe("req_1");
    expect(sent.response.status).toBe(200);
  });
});

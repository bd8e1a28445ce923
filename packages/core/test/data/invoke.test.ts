import * as v from "valibot";
import { describe, expect, it, vi } from "vitest";
import { createFactify } from "../../src/client";
import { InvalidRequestError, ResponseValidationError } from "../../src/errors";
import { invoke, sendOperation } from "../../src/invoke";
import { type MultipartPreparer, prepareMultipart } from "../../src/internal/multipart-body";
import { upload } from "../../src/upload";
import type { OperationDescriptor } from "../../src/operation";
import { dateTimeInput, openEnum, uploadable } from "../../src/schema";
import type { FetchLike, UploadProgress } from "../../src/types";
import { rejection } from "../transport/fake-fetch";

const DOC_ID = "doc_01h2xcejqtf2nbrexx3vqjhp41";
const docId = v.pipe(v.string(), v.regex(/^doc_[0-9a-hjkmnp-tv-z]{26}$/, "Invalid format"));

const getDocument: OperationDescriptor<{ document_id: string }, { document: { id: string } }> = {
  id: "getDocument",
  method: "GET",
  path: "/v1beta/documents/{document_id}",
  input: v.object({ document_id: docId }),
  output: v.looseObject({ document: v.looseObject({ id: v.string() }) }),
};

const grantDocumentAccess: OperationDescriptor<any, unknown> = {
  id: "grantDocumentAccess",
  method: "POST",
  path: "/v1beta/documents/{document_id}/share",
  body: "json",
  input: v.object({
    document_id: docId,
    recipients: v.array(v.object({ recipient: v.string(), role: v.picklist(["viewer", "commenter", "admin"]) })),
    custom_message: v.optional(v.string()),
  }),
};

const listDocuments: OperationDescriptor<any, unknown> = {
  id: "listDocuments",
  method: "GET",
  path: "/v1beta/documents",
  queryParams: ["page_token", "page_size", "created", "access_level", "query"],
  input: v.object({
    page_token: v.optional(v.string()),
    page_size: v.optional(v.number()),
    created: v.optional(v.object({ after: v.optional(dateTimeInput()), before: v.optional(dateTimeInput()) })),
    access_level: v.optional(v.array(openEnum(["private", "organization", "public"]))),
    query: v.optional(v.string()),
  }),
};

const trashDocument: OperationDescriptor<any, unknown> = {
  id: "trashDocument",
  method: "POST",
  path: "/v1beta/documents/{document_id}/trash",
  body: "json",
  input: v.object({ document_id: docId }),
};

const createApiKey: OperationDescriptor<any, unknown> = {
  id: "createApiKey",
  method: "POST",
  path: "/v1beta/api-keys",
  body: "json",
};

const createDocument: OperationDescriptor<any, unknown> = {
  id: "createDocument",
  method: "POST",
  path: "/v1beta/documents",
  body: "multipart",
  fileParams: ["payload"],
  input: v.object({ payload: uploadable(), title: v.pipe(v.string(), v.minLength(1)), description: v.optional(v.string()) }),
};

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
  redirect: RequestRedirect;
}

/** A client whose fetch records every request and answers with `reply`. */
function clientWith(reply: (seen: Seen, index: number) => Response | Promise<Response> = () => Response.json({}), extra = {}) {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const body = new Uint8Array(await request.arrayBuffer());
    const entry = { method: request.method, url: new URL(request.url), headers: request.headers, body, redirect: request.redirect };
    seen.push(entry);
    return reply(entry, seen.length - 1);
  };
  const spy = vi.fn(fetch);
  const client = createFactify({
    bearerAuth: "ffy_test_token",
    serverURL: "http://api.test",
    fetch: spy,
    rateLimit: false,
    retryConfig: false,
    ...extra,
  });
  return { client, seen, fetch: spy };
}

function text(body: Uint8Array): string {
  return new TextDecoder().decode(body);
}

async function rejectionOf(promise: Promise<unknown>): Promise<InvalidRequestError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(InvalidRequestError);
  return error as InvalidRequestError;
}

describe("invoke: input validation", () => {
  it("names the offending field and sends nothing", async () => {
    const { client, fetch } = clientWith();
    const error = await rejectionOf(invoke(client, getDocument, { document_id: "nope" }));
    expect(error.field).toBe("document_id");
    expect(error.message).toMatch(/^document_id: Invalid format/);
    expect(error.message).toContain("getDocument");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("names nested paths with indexes and keeps every issue", async () => {
    const { client, fetch } = clientWith();
    const error = await rejectionOf(
      invoke(client, grantDocumentAccess, {
        document_id: DOC_ID,
        recipients: [
          { recipient: "a@example.com", role: "viewer" },
          { recipient: "b@example.com", role: "boss" },
          { recipient: 7, role: "viewer" },
        ],
      }),
    );
    expect(error.field).toBe("recipients[1].role");
    expect(error.message).toMatch(/^recipients\[1\]\.role: Invalid type/);
    expect(error.message).toContain("and 1 more issue");
    expect(error.issues.map((i) => i.path)).toEqual(["recipients[1].role", "recipients[2].recipient"]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("also waits for asynchronous schemas, on input and on responses", async () => {
    const { client, fetch } = clientWith(() => Response.json({ document: { id: 7 } }));
    const slowId = v.pipeAsync(
      v.string(),
      v.checkAsync(async (id) => id.startsWith("doc_"), "Unknown document"),
    );
    const asyncGet = {
      ...getDocument,
      input: v.objectAsync({ document_id: slowId }),
      output: v.objectAsync({ document: v.objectAsync({ id: v.pipeAsync(v.string()) }) }),
    } as unknown as typeof getDocument;
    const refused = await rejectionOf(invoke(client, asyncGet, { document_id: "nope" }));
    expect(refused.message).toMatch(/^document_id: Unknown document/);
    expect(fetch).not.toHaveBeenCalled();
    const error = await invoke(client, asyncGet, { document_id: DOC_ID }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]!.path).toBe("document.id");
  });

  it("refuses input that is not an object", async () => {
    const { client, fetch } = clientWith();
    for (const input of [null, "doc_1", 42, [DOC_ID]]) {
      const error = await rejectionOf(invoke(client, getDocument, input as never));
      expect(error.message).toContain("getDocument expects an object");
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses a bad path value even without a schema or with validation off", async () => {
    const { client, fetch } = clientWith(undefined, { validate: false });
    const error = await rejectionOf(invoke(client, getDocument, { document_id: "../api-keys" }));
    expect(error.field).toBe("document_id");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("sends input the schema would refuse when the client has validate: false", async () => {
    const { client, seen } = clientWith(() => Response.json({ document: { id: 1 } }), { validate: false });
    await invoke(client, getDocument, { document_id: "not-a-typeid" });
    expect(seen[0]!.url.pathname).toBe("/v1beta/documents/not-a-typeid");
  });
});

describe("invoke: building the request", () => {
  it("puts path fields in the path, query fields in the query, and resolves to the body", async () => {
    const { client, seen } = clientWith(() => Response.json({ document: { id: DOC_ID, extra: true } }));
    const result = await invoke(client, getDocument, { document_id: DOC_ID });
    expect(result).toEqual({ document: { id: DOC_ID, extra: true } });
    expect(seen[0]!.method).toBe("GET");
    expect(seen[0]!.url.pathname).toBe(`/v1beta/documents/${DOC_ID}`);
    expect(seen[0]!.url.search).toBe("");
    expect(seen[0]!.body.byteLength).toBe(0);
  });

  it("serializes nested, array and Date query fields, dropping undefined ones", async () => {
    const { client, seen } = clientWith(() => Response.json({ items: [] }));
    await invoke(client, listDocuments, {
      page_size: 20,
      created: { after: new Date("2026-01-01T00:00:00Z"), before: undefined },
      access_level: ["private", "public"],
      query: undefined,
    });
    const url = seen[0]!.url;
    expect(url.pathname).toBe("/v1beta/documents");
    expect(url.search).toBe("?page_size=20&created.after=2026-01-01T00%3A00%3A00.000Z&access_level=private&access_level=public");
  });

  it("sends every non-path field of an operation without a body in the query, with no queryParams list", async () => {
    const { client, seen } = clientWith(() => Response.json({ items: [] }));
    const { queryParams: _, ...bare } = listDocuments;
    await invoke(client, bare, { page_size: 5, query: "q", page_token: undefined });
    expect(seen[0]!.url.search).toBe("?page_size=5&query=q");
    // Beside a body, only the listed keys go to the query.
    const both = clientWith();
    await invoke(both.client, { ...grantDocumentAccess, queryParams: ["custom_message"] }, { document_id: DOC_ID, recipients: [], custom_message: "hi" });
    expect(both.seen[0]!.url.search).toBe("?custom_message=hi");
    expect(JSON.parse(text(both.seen[0]!.body))).toEqual({ recipients: [] });
  });

  it("sends the remaining fields as a JSON body, with Dates as RFC 3339", async () => {
    const { client, seen } = clientWith();
    const op: OperationDescriptor<any, unknown> = { ...createApiKey, input: v.object({ name: v.string(), expires_at: dateTimeInput(), tags: v.any() }) };
    await invoke(client, op, {
      name: "ci",
      expires_at: new Date(Date.UTC(2026, 5, 1, 12)),
      tags: [{ at: new Date(Date.UTC(2026, 0, 1)) }, { at: undefined }],
      dropped: undefined,
    });
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(text(seen[0]!.body))).toEqual({
      name: "ci",
      expires_at: "2026-06-01T12:00:00.000Z",
      tags: [{ at: "2026-01-01T00:00:00.000Z" }, {}],
    });
  });

  it("keeps path fields out of the JSON body", async () => {
    const { client, seen } = clientWith();
    await invoke(client, grantDocumentAccess, { document_id: DOC_ID, recipients: [{ recipient: "a@example.com", role: "viewer" }] });
    expect(seen[0]!.url.pathname).toBe(`/v1beta/documents/${DOC_ID}/share`);
    expect(JSON.parse(text(seen[0]!.body))).toEqual({ recipients: [{ recipient: "a@example.com", role: "viewer" }] });
  });

  it("sends {} for a POST whose body has no fields", async () => {
    const { client, seen } = clientWith();
    await invoke(client, trashDocument, { document_id: DOC_ID });
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(text(seen[0]!.body)).toBe("{}");
  });

  it("accepts a missing input for an operation without parameters", async () => {
    const { client, seen } = clientWith(() => Response.json({ user: {} }));
    const getMe: OperationDescriptor<void, unknown> = { id: "getMe", method: "GET", path: "/v1beta/me" };
    await invoke(client, getMe, undefined);
    expect(seen[0]!.url.pathname).toBe("/v1beta/me");
  });

  it("hands the output schema to the transport, which checks the response", async () => {
    const { client } = clientWith(() => Response.json({ wrong: true }));
    await expect(invoke(client, getDocument, { document_id: DOC_ID })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("reports an invalid Date in a JSON body by its path", async () => {
    const { client, fetch } = clientWith(undefined, { validate: false });
    const error = await rejectionOf(invoke(client, createApiKey, { meta: { when: [new Date("x")] } }));
    expect(error.field).toBe("meta.when[0]");
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("upload: multipart operations", () => {
  it("is refused by invoke, which does not carry the multipart encoder", async () => {
    const { client, fetch } = clientWith();
    const error = await rejectionOf(invoke(client, createDocument, { payload: new Blob(["x"]), title: "t" }));
    expect(error.message).toBe("createDocument sends a multipart body: call it with upload(), not invoke()");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("sends fields and file as multipart/form-data that parses back", async () => {
    const { client, seen } = clientWith(() => Response.json({ document: {} }));
    const payload = new Uint8Array(100_000).map((_, i) => i % 251);
    await upload(client, createDocument, { payload: new File([payload], "q1.pdf", { type: "application/pdf" }), title: "Q1", description: undefined });
    const { headers, body } = seen[0]!;
    expect(headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(headers.get("authorization")).toBe("Bearer ffy_test_token");
    const form = await new Response(body, { headers }).formData();
    expect([...form.keys()]).toEqual(["payload", "title"]);
    expect(form.get("title")).toBe("Q1");
    const file = form.get("payload") as File;
    expect(file.name).toBe("q1.pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(payload);
  });

  it("reports upload progress from 0 to the total for a streamed body", async () => {
    const { client, seen } = clientWith();
    const events: UploadProgress[] = [];
    async function* source() {
      for (let i = 0; i < 20; i++) yield new Uint8Array(10_000).fill(i);
    }
    await upload(client, createDocument, { payload: { data: source(), size: 200_000 }, title: "t" }, { onUploadProgress: (p) => events.push(p) });
    const total = Number(seen[0]!.headers.get("content-length"));
    expect(seen[0]!.body.byteLength).toBe(total);
    expect(events[0]).toEqual({ loaded: 0, total });
    expect(events.at(-1)).toEqual({ loaded: total, total });
    expect(events.length).toBeGreaterThanOrEqual(20);
  });

  it("reports 0 and then the total for a Blob body, the end once the call has completed", async () => {
    const events: UploadProgress[] = [];
    // A runtime without request streams: the body goes as a Blob, whose reading cannot be observed.
    const blobOnly: MultipartPreparer = (fields, fileParams, options) => prepareMultipart(fields, fileParams, { ...options, streams: false });
    let before: UploadProgress[] = [];
    const reply = () => {
      before = [...events];
      return Response.json({ document: {} });
    };
    const c = clientWith(reply);
    await sendOperation(c.client, createDocument, { payload: new Blob(["abc"]), title: "t" }, { onUploadProgress: (p) => events.push(p) }, blobOnly);
    const size = c.seen[0]!.body.byteLength;
    expect(c.seen[0]!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(before).toEqual([{ loaded: 0, total: size }]);
    expect(events).toEqual([
      { loaded: 0, total: size },
      { loaded: size, total: size },
    ]);
  });

  it("sends uploads with redirect: \"error\" (Node's fetch buffers the body otherwise), unless the caller says differently", async () => {
    const { client, seen } = clientWith();
    await upload(client, createDocument, { payload: new Blob(["x"]), title: "t" });
    await upload(client, createDocument, { payload: new Blob(["x"]), title: "t" }, { fetchOptions: { redirect: "manual" } });
    await invoke(client, trashDocument, { document_id: DOC_ID });
    expect(seen.map((s) => s.redirect)).toEqual(["error", "manual", "follow"]);
  });

  it("refuses a value that is not an upload, naming the field, before sending", async () => {
    const { client, fetch } = clientWith(undefined, { validate: false });
    const error = await rejectionOf(upload(client, createDocument, { payload: "contract.pdf", title: "t" }));
    expect(error.field).toBe("payload");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("fails with the encoder's error, not a network error, when a stream breaks its declared size", async () => {
    const { client } = clientWith();
    async function* short() {
      yield new Uint8Array(10);
    }
    const error = await rejectionOf(upload(client, createDocument, { payload: { data: short(), size: 100 }, title: "t" }));
    expect(error.field).toBe("payload");
    expect(error.message).toContain("declared size of 100");
  });

  it("re-sends a Blob upload on retry but never a consumed stream", async () => {
    const busyThenOk = (_: Seen, i: number) => (i === 0 ? new Response("busy", { status: 503 }) : Response.json({ document: {} }));
    const retries = { maxRetries: 2, initialInterval: 1, maxInterval: 1, retryNonIdempotent: true };

    const blob = clientWith(busyThenOk, { retryConfig: retries });
    await upload(blob.client, createDocument, { payload: new Blob(["hello"]), title: "t" });
    expect(blob.seen).toHaveLength(2);
    const [first, second] = await Promise.all(blob.seen.map((s) => new Response(s.body, { headers: s.headers }).formData()));
    expect(await (second!.get("payload") as File).text()).toBe("hello");
    expect(await (first!.get("payload") as File).text()).toBe("hello");

    const stream = clientWith(busyThenOk, { retryConfig: retries });
    async function* once() {
      yield new TextEncoder().encode("hello");
    }
    await expect(upload(stream.client, createDocument, { payload: once(), title: "t" })).rejects.toMatchObject({ status: 503 });
    expect(stream.seen).toHaveLength(1);
  });
});

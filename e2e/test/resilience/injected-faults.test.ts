// Retries and failure typing against faults the emulator injects (not mocked responses), in-process.
import { ConnectionError, InternalServerError, isFactifyError, RateLimitError, RequestTimeoutError } from "@factify/core";
import { createDocument, getDocument, listDocuments } from "@factify/documents";
import { Factify } from "@factify/sdk";
import { beforeEach, describe, expect, it } from "vitest";
import { countRequests, type CountingFetch } from "../support/counting";
import { type World, inProcess } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob } from "../support/files";

let world: World;
let wire: CountingFetch;
let documentId: string;
const client = (extra = {}) => world.as(world.mock.tokens.owner, { fetch: wire.fetch, ...extra });
beforeEach(() => {
  world = inProcess();
  wire = countRequests(world.mock.fetch);
  documentId = world.mock.demo.documents.report!;
});
const path = () => `/v1beta/documents/${documentId}`;

describe("retries against injected faults", () => {
  it("two 503s then success: the caller just gets the document", async () => {
    world.mock.faults.inject({ kind: "status", status: 503, retryAfter: 0, times: 2, path: path() });
    const { document } = await getDocument(client(), { document_id: documentId });
    expect(document.id).toBe(documentId);
    expect(wire.seen).toEqual([`GET ${path()}`, `GET ${path()}`, `GET ${path()}`]);
    expect(world.mock.faults.pending()).toEqual([]);
  });

  it("a 429 with Retry-After: 1 is retried after waiting about a second", async () => {
    world.mock.faults.inject({ kind: "status", status: 429, retryAfter: 1 });
    const started = Date.now();
    const page = await listDocuments(client());
    expect(page.items.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(wire.seen).toHaveLength(2);
  });

  it("a 429 asking for a longer wait than maxRetryAfter fails at once, carrying the wait", async () => {
    world.mock.faults.inject({ kind: "status", status: 429, retryAfter: 120 });
    const error = await expectApiError(listDocuments(client()), RateLimitError, { status: 429, code: "resource_exhausted", reason: "rate_limit_exceeded" });
    expect(error.retryAfterMs).toBe(120_000);
    expect(wire.seen).toHaveLength(1);
  });

  it("a POST hit by a 500 is not sent again: the emulator saw one request and nothing was created", async () => {
    world.mock.faults.inject({ kind: "status", status: 500, method: "POST", path: "/v1beta/documents" });
    const before = (await listDocuments(client()).toArray()).length;
    wire.seen.length = 0;
    await expectApiError(createDocument(client(), { payload: pdfBlob(), title: "once" }), InternalServerError, { status: 500, code: "internal", reason: "internal_error" });
    expect(wire.seen).toEqual(["POST /v1beta/documents"]);
    expect((await listDocuments(client()).toArray()).length).toBe(before);
  });

  it("a POST whose answer was cut short after the server acted is not repeated: one document exists", async () => {
    world.mock.faults.inject({ kind: "truncate", method: "POST", path: "/v1beta/documents" });
    const error = await createDocument(client(), { payload: pdfBlob(), title: "exactly once" }).catch((e: unknown) => e);
    expect(isFactifyError(error)).toBe(true);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(wire.seen.filter((r) => r.startsWith("POST"))).toHaveLength(1);
    expect(await listDocuments(client(), { title_contains: "exactly once" }).toArray()).toHaveLength(1);
  });

  it("an HTML error page from a proxy becomes a typed error that keeps the HTML", async () => {
    world.mock.faults.inject({ kind: "html", status: 502 });
    const error = await expectApiError(getDocument(client({ retryConfig: false }), { document_id: documentId }), InternalServerError, {
      status: 502,
      code: "internal",
    });
    expect(error.body).toContain("<h1>502 Error</h1>");
    expect(error.headers.get("content-type")).toContain("text/html");
    expect(error.retryable).toBe(true);
  });

  it("an HTML 502 is retried like any 502 when retries are on", async () => {
    world.mock.faults.inject({ kind: "html", status: 502 });
    expect((await getDocument(client(), { document_id: documentId })).document.id).toBe(documentId);
    expect(wire.seen).toHaveLength(2);
  });

  it("a body cut off mid-stream gives a typed error, and a GET succeeds on the retry", async () => {
    world.mock.faults.inject({ kind: "truncate", path: path() });
    const error = await getDocument(client({ retryConfig: false }), { document_id: documentId }).catch((e: unknown) => e);
    expect(isFactifyError(error)).toBe(true);
    expect(error).toBeInstanceOf(ConnectionError);

    world.mock.faults.inject({ kind: "truncate", path: path() });
    wire.seen.length = 0;
    expect((await getDocument(client(), { document_id: documentId })).document.id).toBe(documentId);
    expect(wire.seen).toHaveLength(2);
  });

  it("a dropped connection on a GET is retried", async () => {
    world.mock.faults.inject({ kind: "drop", method: "GET" });
    const f = new Factify(world.optionsFor(world.mock.tokens.owner, { fetch: wire.fetch }));
    expect((await f.documents.get({ document_id: documentId })).document.id).toBe(documentId);
    expect(wire.seen).toHaveLength(2);
  });

  it("a slow answer times the attempt out and the retry gets through", async () => {
    world.mock.faults.inject({ kind: "latency", ms: 400, path: path() });
    const { document } = await getDocument(client({ timeoutMs: 100 }), { document_id: documentId });
    expect(document.id).toBe(documentId);
    expect(wire.seen).toHaveLength(2);
    world.mock.faults.inject({ kind: "latency", ms: 400, path: path() });
    await expect(getDocument(client({ timeoutMs: 100, retryConfig: false }), { document_id: documentId })).rejects.toBeInstanceOf(RequestTimeoutError);
  });
});

// Faults that only a real socket shows: connections closed without an answer and bodies shorter than
// their Content-Length, against the emulator on 127.0.0.1, through the runtime's own fetch.
import { ConnectionError, InternalServerError, isFactifyError } from "@factify/core";
import { createDocument, getDocument, listDocuments } from "@factify/documents";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { countRequests, type CountingFetch } from "../support/counting";
import { overPort, type PortWorld } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob } from "../support/files";

let world: PortWorld;
let wire: CountingFetch;
beforeAll(async () => {
  world = await overPort();
});
afterAll(() => world?.close());
beforeEach(() => {
  world.mock.reset();
  wire = countRequests(globalThis.fetch);
});
const client = (extra = {}) => world.as(world.mock.tokens.owner, { fetch: wire.fetch, ...extra });

describe("socket faults over a real port", () => {
  it("a connection dropped on a GET is retried and the caller gets the answer", async () => {
    const documentId = world.mock.demo.documents.report!;
    world.mock.faults.inject({ kind: "drop", method: "GET", path: documentId, times: 2 });
    const { document } = await getDocument(client(), { document_id: documentId });
    expect(document.title).toBe("Q4 Financial Report");
    expect(wire.seen).toHaveLength(3);
    expect(world.mock.faults.pending()).toEqual([]);
  });

  it("a connection dropped on a POST is a ConnectionError and is not re-sent", async () => {
    world.mock.faults.inject({ kind: "drop", method: "POST" });
    const error = await createDocument(client(), { payload: pdfBlob(), title: "dropped" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).retryable).toBe(true);
    expect(wire.seen).toEqual(["POST /v1beta/documents"]);
  });

  it("a body shorter than its Content-Length is a typed error, then a retried GET succeeds", async () => {
    world.mock.faults.inject({ kind: "truncate", method: "GET" });
    const error = await listDocuments(client({ retryConfig: false })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isFactifyError(error)).toBe(true);
    expect(error).toBeInstanceOf(ConnectionError);
    world.mock.faults.inject({ kind: "truncate", method: "GET" });
    expect((await listDocuments(client())).items.length).toBeGreaterThan(0);
  });

  it("an HTML 503 page over HTTP keeps its text and status", async () => {
    world.mock.faults.inject({ kind: "html", status: 503, times: 10 });
    const error = await expectApiError(listDocuments(client({ retryConfig: { maxRetries: 1, initialInterval: 5, maxInterval: 5 } })), InternalServerError, {
      status: 503,
      code: "unavailable",
    });
    expect(error.body).toMatch(/^<!DOCTYPE html>/);
    expect(wire.seen).toHaveLength(2);
  });
});

// Streamed uploads and cancellation over a real socket: the shapes of file a caller may hand over,
// progress reports, and an abort that ends a call promptly.
import { Readable } from "node:stream";
import { RequestAbortedError, type UploadProgress } from "@factify/core";
import { createDocument, exportDocument, getDocument } from "@factify/documents";
import { createDocumentVersion } from "@factify/versions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overPort, type PortWorld } from "../support/emulator";
import { pdfBytes } from "../support/files";

let world: PortWorld;
beforeAll(async () => {
  world = await overPort();
});
afterAll(() => world?.close());
const owner = () => world.as(world.mock.tokens.owner);

function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

async function downloaded(documentId: string): Promise<Uint8Array> {
  const { url } = await exportDocument(owner(), { document_id: documentId });
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

describe("uploads over a real port", () => {
  it("a web ReadableStream of unknown length arrives intact, with progress reported", async () => {
    // Padding inside a PDF comment makes the file big enough to arrive in several chunks.
    const bytes = pdfBytes(`Streamed ${"x".repeat(200_000)}`);
    const parts = chunks(bytes, 16_384);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const progress: UploadProgress[] = [];
    const { document } = await createDocument(owner(), { payload: { data: stream, filename: "streamed.pdf" }, title: "streamed" }, { onUploadProgress: (p) => progress.push(p) });
    expect(await downloaded(document.id)).toEqual(bytes);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)!.loaded).toBeGreaterThanOrEqual(bytes.length);
  });

  it("a Node Readable and an async iterable work as new versions", async () => {
    const { document } = await createDocument(owner(), { payload: pdfBytes("v1"), title: "versions from streams" });
    const v2 = pdfBytes("from a Node stream");
    await createDocumentVersion(owner(), { document_id: document.id, payload: Readable.from(chunks(v2, 100)) });
    expect(await downloaded(document.id)).toEqual(v2);
    const v3 = pdfBytes("from an async generator");
    async function* generate() {
      yield* chunks(v3, 64);
    }
    await createDocumentVersion(owner(), { document_id: document.id, payload: generate() });
    expect(await downloaded(document.id)).toEqual(v3);
  });
});

describe("cancellation over a real port", () => {
  it("aborting a call stuck on a slow server rejects promptly with RequestAbortedError", async () => {
    const documentId = world.mock.demo.documents.report!;
    world.mock.faults.inject({ kind: "latency", ms: 5_000, path: documentId });
    const controller = new AbortController();
    const call = getDocument(owner(), { document_id: documentId }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

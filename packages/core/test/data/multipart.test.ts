import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InvalidRequestError, UnexpectedClientError } from "../../src/errors";
import { toMultipartParts } from "../../src/internal/multipart";
import { type MultipartBodyOptions, prepareMultipartBody, supportsRequestStreams } from "../../src/internal/multipart-body";
import type { UploadProgress } from "../../src/types";

function bytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

async function* chunksOf(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.byteLength; at += size) yield data.slice(at, at + size);
}

async function build(fields: Record<string, unknown>, fileParams: string[], options?: MultipartBodyOptions) {
  return prepareMultipartBody(toMultipartParts(fields, fileParams), options);
}

async function parse(attempt: { body: BodyInit; headers: Record<string, string> }): Promise<FormData> {
  return new Response(attempt.body, { headers: attempt.headers }).formData();
}

async function fileBytes(form: FormData, name: string): Promise<Uint8Array> {
  const value = form.get(name);
  expect(value).toBeInstanceOf(Blob);
  return new Uint8Array(await (value as Blob).arrayBuffer());
}

describe("multipart bodies", () => {
  it("detects that Node can stream request bodies", () => {
    expect(supportsRequestStreams()).toBe(true);
  });

  it.each([
    ["a Blob body", { streams: false }],
    ["a stream body", { streams: true, onUploadProgress: () => {} }],
  ])("encodes text fields and a file that parse back unchanged, as %s", async (_, options) => {
    const payload = bytes(300_000);
    const body = await build(
      { payload: new File([payload], "contract.pdf", { type: "application/pdf" }), title: "Q1 contract", description: "é ✓", access_level: "private" },
      ["payload"],
      options,
    );
    expect(body.mode).toBe(options.streams ? "stream" : "blob");
    const attempt = body.create();
    expect(attempt.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=----FactifyFormBoundary[0-9a-f]{32}$/);
    const form = await parse(attempt);
    expect(form.get("title")).toBe("Q1 contract");
    expect(form.get("description")).toBe("é ✓");
    expect(form.get("access_level")).toBe("private");
    const file = form.get("payload") as File;
    expect(file.name).toBe("contract.pdf");
    expect(file.type).toBe("application/pdf");
    expect(await fileBytes(form, "payload")).toEqual(payload);
  });

  it("streams an async iterable (a Node Readable) and declares content-length from its given size", async () => {
    const payload = bytes(1_000_003, 7);
    const body = await build({ payload: { data: Readable.from(chunksOf(payload, 65_536)), filename: "big.bin", size: payload.byteLength } }, ["payload"]);
    expect(body.mode).toBe("stream");
    expect(body.replayable).toBe(false);
    const attempt = body.create();
    expect(attempt.body).toBeInstanceOf(ReadableStream);
    const raw = new Uint8Array(await new Response(attempt.body).arrayBuffer());
    expect(Number(attempt.headers["content-length"])).toBe(raw.byteLength);
    const form = await new Response(raw, { headers: attempt.headers }).formData();
    expect((form.get("payload") as File).name).toBe("big.bin");
    expect((form.get("payload") as File).type).toBe("application/octet-stream");
    // Compared as one buffer: element-wise deep equality of a megabyte takes seconds.
    expect(Buffer.from(await fileBytes(form, "payload")).equals(payload)).toBe(true);
  });

  it("streams a web ReadableStream without a known size and sends no content-length", async () => {
    const payload = bytes(200_000, 3);
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(payload.slice(0, 100_000));
        controller.enqueue(payload.slice(100_000));
        controller.close();
      },
    });
    const body = await build({ payload: source }, ["payload"]);
    const attempt = body.create();
    expect(attempt.headers["content-length"]).toBeUndefined();
    const form = await parse(attempt);
    expect((form.get("payload") as File).name).toBe("blob");
    expect(await fileBytes(form, "payload")).toEqual(payload);
  });

  it("escapes quotes and line breaks in names and filenames", async () => {
    const body = await build({ payload: { data: new Uint8Array([1, 2]), filename: 'a"b\r\nc é.pdf', contentType: "text/markdown" } }, ["payload"]);
    const form = await parse(body.create());
    const file = form.get("payload") as File;
    expect(file.name).toBe('a"b\r\nc é.pdf');
    expect(file.type).toBe("text/markdown");
  });

  it("repeats array fields, writes Dates as RFC 3339 and skips null and undefined", async () => {
    const body = await build(
      { tag: ["a", "b"], when: new Date(Date.UTC(2026, 0, 2)), n: 5, flag: false, gone: undefined, none: null, payload: new Uint8Array([9]) },
      ["payload"],
    );
    const form = await parse(body.create());
    expect(form.getAll("tag")).toEqual(["a", "b"]);
    expect(form.get("when")).toBe("2026-01-02T00:00:00.000Z");
    expect(form.get("n")).toBe("5");
    expect(form.get("flag")).toBe("false");
    expect(form.has("gone")).toBe(false);
    expect(form.has("none")).toBe(false);
  });

  it("uses a fresh random boundary for every attempt", async () => {
    const body = await build({ payload: new Uint8Array([1]) }, ["payload"]);
    expect(body.create().headers["content-type"]).not.toBe(body.create().headers["content-type"]);
  });

  it("reports monotonic progress that ends at the total", async () => {
    const events: UploadProgress[] = [];
    const payload = bytes(1_000_000);
    const body = await build({ title: "t", payload: new Blob([payload]) }, ["payload"], { onUploadProgress: (p) => events.push(p) });
    expect(body.mode).toBe("stream");
    const attempt = body.create();
    const raw = new Uint8Array(await new Response(attempt.body).arrayBuffer());
    const total = Number(attempt.headers["content-length"]);
    expect(raw.byteLength).toBe(total);
    expect(events.length).toBeGreaterThan(5);
    expect(events[0]).toEqual({ loaded: 0, total });
    expect(events.at(-1)).toEqual({ loaded: total, total });
    for (let i = 1; i < events.length; i++) expect(events[i]!.loaded).toBeGreaterThanOrEqual(events[i - 1]!.loaded);
  });

  it("reports total as undefined when a stream's size is unknown", async () => {
    const events: UploadProgress[] = [];
    const body = await build({ payload: chunksOf(bytes(10_000), 1000) }, ["payload"], { onUploadProgress: (p) => events.push(p) });
    await new Response(body.create().body).arrayBuffer();
    expect(events.every((e) => e.total === undefined)).toBe(true);
    expect(events.at(-1)!.loaded).toBeGreaterThan(10_000);
  });

  it("reports 0 then total for a Blob body, the end once complete() is called", async () => {
    const events: UploadProgress[] = [];
    const body = await build({ payload: new Uint8Array(10) }, ["payload"], { streams: false, onUploadProgress: (p) => events.push(p) });
    expect(body.mode).toBe("blob");
    const attempt = body.create();
    body.complete();
    const size = (attempt.body as Blob).size;
    expect(events).toEqual([
      { loaded: 0, total: size },
      { loaded: size, total: size },
    ]);
  });

  it("ignores a progress callback that throws", async () => {
    const body = await build({ payload: new Uint8Array(10) }, ["payload"], {
      onUploadProgress: () => {
        throw new Error("ui bug");
      },
    });
    const form = await parse(body.create());
    expect(await fileBytes(form, "payload")).toEqual(new Uint8Array(10));
  });

  it("rebuilds a replayable body for every attempt with the same bytes", async () => {
    const payload = bytes(5000);
    const body = await build({ payload: new Blob([payload]) }, ["payload"], { streams: true, onUploadProgress: () => {} });
    expect(body.replayable).toBe(true);
    expect(body.create().replayable).toBe(true);
    expect(await fileBytes(await parse(body.create()), "payload")).toEqual(payload);
    expect(await fileBytes(await parse(body.create()), "payload")).toEqual(payload);
  });

  it("refuses to build a one-shot stream body twice instead of sending an empty file", async () => {
    const body = await build({ payload: chunksOf(bytes(100), 10) }, ["payload"]);
    const first = body.create();
    expect(first.replayable).toBe(false);
    await new Response(first.body).arrayBuffer();
    expect(() => body.create()).toThrow(UnexpectedClientError);
  });

  it("fails the stream when the source yields more or fewer bytes than its declared size", async () => {
    for (const declared of [50, 150]) {
      const body = await build({ payload: { data: chunksOf(bytes(100), 10), size: declared } }, ["payload"]);
      await expect(new Response(body.create().body).arrayBuffer()).rejects.toThrow();
      expect(body.error).toBeInstanceOf(InvalidRequestError);
      expect((body.error as InvalidRequestError).field).toBe("payload");
      expect((body.error as Error).message).toContain(`declared size of ${declared}`);
    }
  });

  it("fails the stream on a chunk that is not bytes", async () => {
    async function* strings() {
      yield "text";
    }
    const body = await build({ payload: strings() }, ["payload"]);
    await expect(new Response(body.create().body).arrayBuffer()).rejects.toThrow();
    expect((body.error as Error).message).toContain("only bytes");
  });

  it("cancels the source stream when the body is cancelled", async () => {
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const body = await build({ payload: source }, ["payload"]);
    const reader = (body.create().body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    // The encoder closes its source on the next turns, without waiting for it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
  });

  it("reads nothing from the source before the body is pulled", async () => {
    let pulls = 0;
    async function* counted() {
      pulls++;
      yield new Uint8Array(1);
    }
    const body = await build({ payload: counted() }, ["payload"]);
    body.create();
    await new Promise((r) => setTimeout(r, 10));
    expect(pulls).toBe(0);
  });

  it("reads one-shot sources into a Blob where the runtime cannot stream requests", async () => {
    const payload = bytes(10_000);
    const body = await build({ payload: chunksOf(payload, 1000) }, ["payload"], { streams: false });
    expect(body.mode).toBe("blob");
    expect(body.replayable).toBe(true);
    expect(await fileBytes(await parse(body.create()), "payload")).toEqual(payload);
    expect(await fileBytes(await parse(body.create()), "payload")).toEqual(payload);
  });

  it.each([
    ["a string", "file.pdf"],
    ["a number", 12],
    ["a plain object", { name: "x" }],
    ["a wrapper around a string", { data: "x" }],
  ])("rejects %s as an upload, naming the field", (_, value) => {
    try {
      toMultipartParts({ payload: value }, ["payload"]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as InvalidRequestError).field).toBe("payload");
      expect((error as Error).message).toMatch(/^payload: expected a Blob/);
    }
  });

  it("rejects malformed upload metadata", () => {
    expect(() => toMultipartParts({ payload: { data: new Uint8Array(1), size: -1 } }, ["payload"])).toThrow("payload.size");
    expect(() => toMultipartParts({ payload: { data: new Uint8Array(1), contentType: "a\r\nX: y" } }, ["payload"])).toThrow(
      "payload.contentType",
    );
  });

  it("takes the filename of a Node file stream from its path", async () => {
    const { createReadStream } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const path = fileURLToPath(import.meta.url);
    const [part] = toMultipartParts({ payload: createReadStream(path) }, ["payload"]);
    expect(part && "file" in part && part.file.filename).toBe("multipart.test.ts");
  });
});

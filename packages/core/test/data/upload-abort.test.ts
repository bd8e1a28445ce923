// An upload whose attempt times out or is aborted stops reading its source at once and closes it,
// whatever kind of source it is; a source that fails reaches the caller as a CallbackError.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CallbackError, createFactify, InvalidRequestError, RequestAbortedError, RequestTimeoutError, request } from "../../src/index";
import { toMultipartParts } from "../../src/internal/multipart";
import { prepareMultipartBody } from "../../src/internal/multipart-body";
import type { FetchLike } from "../../src/types";
import { type SentRequest, fakeFetch, hang, json, rejection } from "../transport/fake-fetch";

/** A source that gives one chunk, then never another; `closed` says how it was closed. */
function stalledSources() {
  const closed: string[] = [];
  const chunk = () => new Uint8Array([1, 2, 3]);
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk());
      },
      cancel() {
        closed.push("stream.cancel");
      },
    });
  const readable = () => {
    const node = new Readable({ read() {} });
    node.push(chunk());
    node.on("close", () => closed.push("readable.destroy"));
    return node;
  };
  const iterator = (): AsyncIterable<Uint8Array> => {
    let sent = false;
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => {
          if (sent) return new Promise<never>(() => {});
          sent = true;
          return Promise.resolve({ done: false, value: chunk() });
        },
        return: () => {
          closed.push("iterator.return");
          return Promise.resolve({ done: true, value: undefined });
        },
      }),
    };
  };
  return { closed, sources: { stream, readable, iterator } };
}

/** A fetch that reads the body's first chunk, then waits until the attempt's signal aborts. */
const readOneThenHang: FetchLike = async (_input, init) => {
  const reader = (init!.body as ReadableStream<Uint8Array>).getReader();
  await reader.read();
  return hang({ signal: init!.signal ?? undefined } as SentRequest);
};

async function uploadSpec(source: unknown) {
  const body = await prepareMultipartBody(toMultipartParts({ file: source }, ["file"]), { streams: true, onUploadProgress: () => {} });
  return { method: "POST" as const, path: "/v1beta/documents", body: { kind: "stream" as const, stream: (signal: AbortSignal) => body.create(signal) } };
}

const client = (fetch: FetchLike, timeoutMs = 10_000) =>
  createFactify({ bearerAuth: "t", serverURL: "http://api.test", fetch, timeoutMs, retryConfig: false });

const KINDS = [
  ["ReadableStream", "stream", "stream.cancel"],
  ["Node Readable", "readable", "readable.destroy"],
  ["async iterator", "iterator", "iterator.return"],
] as const;

describe("an upload that ends early", () => {
  it.each(KINDS)("closes a %s source when the attempt times out", async (_, kind, how) => {
    const { closed, sources } = stalledSources();
    const error = await rejection(request(client(readOneThenHang, 40), await uploadSpec(sources[kind]())));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toEqual([how]);
  });

  it.each(KINDS)("closes a %s source when the caller aborts, and reports the abort", async (_, kind, how) => {
    const { closed, sources } = stalledSources();
    const controller = new AbortController();
    const call = rejection(request(client(readOneThenHang), await uploadSpec(sources[kind]()), { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await call).toBeInstanceOf(RequestAbortedError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toEqual([how]);
  });

  it.each(KINDS)("stops a %s source in the middle of a read that never ends", async (_, kind, how) => {
    const { closed, sources } = stalledSources();
    // fetch reads twice: the second read waits on the stalled source until the timeout.
    const readAll: FetchLike = async (_input, init) => {
      const reader = (init!.body as ReadableStream<Uint8Array>).getReader();
      for (;;) if ((await reader.read()).done) return json(200, {});
    };
    const error = await rejection(request(client(readAll, 40), await uploadSpec(sources[kind]())));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toEqual([how]);
  });
});

describe("an upload source that fails", () => {
  const readAll: FetchLike = async (_input, init) => {
    await new Response(init!.body).arrayBuffer();
    return json(200, {});
  };

  it.each([
    [
      "a ReadableStream that errors",
      () =>
        new ReadableStream({
          pull(controller) {
            controller.error(new Error("disk gone"));
          },
        }),
    ],
    [
      "an async iterator that throws",
      async function* () {
        yield new Uint8Array(1);
        throw new Error("disk gone");
      },
    ],
  ])("reaches the caller as a CallbackError holding its error: %s", async (_, make) => {
    const error = await rejection(request(client(readAll), await uploadSpec(make())));
    expect(error).toBeInstanceOf(CallbackError);
    expect(error).toMatchObject({ source: "upload source of file", code: "callback_error" });
    expect((error.cause as Error).message).toBe("disk gone");
  });

  it("keeps the encoder's own InvalidRequestError for a chunk that is not bytes", async () => {
    async function* strings() {
      yield "text";
    }
    const error = await rejection(request(client(readAll), await uploadSpec(strings())));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).field).toBe("file");
  });
});

describe("upload chunks and sources", () => {
  async function sent(source: unknown): Promise<Uint8Array> {
    const f = fakeFetch(async (request) => {
      const form = await new Response(request.body as BodyInit, { headers: request.headers }).formData();
      return json(200, { bytes: [...new Uint8Array(await (form.get("file") as Blob).arrayBuffer())] });
    });
    const { bytes } = await request<{ bytes: number[] }>(client(f.fetch), await uploadSpec(source));
    return new Uint8Array(bytes);
  }

  it("sends ArrayBuffer and DataView chunks as their bytes (the view's window only)", async () => {
    const buffer = new Uint8Array([9, 1, 2, 3, 9]).buffer;
    async function* mixed() {
      yield new Uint8Array([7]).buffer;
      yield new DataView(buffer, 1, 3);
      yield new Uint16Array([0x0201]);
    }
    expect([...(await sent(mixed()))]).toEqual([7, 1, 2, 3, 1, 2]);
  });

  it("reads a Blob-like object that is not a Blob through its stream()", async () => {
    const real = new Blob([new Uint8Array([4, 5, 6])]);
    const blobLike = { size: 3, type: "application/pdf", name: "a.pdf", stream: () => real.stream(), arrayBuffer: () => real.arrayBuffer() };
    expect(blobLike instanceof Blob).toBe(false);
    expect([...(await sent(blobLike))]).toEqual([4, 5, 6]);
  });
});

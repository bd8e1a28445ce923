// The pull-based encoder piece by piece: chunk kinds a source may yield (ArrayBuffer, DataView, other
// typed arrays), declared sizes, 64 KiB slicing, exact framing bytes, closing sources, stream callbacks.
import { describe, expect, it } from "vitest";
import { CallbackError, InvalidRequestError } from "../../src/errors";
import { toMultipartParts } from "../../src/internal/multipart";
import type { ResolvedUpload } from "../../src/internal/multipart-source";
import { closeSource, fileChunks, multipartChunks, toReadableStream } from "../../src/internal/multipart-stream";

function upload(source: ResolvedUpload["source"], size?: number): ResolvedUpload {
  return { source, filename: "f", contentType: "application/octet-stream", size, replayable: false };
}

async function* yields(...chunks: unknown[]): AsyncGenerator<unknown> {
  for (const chunk of chunks) yield chunk;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

const flat = (chunks: Uint8Array[]) => chunks.flatMap((c) => Array.from(c));

async function failure(chunks: AsyncIterable<Uint8Array>): Promise<unknown> {
  try {
    await collect(chunks);
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("fileChunks", () => {
  it("takes ArrayBuffer, DataView and other typed-array chunks as their exact bytes", async () => {
    const buffer = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
    const chunks = await collect(fileChunks(upload(yields(new Uint8Array([9]).buffer, new DataView(buffer, 2, 2), new Uint16Array(buffer, 4, 2))), "doc"));
    expect(flat(chunks)).toEqual([9, 2, 3, 4, 5, 6, 7]);
  });

  it("refuses chunks that are not bytes, naming the field and the chunk's type", async () => {
    for (const [chunk, type] of [
      ["text", "string"],
      [5, "number"],
      [{}, "object"],
    ] as const) {
      const error = await failure(fileChunks(upload(yields(chunk)), "doc"));
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as Error).message).toBe(`doc: the upload stream produced a ${type} chunk; only bytes (Uint8Array) can be sent`);
    }
  });

  it("holds a stream to its declared size, both ways, and passes an exact one", async () => {
    const more = await failure(fileChunks(upload(yields(new Uint8Array(3), new Uint8Array(3)), 4), "doc"));
    expect((more as Error).message).toBe("doc: the upload produced more bytes than its declared size of 4");
    expect((more as InvalidRequestError).field).toBe("doc");
    const fewer = await failure(fileChunks(upload(yields(new Uint8Array(3)), 4), "doc"));
    expect((fewer as Error).message).toBe("doc: the upload produced fewer bytes than its declared size of 4");
    expect(flat(await collect(fileChunks(upload(yields(new Uint8Array([1, 2]), new Uint8Array([3]))), "doc")))).toEqual([1, 2, 3]);
    expect(await collect(fileChunks(upload(yields(new Uint8Array(4)), 4), "doc"))).toHaveLength(1);
    expect(await collect(fileChunks(upload(yields(), 0), "doc"))).toEqual([]);
  });

  it("hands large chunks over as 64 KiB views without copying", async () => {
    const big = new Uint8Array(64 * 1024 * 2 + 5);
    const chunks = await collect(fileChunks(upload(big), "doc"));
    expect(chunks.map((c) => c.byteLength)).toEqual([65536, 65536, 5]);
    expect(chunks.every((c) => c.buffer === big.buffer)).toBe(true);
    const exact = await collect(fileChunks(upload(new Uint8Array(65536)), "doc"));
    expect(exact.map((c) => c.byteLength)).toEqual([65536]);
  });

  it("reads Blobs and ReadableStreams, and wraps a source's failure in a CallbackError naming the field", async () => {
    expect(flat(await collect(fileChunks(upload(new Blob([new Uint8Array([1, 2, 3])])), "doc")))).toEqual([1, 2, 3]);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new Uint8Array([4]));
        c.close();
      },
    });
    expect(flat(await collect(fileChunks(upload(stream), "doc")))).toEqual([4]);
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(1);
      throw new Error("disk gone");
    }
    const error = await failure(fileChunks(upload(broken()), "doc"));
    expect(error).toBeInstanceOf(CallbackError);
    expect((error as Error).message).toBe("upload source of doc failed: disk gone");
  });

  it("closes the source when reading stops early, and rejects with the signal's reason on abort", async () => {
    let returned = false;
    const source: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({ done: false, value: "bad" }),
        return: async () => {
          returned = true;
          return { done: true, value: undefined };
        },
      }),
    };
    await failure(fileChunks(upload(source), "doc"));
    expect(returned).toBe(true);
    const controller = new AbortController();
    let cancelled: unknown;
    const pending = new ReadableStream({
      cancel(reason) {
        cancelled = reason;
      },
    });
    const reading = failure(fileChunks(upload(pending), "doc", controller.signal));
    controller.abort(new Error("stop"));
    expect(((await reading) as Error).message).toBe("stop");
    expect((cancelled as Error).message).toBe("stop");
  });
});

describe("multipartChunks", () => {
  it("produces exactly the framed body, text and files in order", async () => {
    const parts = toMultipartParts({ a: "x", f: { data: new Uint8Array([65, 66]), filename: "f.bin" }, b: "y" }, ["f"]);
    const text = new TextDecoder().decode(new Uint8Array(flat(await collect(multipartChunks("B", parts)))));
    expect(text).toBe(
      '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n' +
        '--B\r\nContent-Disposition: form-data; name="f"; filename="f.bin"\r\nContent-Type: application/octet-stream\r\n\r\nAB\r\n' +
        '--B\r\nContent-Disposition: form-data; name="b"\r\n\r\ny\r\n--B--\r\n',
    );
    const empty = new TextDecoder().decode(new Uint8Array(flat(await collect(multipartChunks("B", [])))));
    expect(empty).toBe("--B--\r\n");
  });
});

describe("closeSource", () => {
  it("cancels an unread ReadableStream, destroys a Node-style stream, returns an iterator, leaves bytes alone", async () => {
    let cancelled = false;
    closeSource(
      new ReadableStream({
        cancel() {
          cancelled = true;
        },
      }),
    );
    await Promise.resolve();
    expect(cancelled).toBe(true);
    const locked = new ReadableStream();
    locked.getReader();
    expect(() => closeSource(locked)).not.toThrow();
    let destroyed: unknown;
    const nodeLike = Object.assign(yields(), {
      destroy(this: unknown) {
        destroyed = this;
      },
    });
    closeSource(nodeLike);
    expect(destroyed).toBe(nodeLike);
    let returned = 0;
    const iterable = {
      [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }), return: async () => ({ done: true, value: returned++ }) }),
    };
    closeSource(iterable);
    expect(returned).toBe(1);
    expect(() => closeSource(new Uint8Array(1))).not.toThrow();
    expect(() => closeSource(new Blob(["x"]))).not.toThrow();
    const throwing = {
      [Symbol.asyncIterator]: () => {
        throw new Error("no");
      },
    };
    expect(() => closeSource(throwing)).not.toThrow();
  });
});

describe("toReadableStream", () => {
  it("reports running byte counts, then the end, and reads nothing ahead", async () => {
    const loaded: number[] = [];
    let ended = 0;
    let pulled = 0;
    async function* three(): AsyncGenerator<Uint8Array> {
      for (const n of [2, 3, 4]) {
        pulled++;
        yield new Uint8Array(n);
      }
    }
    const stream = toReadableStream(three(), { onBytes: (n) => loaded.push(n), onEnd: () => ended++ });
    await Promise.resolve();
    expect(pulled).toBe(0);
    const reader = stream.getReader();
    expect((await reader.read()).value?.byteLength).toBe(2);
    expect(pulled).toBe(1);
    while (!(await reader.read()).done);
    expect(loaded).toEqual([2, 5, 9]);
    expect(ended).toBe(1);
  });

  it("reports a failure once before erroring, and ends on cancel", async () => {
    const errors: unknown[] = [];
    let ended = 0;
    async function* bad(): AsyncGenerator<Uint8Array> {
      yield* [] as Uint8Array[];
      throw new Error("bad chunk");
    }
    const reader = toReadableStream(bad(), { onError: (e) => errors.push(e), onEnd: () => ended++ }).getReader();
    await expect(reader.read()).rejects.toThrow("bad chunk");
    expect(errors).toHaveLength(1);
    expect(ended).toBe(1);
    let finished = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) yield new Uint8Array(1);
      } finally {
        finished = true;
      }
    }
    let cancelEnded = 0;
    const stream = toReadableStream(endless(), { onEnd: () => cancelEnded++ });
    const r = stream.getReader();
    await r.read();
    await r.cancel();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelEnded).toBe(1);
    expect(finished).toBe(true);
  });

  it("fails a pull with the signal's reason on abort without calling onError", async () => {
    const controller = new AbortController();
    const errors: unknown[] = [];
    async function* never(): AsyncGenerator<Uint8Array> {
      yield* [] as Uint8Array[];
      await new Promise(() => {});
    }
    const reader = toReadableStream(never(), { onError: (e) => errors.push(e) }, controller.signal).getReader();
    const read = reader.read();
    controller.abort(new Error("gone"));
    await expect(read).rejects.toThrow("gone");
    expect(errors).toEqual([]);
  });
});

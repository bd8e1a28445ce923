// Pull-based multipart encoder: bytes are produced only when the consumer (fetch) asks for them,
// so a file of any size passes through with at most one chunk in flight.
import { InvalidRequestError } from "../errors";
import { isBlobLike, isReadableStream, type ResolvedUpload } from "./multipart-source";
import { closing, type MultipartPart, partHead, utf8 } from "./multipart";

/** Largest piece handed over at once. */
const SLICE = 64 * 1024;

/** Yields the encoded body chunk by chunk; small framing pieces are merged into the next chunk. */
export async function* multipartChunks(boundary: string, parts: readonly MultipartPart[]): AsyncGenerator<Uint8Array> {
  let pending = "";
  for (const part of parts) {
    pending += partHead(boundary, part);
    if ("text" in part) {
      pending += `${part.text}\r\n`;
      continue;
    }
    yield utf8(pending);
    pending = "\r\n";
    yield* fileChunks(part.file, part.name);
  }
  yield utf8(pending + closing(boundary));
}

/** Yields one file's bytes, checking chunk types and, for streams, the declared size. */
export async function* fileChunks(file: ResolvedUpload, field: string): AsyncGenerator<Uint8Array> {
  const { source } = file;
  let count = 0;
  for await (const chunk of sourceChunks(source, field)) {
    count += chunk.byteLength;
    // A declared size that the stream does not honour would corrupt the framing (or trip the
    // runtime's content-length check), so fail with a message that says why.
    if (file.size !== undefined && count > file.size) throw sizeMismatch(field, file.size, "more");
    // Large chunks (a Blob may come in one piece) are handed over in views of SLICE bytes, without
    // copying, so progress moves in steady steps.
    for (let at = 0; at < chunk.byteLength; at += SLICE) yield chunk.subarray(at, at + SLICE);
  }
  if (file.size !== undefined && count < file.size) throw sizeMismatch(field, file.size, "fewer");
}

function sizeMismatch(field: string, size: number, which: "more" | "fewer"): InvalidRequestError {
  return new InvalidRequestError(`${field}: the upload produced ${which} bytes than its declared size of ${size}`, { field });
}

async function* sourceChunks(source: ResolvedUpload["source"], field: string): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  const stream = isBlobLike(source) ? source.stream() : isReadableStream(source) ? source : undefined;
  if (stream) {
    const reader = stream.getReader();
    let done = false;
    try {
      while (true) {
        const next = await reader.read();
        if (next.done) {
          done = true;
          return;
        }
        yield toBytes(next.value, field);
      }
    } finally {
      // Stopped early (aborted request, bad chunk): release the source instead of leaving it half-read.
      if (!done) await reader.cancel().catch(() => {});
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<unknown>) yield toBytes(chunk, field);
}

function toBytes(chunk: unknown, field: string): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new InvalidRequestError(`${field}: the upload stream produced a ${typeof chunk} chunk; only bytes (Uint8Array) can be sent`, {
    field,
  });
}

/** Callbacks of a multipart stream. */
export interface StreamObserver {
  /** Called after each chunk is handed to the consumer, with the running byte count. */
  onBytes?(loaded: number): void;
  /** Called when encoding fails (bad chunk, size mismatch, source error), before the stream errors. */
  onError?(error: unknown): void;
}

/** Wraps a chunk iterator in a ReadableStream that reads one chunk per pull and none ahead. */
export function toReadableStream(chunks: AsyncGenerator<Uint8Array>, observer: StreamObserver = {}): ReadableStream<Uint8Array> {
  let loaded = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await chunks.next();
        } catch (error) {
          observer.onError?.(error);
          throw error;
        }
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(next.value);
        loaded += next.value.byteLength;
        observer.onBytes?.(loaded);
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    // highWaterMark 0: nothing is read until fetch asks, so memory holds one chunk, not a queue.
    { highWaterMark: 0 },
  );
}

// Pull-based multipart encoder: bytes are produced only when the consumer (fetch) asks for them,
// so a file of any size passes through with at most one chunk in flight.
import { CallbackError, InvalidRequestError } from "../errors";
import { onAbort, untilAborted } from "../request/signals";
import { isBlobLike, isReadableStream, type ResolvedUpload } from "./multipart-source";
import { closing, type MultipartPart, partHead, utf8 } from "./multipart";

/** Largest piece handed over at once. */
const SLICE = 64 * 1024;

/** Yields the encoded body chunk by chunk; small framing pieces are merged into the next chunk. */
export async function* multipartChunks(boundary: string, parts: readonly MultipartPart[], signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  let pending = "";
  for (const part of parts) {
    pending += partHead(boundary, part);
    if ("text" in part) {
      pending += `${part.text}\r\n`;
      continue;
    }
    yield utf8(pending);
    pending = "\r\n";
    yield* fileChunks(part.file, part.name, signal);
  }
  yield utf8(pending + closing(boundary));
}

/**
 * Yields one file's bytes, checking chunk types and, for streams, the declared size. When `signal`
 * aborts, the source is closed at once, even in the middle of a read.
 */
export async function* fileChunks(file: ResolvedUpload, field: string, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const { source } = file;
  let count = 0;
  for await (const chunk of sourceChunks(source, field, signal)) {
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

async function* sourceChunks(source: ResolvedUpload["source"], field: string, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  opened.add(source);
  const stream = isBlobLike(source) ? source.stream() : isReadableStream(source) ? source : undefined;
  let read: () => Promise<IteratorResult<unknown>>;
  let close: () => unknown;
  if (stream) {
    const reader = stream.getReader();
    read = () => reader.read() as Promise<IteratorResult<unknown>>;
    close = () => reader.cancel(signal?.reason);
  } else {
    const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    read = () => iterator.next();
    close = () => closeSource(source, iterator);
  }
  let closed = false;
  const closeOnce = () => {
    if (closed) return;
    closed = true;
    try {
      Promise.resolve(close()).catch(() => {});
    } catch {
      // Closing is a courtesy to the source: its own failure must not replace the call's error.
    }
  };
  const stop = signal ? onAbort(signal, closeOnce) : undefined;
  let done = false;
  try {
    while (!done) {
      let next: IteratorResult<unknown>;
      try {
        next = await (signal ? untilAborted(read(), signal) : read());
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        // The caller's source failed: say so, and keep what it threw.
        throw new CallbackError(`upload source of ${field}`, cause);
      }
      done = !!next.done;
      if (!done) yield toBytes(next.value, field);
    }
  } finally {
    stop?.();
    // Stopped early (aborted request, bad chunk, consumer gone): release the source instead of leaving it half-read.
    if (!done) closeOnce();
  }
}

// Sources whose reading started: from then on, their reader closes them (see sourceChunks).
const opened = new WeakSet<object>();

/**
 * Closes a one-shot source whose reading has not started (see `opened`): cancels a ReadableStream that nobody reads, destroys a Node Readable
 * (recognised by shape: no node import on this path; it also ends a read in progress), and tells an
 * async iterator to return. Blobs and bytes hold nothing open. Never throws or rejects.
 */
export function closeSource(source: ResolvedUpload["source"], iterator?: AsyncIterator<unknown>): void {
  if (!iterator && opened.has(source)) return;
  try {
    const { destroy } = source as { destroy?: unknown };
    const closing = isReadableStream(source)
      ? !source.locked && source.cancel()
      : typeof destroy === "function"
        ? destroy.call(source)
        : !isBlobLike(source) && !(source instanceof Uint8Array) && (iterator ?? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]()).return?.();
    Promise.resolve(closing).catch(() => {});
  } catch {
    // Closing is a courtesy to the source: its own failure must not replace the call's error.
  }
}

function toBytes(chunk: unknown, field: string): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  // Other typed arrays and DataViews are viewed as their bytes, without copying.
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
  /** Called once the stream is done: read to the end, failed or cancelled. */
  onEnd?(): void;
}

/**
 * Wraps a chunk iterator in a ReadableStream that reads one chunk per pull and none ahead. When
 * `signal` aborts, a pull in progress fails at once with its reason (not reported to `onError`).
 */
export function toReadableStream(chunks: AsyncGenerator<Uint8Array>, observer: StreamObserver = {}, signal?: AbortSignal): ReadableStream<Uint8Array> {
  let loaded = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await (signal ? untilAborted(chunks.next(), signal) : chunks.next());
        } catch (error) {
          if (!signal?.aborted) observer.onError?.(error);
          observer.onEnd?.();
          throw error;
        }
        if (next.done) {
          observer.onEnd?.();
          controller.close();
          return;
        }
        controller.enqueue(next.value);
        loaded += next.value.byteLength;
        observer.onBytes?.(loaded);
      },
      cancel() {
        observer.onEnd?.();
        // Not awaited: a generator waiting on its source would hold the cancel until the source answers.
        chunks.return(undefined).catch(() => {});
      },
    },
    // highWaterMark 0: nothing is read until fetch asks, so memory holds one chunk, not a queue.
    { highWaterMark: 0 },
  );
}

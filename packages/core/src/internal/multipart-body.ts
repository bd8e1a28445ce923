// Chooses how a multipart body is delivered and hands the transport a per-attempt body factory.
//  - Blob body: when every file is a native Blob or bytes and progress is not asked for (or the
//    runtime cannot stream requests). Works everywhere, fetch sets content-length, nothing is copied
//    from Blobs. Progress can only be reported as 0 and, once answered, total.
//  - ReadableStream body: otherwise. Needs `duplex: "half"` in RequestInit (the transport adds it,
//    with `redirect: "error"`, see request/transport.ts); a file of any size streams through with
//    one chunk in memory.
//  - Runtimes without request streams (Firefox, Safari) get stream sources read into a Blob first:
//    the only way to send them at all there.
import { UnexpectedClientError } from "../errors";
import type { UploadProgress } from "../types";
import type { ResolvedUpload } from "./multipart-source";
import {
  closing,
  createBoundary,
  type MultipartPart,
  multipartContentType,
  multipartLength,
  partHead,
  toMultipartParts,
} from "./multipart";
import { onAbort } from "../request/signals";
import { closeSource, fileChunks, multipartChunks, toReadableStream } from "./multipart-stream";

/** What the transport's body factory returns for one attempt. */
export interface BodyAttempt {
  body: BodyInit;
  headers: Record<string, string>;
  /** False when the body was built from a one-shot stream: the transport must never send it twice. */
  replayable: boolean;
  /** The encoding error of this attempt, if any (see MultipartBody.error). */
  error(): unknown;
}

/** A prepared multipart body: a factory per attempt, plus what invoke needs around the request. */
export interface MultipartBody {
  /**
   * Builds the body for one attempt; when `signal` aborts, reading stops and the sources are closed.
   * Throws UnexpectedClientError when a one-shot source is asked for twice.
   */
  create(signal?: AbortSignal): BodyAttempt;
  readonly replayable: boolean;
  readonly mode: "blob" | "stream";
  /** The encoding error of the latest attempt, if any: fetch reports it only as a generic failure. */
  readonly error: unknown;
  /** Reports the final progress event for Blob bodies, whose reading cannot be observed. */
  complete(): void;
}

/** Options for preparing a multipart body. */
export interface MultipartBodyOptions {
  onUploadProgress?(progress: UploadProgress): void;
  /** Overrides runtime detection of streaming request bodies (tests). */
  streams?: boolean;
}

/**
 * Prepares a multipart body from resolved parts. Async only for runtimes that cannot stream a
 * request, where one-shot sources are first read into Blobs.
 */
export async function prepareMultipartBody(parts: readonly MultipartPart[], options: MultipartBodyOptions = {}): Promise<MultipartBody> {
  const canStream = options.streams ?? supportsRequestStreams();
  if (!canStream) parts = await Promise.all(parts.map(bufferPart));
  const replayable = parts.every((p) => "text" in p || p.file.replayable);
  const inMemory = parts.every((p) => "text" in p || isNativeBlob(p.file.source) || p.file.source instanceof Uint8Array);
  const report = safeReporter(options.onUploadProgress);
  const useBlob = inMemory && (report === undefined || !canStream);

  let created = false;
  let error: unknown;
  let blobSize: number | undefined;
  return {
    replayable,
    mode: useBlob ? "blob" : "stream",
    get error() {
      return error;
    },
    create(signal) {
      if (created && !replayable) {
        throw new UnexpectedClientError("The upload stream was already consumed by an earlier attempt and cannot be sent again");
      }
      created = true;
      error = undefined;
      const boundary = createBoundary();
      const headers: Record<string, string> = { "content-type": multipartContentType(boundary) };
      if (useBlob) {
        const blob = toBlob(boundary, parts);
        blobSize = blob.size;
        report?.({ loaded: 0, total: blob.size });
        return { body: blob, headers, replayable, error: () => undefined };
      }
      const total = multipartLength(boundary, parts);
      if (total !== undefined) headers["content-length"] = String(total);
      report?.({ loaded: 0, total });
      let failure: unknown;
      // Sources not yet reached when the attempt ends early are closed too: one-shot sources hold a
      // file or a socket open until someone does.
      const release = signal && onAbort(signal, () => {
        for (const part of parts) if ("file" in part && !part.file.replayable) closeSource(part.file.source);
      });
      const body = toReadableStream(
        multipartChunks(boundary, parts, signal),
        {
          onBytes: report && ((loaded) => report({ loaded, total })),
          onError: (e) => {
            error = failure = e;
          },
          onEnd: release,
        },
        signal,
      );
      return { body, headers, replayable, error: () => failure };
    },
    complete() {
      if (useBlob && blobSize !== undefined) report?.({ loaded: blobSize, total: blobSize });
    },
  };
}

/**
 * Builds the multipart body of an operation from its body fields: `fileParams` name the upload fields.
 * @throws InvalidRequestError naming a file field whose value is not `Uploadable`.
 */
export function prepareMultipart(
  fields: Readonly<Record<string, unknown>>,
  fileParams: readonly string[] | undefined,
  options: MultipartBodyOptions = {},
): Promise<MultipartBody> {
  return prepareMultipartBody(toMultipartParts(fields, fileParams), options);
}

/** The signature of `prepareMultipart`, which `invoke` receives from `upload` rather than importing. */
export type MultipartPreparer = typeof prepareMultipart;

function isNativeBlob(value: unknown): value is Blob {
  return typeof Blob !== "undefined" && value instanceof Blob;
}

function toBlob(boundary: string, parts: readonly MultipartPart[]): Blob {
  // Blob parts are referenced, not copied, so a File on disk stays on disk until fetch reads it.
  const pieces: BlobPart[] = [];
  for (const part of parts) {
    pieces.push(partHead(boundary, part));
    pieces.push("text" in part ? part.text : (part.file.source as BlobPart));
    pieces.push("\r\n");
  }
  pieces.push(closing(boundary));
  return new Blob(pieces);
}

async function bufferPart(part: MultipartPart): Promise<MultipartPart> {
  if ("text" in part || isNativeBlob(part.file.source) || part.file.source instanceof Uint8Array) return part;
  const chunks: BlobPart[] = [];
  // The streaming reader's chunk and declared-size checks apply here too.
  for await (const chunk of fileChunks(part.file, part.name)) chunks.push(chunk as BlobPart);
  const blob = new Blob(chunks, { type: part.file.contentType });
  const file: ResolvedUpload = { ...part.file, source: blob, size: blob.size, replayable: true };
  return { name: part.name, file };
}

function safeReporter(callback: MultipartBodyOptions["onUploadProgress"]): ((p: UploadProgress) => void) | undefined {
  if (!callback) return undefined;
  return (progress) => {
    try {
      callback(progress);
    } catch {
      // A failing progress callback must not abort the upload it reports on.
    }
  };
}

let requestStreams: boolean | undefined;

/**
 * True when this runtime's fetch can send a ReadableStream body (Node, Bun, Deno, workerd,
 * Chromium). Where it cannot, the stream would be sent as the text "[object ReadableStream]",
 * which shows up as a text/plain content type: the usual feature test.
 */
export function supportsRequestStreams(): boolean {
  if (requestStreams === undefined) {
    try {
      const init = { method: "POST", body: new ReadableStream(), duplex: "half" } as RequestInit;
      requestStreams = !new Request("http://localhost/", init).headers.has("content-type");
    } catch {
      requestStreams = false;
    }
  }
  return requestStreams;
}

// How an upload field's value is recognised and resolved into something the multipart encoder can
// read: bytes, a Blob, or a one-shot stream.
import { InvalidRequestError } from "../errors";

/**
 * Bytes to upload: a Blob or File, bytes in memory, a web ReadableStream, or any async iterable of
 * byte chunks (a Node `Readable` qualifies: it iterates Buffers, which are Uint8Arrays).
 */
export type UploadSource = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** An upload source with the metadata the multipart part carries. */
export interface FileUpload {
  data: UploadSource;
  /** Sent as the part's filename. Defaults to a File's name, a Node file stream's base name, or `blob`. */
  filename?: string | undefined;
  /** Defaults to the Blob's type, else `application/octet-stream`. */
  contentType?: string | undefined;
  /** Size in bytes, when a stream's length is known in advance; enables `content-length` and progress totals. */
  size?: number | undefined;
}

/** Anything an upload field accepts. */
export type Uploadable = UploadSource | FileUpload;

/** An upload resolved for encoding. `source` is read once per attempt; `replayable` says whether it can be read again. */
export interface ResolvedUpload {
  readonly source: Blob | Uint8Array | ReadableStream<unknown> | AsyncIterable<unknown>;
  readonly filename: string;
  readonly contentType: string;
  /** Exact for Blobs and bytes; declared (and checked while streaming) for streams. */
  readonly size: number | undefined;
  readonly replayable: boolean;
}

const DEFAULT_CONTENT_TYPE = "application/octet-stream";
const DEFAULT_FILENAME = "blob";

/** True when `value` is a Blob (including a File) or behaves like one. */
export function isBlobLike(value: unknown): value is Blob {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a fast path only; every Blob also passes the shape check below.
  if (typeof Blob !== "undefined" && value instanceof Blob) return true;
  const v = value as Partial<Blob> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.size === "number" &&
    typeof v.type === "string" &&
    typeof v.stream === "function" &&
    typeof v.arrayBuffer === "function"
  );
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}

/** True when `value` is a web ReadableStream (by shape, so streams from another realm or polyfill count). */
export function isReadableStream(value: unknown): value is ReadableStream<unknown> {
  return typeof (value as ReadableStream | null)?.getReader === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  // Stryker disable next-line OptionalChaining: only called after isUploadSource has ruled out null and undefined.
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === "function";
}

/** True when `value` is one of the accepted upload sources. */
export function isUploadSource(value: unknown): value is UploadSource {
  if (typeof value !== "object" || value === null) return false;
  return (
    isBlobLike(value) ||
    ArrayBuffer.isView(value) ||
    isArrayBuffer(value) ||
    isReadableStream(value) ||
    isAsyncIterable(value)
  );
}

/** True when `value` is an upload source or a `{ data, filename?, contentType?, size? }` wrapper of one. */
export function isUploadable(value: unknown): value is Uploadable {
  if (isUploadSource(value)) return true;
  return typeof value === "object" && value !== null && isUploadSource((value as FileUpload).data);
}

/**
 * Resolves an upload field's value into a source plus part metadata.
 * @throws InvalidRequestError naming `field` when the value is not an accepted upload, or its metadata is malformed.
 */
export function resolveUpload(value: unknown, field: string): ResolvedUpload {
  const wrapped = !isUploadSource(value) && isUploadable(value);
  const meta: Partial<FileUpload> = wrapped ? (value as FileUpload) : {};
  const data: unknown = wrapped ? (value as FileUpload).data : value;
  if (!isUploadSource(data)) {
    throw new InvalidRequestError(
      `${field}: expected a Blob, File, Uint8Array, ArrayBuffer, ReadableStream, async iterable of bytes, or { data, filename?, contentType? }, got ${describe(value)}`,
      { field },
    );
  }
  checkMeta(meta, field);

  if (isBlobLike(data)) {
    return {
      source: data,
      filename: meta.filename ?? fileName(data) ?? DEFAULT_FILENAME,
      contentType: meta.contentType ?? (data.type || DEFAULT_CONTENT_TYPE),
      size: data.size,
      replayable: true,
    };
  }
  if (ArrayBuffer.isView(data) || isArrayBuffer(data)) {
    const bytes = isArrayBuffer(data) ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return {
      source: bytes,
      filename: meta.filename ?? DEFAULT_FILENAME,
      contentType: meta.contentType ?? DEFAULT_CONTENT_TYPE,
      size: bytes.byteLength,
      replayable: true,
    };
  }
  return {
    source: data,
    filename: meta.filename ?? fileName(data) ?? DEFAULT_FILENAME,
    contentType: meta.contentType ?? DEFAULT_CONTENT_TYPE,
    size: meta.size,
    replayable: false,
  };
}

function checkMeta(meta: Partial<FileUpload>, field: string): void {
  if (meta.filename !== undefined && typeof meta.filename !== "string") {
    throw new InvalidRequestError(`${field}.filename: expected a string`, { field: `${field}.filename` });
  }
  if (meta.contentType !== undefined && (typeof meta.contentType !== "string" || /[\r\n]/.test(meta.contentType))) {
    throw new InvalidRequestError(`${field}.contentType: expected a single-line string`, { field: `${field}.contentType` });
  }
  if (meta.size !== undefined && !(Number.isSafeInteger(meta.size) && meta.size >= 0)) {
    throw new InvalidRequestError(`${field}.size: expected a non-negative integer`, { field: `${field}.size` });
  }
}

// A File carries `name`; a Node fs.ReadStream carries `path`. Either gives the server an extension to go by.
function fileName(data: object): string | undefined {
  const { name, path } = data as { name?: unknown; path?: unknown };
  if (typeof name === "string" && name) return name;
  if (typeof path === "string" && path) return path.split(/[\\/]/).pop() || undefined;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return typeof value;
}

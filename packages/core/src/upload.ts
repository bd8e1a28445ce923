// What an upload field accepts, and `upload`, the call generated multipart operations go through.
// Kept apart from `invoke` so that the multipart encoder stays out of bundles that never upload.
import { APIPromise } from "./api-promise";
import type { FactifyClient } from "./client";
import { prepareMultipart } from "./internal/multipart-body";
import { sendOperation } from "./invoke";
import type { OperationDescriptor } from "./operation";
import type { RequestOptions } from "./types";

export { isUploadable } from "./internal/multipart-source";

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

/**
 * Sends an operation whose body is multipart/form-data (`body: "multipart"`), streaming its file
 * fields, and resolves to the parsed response body (`.withResponse()` adds the HTTP response).
 * Same contract as `invoke` otherwise.
 * @throws InvalidRequestError (before anything is sent) when the input fails validation or a file
 * field holds something that is not `Uploadable`; otherwise whatever `request` throws.
 */
export function upload<Input, Output>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
): APIPromise<Output> {
  return new APIPromise(sendOperation(client, operation, input, options, prepareMultipart));
}

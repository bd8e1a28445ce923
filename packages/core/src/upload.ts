// What an upload field accepts, and `upload`, the call generated multipart operations go through.
// Kept apart from `invoke` so that the multipart encoder stays out of bundles that never upload.
import { APIPromise } from "./api-promise";
import type { FactifyClient } from "./client";
import { prepareMultipart } from "./internal/multipart-body";
import { sendOperation } from "./invoke";
import type { OperationDescriptor } from "./operation";
import type { RequestOptions } from "./types";

export { isUploadable } from "./internal/multipart-source";
// The upload types live beside the code that reads them, so that nothing there imports this file back.
export type { FileUpload, Uploadable, UploadSource } from "./internal/multipart-source";

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
  return APIPromise.from(sendOperation(client, operation, input, options, prepareMultipart));
}

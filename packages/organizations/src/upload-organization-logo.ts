// The logo endpoint takes the image as base64 inside a JSON body. This wrapper lets callers hand
// over the image itself (a Blob, File, bytes or a stream) as they do for document uploads, and
// encodes it with btoa in chunks, which every runtime has (no Buffer).
import { type FactifyClient, InvalidRequestError, isUploadable, type RequestOptions, type Uploadable } from "@factify/core";
import { APIPromise, invoke } from "@factify/core/operations";
import { type UploadOrganizationLogoBase64Params, uploadOrganizationLogoOperation } from "./generated/operations/upload-organization-logo";
import type { UploadOrganizationLogoResponse } from "./generated/types";

/** Input of `uploadOrganizationLogo`: the organization and the image, as base64 text or as raw bytes. */
export interface UploadOrganizationLogoParams extends Omit<UploadOrganizationLogoBase64Params, "image_data"> {
  /**
   * The image: a base64 string (sent as is), or a Blob, File, Uint8Array, ArrayBuffer, ReadableStream,
   * async iterable of bytes or `{ data, contentType }`, which is read and base64-encoded. The API
   * caps the encoded text at 2,097,152 characters (about 1.5 MiB of image).
   */
  image_data: string | Uploadable;
}

// A multiple of 3, so every chunk but the last encodes without padding and the pieces concatenate.
const CHUNK = 3 * 8192;

/** Base64 of `bytes`, built chunk by chunk so large images never hit argument-count limits. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return out;
}

function isFileUpload(value: Uploadable): value is Extract<Uploadable, { data: unknown }> {
  return typeof value === "object" && value !== null && "data" in value && !(value instanceof Uint8Array);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

async function readAll(source: Uploadable): Promise<Uint8Array> {
  const data = isFileUpload(source) ? source.data : source;
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof (data as Blob).arrayBuffer === "function") return new Uint8Array(await (data as Blob).arrayBuffer());
  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (chunk: unknown): void => {
    if (!(chunk instanceof Uint8Array)) {
      throw new InvalidRequestError("image_data: a stream must yield Uint8Array chunks", { field: "image_data" });
    }
    chunks.push(chunk);
    length += chunk.length;
  };
  if (typeof (data as ReadableStream).getReader === "function") {
    const reader = (data as ReadableStream<unknown>).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) push(r.value);
  } else if (isAsyncIterable(data)) {
    for await (const chunk of data) push(chunk);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function contentTypeOf(source: Uploadable): string | undefined {
  if (isFileUpload(source) && source.contentType) return source.contentType;
  const data = isFileUpload(source) ? source.data : source;
  const type = (data as Partial<Blob>).type;
  return typeof type === "string" && type !== "" ? type : undefined;
}

/**
 * Uploads an organization's logo and resolves to `{ logo_url }`. A string `image_data` is taken as
 * base64 already; anything else is read and encoded, and `content_type` defaults to the Blob's or
 * upload's type. Rejects with `InvalidRequestError` before sending when the input is invalid (not
 * base64, too large, unknown keys), and with an `APIError` subclass when the API refuses.
 */
export function uploadOrganizationLogo(
  client: FactifyClient,
  params: UploadOrganizationLogoParams,
  options?: RequestOptions,
): APIPromise<UploadOrganizationLogoResponse> {
  return APIPromise.from(wireParams(client, params).then((wire) => invoke(client, uploadOrganizationLogoOperation, wire, options).withResponse()));
}

/** The JSON input of the logo call: the image read and base64-encoded unless it already is text. */
async function wireParams(client: FactifyClient, params: UploadOrganizationLogoParams): Promise<UploadOrganizationLogoBase64Params> {
  const source = (params as Partial<UploadOrganizationLogoParams> | undefined)?.image_data;
  // The spec leaves image_data optional, but a logo upload without an image can only fail.
  if (source === undefined && client.validate) {
    throw new InvalidRequestError("image_data: required field is missing", { field: "image_data" });
  }
  if (source === undefined || typeof source === "string") return params as UploadOrganizationLogoBase64Params;
  if (!isUploadable(source)) {
    throw new InvalidRequestError("image_data: expected a base64 string, a Blob, bytes or a stream", { field: "image_data" });
  }
  const image_data = bytesToBase64(await readAll(source));
  const content_type = params.content_type ?? contentTypeOf(source);
  const wire: UploadOrganizationLogoBase64Params = { ...params, image_data };
  if (content_type !== undefined) wire.content_type = content_type;
  return wire;
}

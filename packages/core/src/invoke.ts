// Runs one generated operation: checks the input, splits it into path, query and body, and hands
// the result to the transport (`request`). Generated code is a descriptor plus a call to this.
import type { FactifyClient } from "./client";
import { InvalidRequestError } from "./errors";
import type { MultipartPreparer } from "./internal/multipart-body";
import { expandPath } from "./internal/path";
import { serializeQuery, toRfc3339 } from "./internal/query";
import { assertValidInput } from "./internal/validate";
import type { OperationDescriptor } from "./operation";
import { request, type RequestSpec } from "./request";
import type { RequestOptions } from "./types";

/**
 * Sends one operation and resolves to its parsed response body. Operations with a multipart body go
 * through `upload` instead, which brings the multipart encoder along.
 * @throws InvalidRequestError (before anything is sent) when the input fails validation or cannot
 * be encoded; otherwise whatever `request` throws (APIError, ConnectionError, ...).
 */
export function invoke<Input, Output>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
): Promise<Output> {
  return sendOperation(client, operation, input, options);
}

/** `invoke` with an optional multipart encoder; `upload` passes one. */
export async function sendOperation<Input, Output>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options: RequestOptions | undefined,
  multipart?: MultipartPreparer,
): Promise<Output> {
  const prepared = await prepareRequest(operation, input, {
    validate: client.validate,
    onUploadProgress: options?.onUploadProgress,
    multipart,
  });
  const callOptions = prepared.fetchOptions
    ? { ...options, fetchOptions: { ...prepared.fetchOptions, ...options?.fetchOptions } }
    : options;
  try {
    const output = await request<Output>(client, prepared.spec, callOptions);
    prepared.complete();
    return output;
  } catch (error) {
    // fetch reports a failing request body only as a generic network error; the encoder's own
    // error (a wrong declared size, a non-byte chunk) says what actually went wrong.
    throw prepared.bodyError() ?? error;
  }
}

/** A request spec ready for the transport, plus hooks invoke runs around it. */
export interface PreparedRequest {
  spec: RequestSpec;
  /** Reports final upload progress where it cannot be observed while sending. */
  complete(): void;
  /** The error the multipart encoder raised during the latest attempt, if any. */
  bodyError(): unknown;
  /** Fetch settings the body needs; the caller's own `fetchOptions` take precedence. */
  fetchOptions?: RequestOptions["fetchOptions"];
}

/** Settings for `prepareRequest`. */
export interface PrepareOptions {
  validate?: boolean;
  onUploadProgress?: RequestOptions["onUploadProgress"];
  /** Overrides detection of streaming request bodies (tests). */
  streams?: boolean;
  /** The multipart encoder, required for `body: "multipart"` operations. */
  multipart?: MultipartPreparer;
}

const PLACEHOLDERS = /\{([^{}]+)\}/g;

/**
 * Validates an operation's input and builds the transport's RequestSpec from it, without sending.
 * @throws InvalidRequestError naming the offending field.
 */
export async function prepareRequest(
  operation: OperationDescriptor<any, any>,
  input: unknown,
  options: PrepareOptions = {},
): Promise<PreparedRequest> {
  if (operation.body === "multipart" && !options.multipart) {
    throw new InvalidRequestError(`${operation.id} sends a multipart body: call it with upload(), not invoke()`);
  }
  const fields = inputObject(input, operation.id);
  if (options.validate !== false && operation.input) assertValidInput(operation.input, fields, operation.id);

  const pathKeys = operation.pathParams ?? Array.from(operation.path.matchAll(PLACEHOLDERS), (m) => m[1] as string);
  const queryKeys = operation.queryParams ?? [];
  const path = expandPath(operation.path, fields);

  const query: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value === undefined || pathKeys.includes(key)) continue;
    if (queryKeys.includes(key)) query[key] = value;
    else rest[key] = value;
  }

  const spec: RequestSpec = { method: operation.method, path, operationId: operation.id };
  const queryString = serializeQuery(query);
  if (queryString) spec.query = queryString;
  if (operation.output) spec.responseSchema = operation.output;

  if (operation.body === "multipart") {
    const body = await options.multipart!(rest, operation.fileParams, {
      onUploadProgress: options.onUploadProgress,
      streams: options.streams,
    });
    spec.body = { kind: "stream", stream: () => body.create() };
    return { spec, complete: () => body.complete(), bodyError: () => body.error, fetchOptions: body.fetchOptions };
  }
  // Always an object, even with no fields: the API requires `{}` on POSTs with empty bodies.
  if (operation.body === "json") spec.body = { kind: "json", value: toJsonValue(rest, "") };
  return { spec, complete: () => {}, bodyError: () => undefined };
}

function inputObject(input: unknown, operationId: string): Record<string, unknown> {
  // Operations without parameters are called without an input object.
  if (input === undefined) return {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const got = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    throw new InvalidRequestError(`(input): ${operationId} expects an object of named fields, got ${got}`);
  }
  return input as Record<string, unknown>;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Copies a JSON body, turning every Date into RFC 3339 and leaving out `undefined` fields. */
function toJsonValue(value: unknown, path: string): unknown {
  if (value instanceof Date) return toRfc3339(value, path);
  if (Array.isArray(value)) return value.map((item, i) => toJsonValue(item, `${path}[${i}]`));
  if (typeof value === "object" && value !== null && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = toJsonValue(item, path ? `${path}.${key}` : key);
    }
    return out;
  }
  return value;
}

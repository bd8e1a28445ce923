// Runs one generated operation: checks the input, splits it into path, query and body, and hands
// the result to the transport (`request`). Generated code is a descriptor plus a call to this.
import { APIPromise } from "./api-promise";
import type { FactifyClient } from "./client";
import { InvalidRequestError } from "./errors";
import type { MultipartPreparer } from "./internal/multipart-body";
import { expandPath } from "./internal/path";
import { serializeQuery, toRfc3339 } from "./internal/query";
import { assertValidInput } from "./internal/validate";
import type { OperationDescriptor } from "./operation";
import { type Sent, send } from "./request/send";
import type { RequestSpec } from "./request/spec";
import type { RequestOptions } from "./types";

/**
 * Sends one operation and resolves to its parsed response body; `.withResponse()` on the result
 * adds the HTTP response and request id. Operations with a multipart body go through `upload`
 * instead, which brings the multipart encoder along.
 * @throws InvalidRequestError (before anything is sent) when the input fails validation or cannot
 * be encoded; otherwise whatever `request` throws (APIError, ConnectionError, ...).
 */
export function invoke<Input, Output>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
): APIPromise<Output> {
  return APIPromise.from(sendOperation(client, operation, input, options));
}

/**
 * `invoke` with an optional multipart encoder, which `upload` passes: checks the input (unless the
 * client has `validate: false`), splits it into path, query and body, and sends it. A JSON body
 * goes as is; the fields of a multipart body go to the encoder, which makes a body per attempt.
 * @throws InvalidRequestError naming the offending field, before anything is sent.
 */
export async function sendOperation<Input, Output>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
  multipart?: MultipartPreparer,
): Promise<Sent<Output>> {
  const { id, path, body: kind } = operation;
  if (kind === "multipart" && !multipart) throw new InvalidRequestError(`${id} sends a multipart body: call it with upload(), not invoke()`);
  // Operations without parameters are called without an input object.
  const all = (input ?? {}) as Record<string, unknown>;
  if (input === null || typeof all !== "object" || Array.isArray(all)) throw new InvalidRequestError(`(input): ${id} expects an object of named fields`);
  if (client.validate && operation.input) {
    const checked = assertValidInput(operation.input, all, id);
    if (checked) await checked;
  }

  const query: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const key in all) {
    const value = all[key];
    // The path template's `{name}` placeholders say which keys are path parameters.
    // Without a body every other key can only travel in the query, so generated descriptors of such
    // operations leave `queryParams` out rather than repeat every name of the input schema.
    if (value !== undefined && !path.includes(`{${key}}`)) (!kind || operation.queryParams?.includes(key) ? query : fields)[key] = value;
  }
  const spec: RequestSpec = {
    method: operation.method,
    path: expandPath(path, all),
    query: serializeQuery(query),
    operationId: id,
    responseSchema: operation.output,
  };
  // Always an object, even with no fields: the API requires `{}` on POSTs with empty bodies.
  if (kind === "json") spec.body = { kind: "json", value: toJsonValue(fields, "") };
  const body = kind === "multipart" ? await multipart!(fields, operation.fileParams, options) : undefined;
  if (body) spec.body = { kind: "stream", stream: body.create };
  const sent = await send<Output>(client, spec, options);
  body?.complete();
  return sent;
}

/** Copies a JSON body, turning every Date into RFC 3339 and leaving out `undefined` fields. */
function toJsonValue(value: unknown, path: string): unknown {
  if (value instanceof Date) return toRfc3339(value, path);
  if (Array.isArray(value)) return value.map((item, i) => toJsonValue(item, `${path}[${i}]`));
  const proto = value && typeof value === "object" ? Object.getPrototypeOf(value) : 0;
  // Only plain objects are copied; anything else (strings, numbers, class instances) goes to JSON.stringify as is.
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const key in value as object) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = toJsonValue(item, path ? `${path}.${key}` : key);
  }
  return out;
}

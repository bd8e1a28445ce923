// `request`: the low-level call for anything the generated operations do not cover. It checks the
// spec and hands it to the attempt loop in request/send.ts.
import { APIPromise } from "./api-promise";
import type { FactifyClient } from "./client";
import { check, checkAll, fail, REQUEST_SPEC } from "./internal/options";
import { send } from "./request/send";
import type { RequestSpec } from "./request/spec";
import type { RequestOptions } from "./types";

export type { RequestSpec, StreamBody } from "./request/spec";

/**
 * Sends a request through the client: auth, pacing, per-attempt timeout, retries, hooks, logging.
 * Resolves with the parsed JSON body (`{}` when empty); `.withResponse()` adds the Response and the
 * request id. Every rejection is a FactifyError:
 * @throws APIError (or a subclass) for non-2xx responses; ResponseValidationError when a 2xx body is not
 *   JSON or breaks `responseSchema`; ConnectionError, RequestTimeoutError, RequestAbortedError;
 *   CallbackError when the token provider, a hook or an upload source threw; InvalidRequestError,
 *   before anything is sent, for bad arguments, a bad token or a header the runtime refuses.
 */
export function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): APIPromise<T> {
  return APIPromise.from(checkAndSend<T>(client, spec, options));
}

async function checkAndSend<T>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions) {
  // `null`, not undefined: a missing spec must fail the object check too.
  checkAll(spec ?? null, REQUEST_SPEC, "spec");
  const { method, path, body } = spec;
  if (!path.startsWith("/")) fail("path", 'must start with "/"');
  if (body && method === "GET") fail("body", "cannot be sent with GET");
  if (body?.kind === "stream") check(body.stream, "*f", "body.stream");
  return send<T>(client, spec, options);
}

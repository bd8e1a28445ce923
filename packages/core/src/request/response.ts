// Reading what came back: parse the body, validate a success against the operation's schema, build
// the typed error of a failure. Deciding whether to try again is retry.ts's job, not this file's.
import { createAPIError, type ErrorResponse, type FactifyError, ResponseValidationError } from "../errors";
import type { Issue } from "../errors";
import { findIssues } from "../internal/validate";
import { serverRequestedWait } from "../retry";
import type { Call } from "./attempt";

/** The parsed body of a response, or the error it stands for. */
export interface Reading {
  value: unknown;
  error: FactifyError | undefined;
}

/** What replaces the call's token wherever a server echoed it back. */
const HIDDEN = "[REDACTED]";

/** Shortest token hidden from error bodies; real API keys are far longer. */
const MIN_SECRET = 8;

/** Reads one response of `call`: `{}` for an empty body, the raw text kept on every error. */
export async function readResponse(call: Call, response: Response, text: string): Promise<Reading> {
  const { status, headers } = response;
  const { operationId, responseSchema } = call.spec;
  if (!response.ok) {
    // A server (or proxy) that echoes the request back must not hand the token to whoever logs the error.
    const body = scrub(call, text);
    const value = parse(body) as Partial<ErrorResponse> | undefined;
    const connect = typeof value?.code === "string" && typeof value.message === "string" ? (value as ErrorResponse) : undefined;
    const retryAfterMs = serverRequestedWait(status, headers);
    return { value, error: createAPIError({ status, headers, body, error: connect, rawResponse: response, retryAfterMs, operationId }) };
  }
  const value = parse(text);
  let issues: Issue[] | undefined | Promise<Issue[] | undefined> =
    value === undefined
      ? [{ path: "", message: "Body is not valid JSON" }]
      : responseSchema && call.client.validate
        ? findIssues(responseSchema, value)
        : undefined;
  if (issues instanceof Promise) issues = await issues;
  if (!issues) return { value, error: undefined };
  // Validated as received; only what the error carries is scrubbed: the body, rawValue deep (keys
  // included) and the issues, whose messages may quote a received value.
  const fields = { body: text, rawValue: value ?? text, issues, requestId: headers.get("x-request-id") ?? undefined };
  return { value, error: new ResponseValidationError({ status, operationId, ...scrub(call, fields) }) };
}

/**
 * `value` (a string or parsed JSON) with the call's token replaced everywhere, deep, when it is long
 * enough to be a secret (short test doubles would only mangle the text). Done on the JSON text: a
 * bearer token (RFC 6750 characters) reads the same inside a JSON string, and one pass covers keys too.
 */
function scrub<T>({ token }: Call, value: T): T {
  return token && token.length >= MIN_SECRET ? JSON.parse(JSON.stringify(value).split(JSON.stringify(token).slice(1, -1)).join(HIDDEN)) : value;
}

/** JSON of `text` (`{}` when blank), or undefined when it is not JSON (a proxy's HTML page, a truncated body). */
function parse(text: string): unknown {
  try {
    return text.trim() ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}

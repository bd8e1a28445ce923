// Turning a response (status, headers, body text) into the call's value or its error. Anything that
// is not the contract still becomes a typed error that keeps the raw text: proxy HTML pages, empty
// bodies, truncated JSON.
import { type GenericSchema, safeParse } from "valibot";
import { type APIError, createAPIError, type ErrorResponse, ResponseValidationError } from "../errors";
import { issuePath } from "./validate";

function parseJSON(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function asErrorResponse(value: unknown): ErrorResponse | undefined {
  const v = value as Partial<ErrorResponse> | null;
  if (typeof v !== "object" || v === null || typeof v.code !== "string" || typeof v.message !== "string") return undefined;
  return { ...v, details: Array.isArray(v.details) ? v.details : undefined } as ErrorResponse;
}

/** Builds the APIError for a non-2xx response, parsing a ConnectRPC body when there is one. */
export function errorFromResponse(response: Response, text: string, retryAfterMs: number | undefined): APIError {
  const parsed = text.trim() ? parseJSON(text) : { ok: false as const };
  return createAPIError({
    status: response.status,
    headers: response.headers,
    body: text,
    error: parsed.ok ? asErrorResponse(parsed.value) : undefined,
    rawResponse: response,
    retryAfterMs,
  });
}

/** How a 2xx body is checked. */
export interface SuccessContext {
  schema: GenericSchema | undefined;
  validate: boolean;
  operationId: string | undefined;
}

/**
 * The value of a 2xx response: the parsed JSON (unchanged, so unknown fields are kept), or `{}` for an empty body.
 * @throws ResponseValidationError when the body is not JSON or breaks the schema.
 */
export function valueFromResponse(response: Response, text: string, ctx: SuccessContext): unknown {
  const requestId = response.headers.get("x-request-id") ?? undefined;
  if (!text.trim()) return checkSchema({}, response.status, text, ctx, requestId);
  const parsed = parseJSON(text);
  if (!parsed.ok) {
    throw new ResponseValidationError({
      status: response.status,
      body: text,
      rawValue: text,
      issues: [{ path: "", message: "Body is not valid JSON" }],
      operationId: ctx.operationId,
      requestId,
    });
  }
  return checkSchema(parsed.value, response.status, text, ctx, requestId);
}

function checkSchema(value: unknown, status: number, text: string, ctx: SuccessContext, requestId?: string): unknown {
  if (!ctx.schema || !ctx.validate) return value;
  const result = safeParse(ctx.schema, value);
  if (result.success) return value;
  throw new ResponseValidationError({
    status,
    body: text,
    rawValue: value,
    issues: result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })),
    operationId: ctx.operationId,
    requestId,
  });
}

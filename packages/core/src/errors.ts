// Every error the SDK throws descends from FactifyError. `instanceof` and `isFactifyError` work
// across two copies of @factify/core in one bundle, because both test a registry-wide symbol brand
// rather than class identity.
//
// Instance fields are `declare`d and assigned in constructors: with target ES2022 a plain field
// declaration is emitted as a class field, which would repeat every name in the bundle.

const BRAND = Symbol.for("@factify/core/error");

/**
 * Machine-readable error codes: the ConnectRPC codes the API documents (on APIError, from the body or
 * implied by the status), then the SDK's own codes for failures that never got an API answer.
 * Unknown codes from the server still pass through as strings.
 */
export type ErrorCode =
  | "invalid_argument"
  | "failed_precondition"
  | "unauthenticated"
  | "permission_denied"
  | "not_found"
  | "already_exists"
  | "resource_exhausted"
  | "deadline_exceeded"
  | "canceled"
  | "internal"
  | "unknown"
  | "unimplemented"
  | "unavailable"
  // The SDK's own codes.
  | "invalid_request"
  | "invalid_response"
  | "connection_error"
  | "timeout"
  | "aborted"
  | "rate_limited"
  | "callback_error"
  | "client_error"
  | (string & {});

/** One entry of `details` in a ConnectRPC error body. */
export interface ErrorDetail {
  reason?: string | undefined;
  param?: string | undefined;
  request_id?: string | undefined;
  [key: string]: unknown;
}

/** The JSON error body the Factify API sends (ConnectRPC shape). */
export interface ErrorResponse {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[] | undefined;
}

/** A problem found in input or in a response: where (dotted path, `""` for the root) and what. */
export interface Issue {
  path: string;
  message: string;
}

function hasBrand(value: unknown, name?: string): boolean {
  const brands = (value as { [BRAND]?: unknown } | null | undefined)?.[BRAND];
  return Array.isArray(brands) && (!name || brands.includes(name));
}

/** True for any error thrown by any copy of @factify/core. */
export function isFactifyError(value: unknown): value is FactifyError {
  return hasBrand(value);
}

/** Fields every FactifyError starts from; subclasses pass their own fields alongside, set on the instance. */
export interface FactifyErrorInit {
  code: ErrorCode;
  requestId?: string | undefined;
  cause?: unknown;
  [field: string]: unknown;
}

/**
 * Root of every SDK error. `code` is always set. `retryable` says whether trying the call again may
 * help; it is false when the error is made and set by the retry policy (retry.ts) before the SDK
 * rejects with it.
 */
export class FactifyError extends Error {
  declare readonly [BRAND]: readonly string[];
  declare readonly code: ErrorCode;
  declare readonly retryable: boolean;
  /** The API's request id, when the server sent one. */
  declare readonly requestId: string | undefined;

  constructor(message: string, { cause, ...fields }: FactifyErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    // The brand lists the error's class and every ancestor, so a brand check answers for any
    // level of the hierarchy. Names come from `errorName`, not `constructor.name`, which minifiers mangle.
    const names: string[] = [];
    for (let c = new.target as { errorName?: string } | undefined; c?.errorName; c = Object.getPrototypeOf(c)) names.push(c.errorName);
    Object.defineProperties(this, {
      [BRAND]: { value: names },
      name: { value: names[0], configurable: true, writable: true },
    });
    Object.assign(this, { retryable: false }, fields);
  }

  /** Stable class name, kept through minification; equals `name` of its instances. */
  static readonly errorName: string = "FactifyError";

  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class `instanceof` was asked about; compare by name so duplicated copies agree.
    // biome-ignore lint/complexity/noThisInStatic: a subclass must answer with its own name.
    return hasBrand(value, this.errorName);
  }
}

/** Init accepted by APIError and its subclasses. */
export interface APIErrorInit {
  status: number;
  headers: Headers;
  /** The response body as text, exactly as received (may be empty, HTML, or truncated JSON). */
  body: string;
  /** The parsed ConnectRPC body when the text had that shape. */
  error?: ErrorResponse | undefined;
  rawResponse?: Response | undefined;
  retryAfterMs?: number | undefined;
  /** The operation that was called, named in the message. */
  operationId?: string | undefined;
  cause?: unknown;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "invalid_argument",
  401: "unauthenticated",
  403: "permission_denied",
  404: "not_found",
  408: "deadline_exceeded",
  409: "already_exists",
  412: "failed_precondition",
  422: "invalid_argument",
  429: "resource_exhausted",
  499: "canceled",
  501: "unimplemented",
  503: "unavailable",
  504: "deadline_exceeded",
};

/** The ConnectRPC code implied by an HTTP status, for bodies that carry none: other 5xx are `internal`, other 4xx `unknown`. */
export function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? "internal" : "unknown");
}

/** Makes fields own but non-enumerable: kept for code, left out of console.log, util.inspect and JSON. */
function hide(target: object, fields: Record<string, unknown>): void {
  for (const key in fields) Object.defineProperty(target, key, { value: fields[key], configurable: true, writable: true });
}

/** The server answered with a non-2xx status. */
export class APIError extends FactifyError {
  static override readonly errorName: string = "APIError";
  declare readonly status: number;
  declare readonly headers: Headers;
  declare readonly body: string;
  declare readonly details: ErrorDetail[];
  /** First `details[].reason`, e.g. `insufficient_permissions`. */
  declare readonly reason: string | undefined;
  /** Server-requested wait before retrying, in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | undefined;
  /** The operation that was called, when the call went through a generated function. */
  declare readonly operationId: string | undefined;
  /** The Response itself (body already read). Not enumerable, like `headers` and `body`, so logging the error stays short. */
  declare readonly rawResponse: Response | undefined;

  constructor({ status, error, body, headers, retryAfterMs, rawResponse, operationId, cause }: APIErrorInit) {
    const details: ErrorDetail[] = Array.isArray(error?.details) ? error.details : [];
    const text = error?.message ?? (body.trim() ? body.slice(0, 200) : `HTTP ${status}`);
    super(`${status} ${text}${operationId ? ` [${operationId}]` : ""}`, {
      code: error?.code ?? codeForStatus(status),
      requestId: headers.get("x-request-id") ?? details.find((d) => d?.request_id)?.request_id,
      cause,
      status,
      details,
      reason: details[0]?.reason,
      retryAfterMs,
      operationId,
    });
    hide(this, { headers, body, rawResponse });
  }
}

/** 400 (and 422): the API refused the input. */
export class BadRequestError extends APIError {
  static override readonly errorName: string = "BadRequestError";
}
/** 401: missing, unknown, revoked or expired credentials. */
export class AuthenticationError extends APIError {
  static override readonly errorName: string = "AuthenticationError";
}
/** 403: the caller may not do this. */
export class PermissionDeniedError extends APIError {
  static override readonly errorName: string = "PermissionDeniedError";
}
/** 404: no such resource (or not visible to the caller). */
export class NotFoundError extends APIError {
  static override readonly errorName: string = "NotFoundError";
}
/** 409: the resource already exists. */
export class ConflictError extends APIError {
  static override readonly errorName: string = "ConflictError";
}
/** 429: rate limit or quota reached, or (`sent: false`) a call the client held back because of the rate limit. */
export class RateLimitError extends APIError {
  static override readonly errorName: string = "RateLimitError";
  /** False when the client held the call back and never sent it (see `heldRateLimitError`); true for a 429 the server sent. */
  declare readonly sent: boolean;
  /** When sending may succeed again, when known. */
  declare readonly resetAt: Date | undefined;

  constructor(init: APIErrorInit) {
    super(init);
    Object.assign(this, { sent: true, resetAt: init.retryAfterMs === undefined ? undefined : new Date(Date.now() + init.retryAfterMs) });
  }
}

/**
 * The RateLimitError of a call the client held back and did not send: the rate limit leaves it no
 * slot within the time it may wait. Status 429 as if the server had refused it, but `sent: false`.
 */
export function heldRateLimitError(message: string, retryAfterMs: number, resetAt: Date): RateLimitError {
  // FactifyError's constructor with RateLimitError as the class: there is no response to describe.
  return Reflect.construct(
    FactifyError,
    [message, { code: codeForStatus(429), retryable: true, status: 429, headers: new Headers(), body: "", details: [], retryAfterMs, resetAt, sent: false }],
    RateLimitError,
  ) as RateLimitError;
}
/** 5xx: the server failed (501 and 505 and above included, which no retry can mend). */
export class InternalServerError extends APIError {
  static override readonly errorName: string = "InternalServerError";
}

/** Builds the most specific APIError subclass for a status. */
export function createAPIError(init: APIErrorInit): APIError {
  const s = init.status;
  const Class =
    (
      {
        400: BadRequestError,
        422: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        429: RateLimitError,
      } as Record<number, typeof APIError>
    )[s] ?? (s >= 500 ? InternalServerError : APIError);
  return new Class(init);
}

/** A 2xx response whose body breaks the API contract (required field missing, wrong type, not JSON). */
export class ResponseValidationError extends FactifyError {
  static override readonly errorName: string = "ResponseValidationError";
  declare readonly status: number;
  /** The parsed body (or raw text when it was not JSON). */
  declare readonly rawValue: unknown;
  /** The response text (not enumerable, so logging the error stays short). */
  declare readonly body: string;
  /** Dotted paths of the offending fields with valibot's messages. */
  declare readonly issues: readonly Issue[];

  constructor({
    issues,
    body,
    ...fields
  }: { status: number; body: string; rawValue: unknown; issues: readonly Issue[]; operationId?: string | undefined; requestId?: string | undefined }) {
    const first = issues[0];
    super(`Response of ${fields.operationId ?? "request"} does not match the API contract${first ? `: ${first.path || "(root)"}: ${first.message}` : ""}`, {
      code: "invalid_response",
      issues,
      ...fields,
    });
    hide(this, { body });
  }
}

/** The input given to an SDK function is invalid; nothing was sent. `field` names the offending input. */
export class InvalidRequestError extends FactifyError {
  static override readonly errorName: string = "InvalidRequestError";
  declare readonly field: string | undefined;
  declare readonly issues: readonly Issue[];

  constructor(message: string, { field, issues }: { field?: string; issues?: readonly Issue[] } = {}) {
    super(message, { code: "invalid_request", field, issues: issues ?? (field ? [{ path: field, message }] : []) });
  }
}

/** The request never got an HTTP answer (refused, reset, DNS). The message names the method and URL path. */
export class ConnectionError extends FactifyError {
  static override readonly errorName: string = "ConnectionError";
  constructor(message: string, cause?: unknown) {
    super(message, { code: "connection_error", cause });
  }
}

/** An attempt, or the whole retry budget, ran out of time. */
export class RequestTimeoutError extends FactifyError {
  static override readonly errorName: string = "RequestTimeoutError";
  declare readonly timeoutMs: number;
  constructor(timeoutMs: number, cause?: unknown) {
    super(`Request timed out after ${timeoutMs} ms`, { code: "timeout", cause, timeoutMs });
  }
}

/** The caller's AbortSignal fired. */
export class RequestAbortedError extends FactifyError {
  static override readonly errorName: string = "RequestAbortedError";
  constructor(cause?: unknown) {
    super("Request was aborted", { code: "aborted", cause });
  }
}

/**
 * A function the caller gave the SDK threw or rejected: the token provider (`bearerAuth`), a hook
 * (`hooks.beforeRequest`, `hooks.afterResponse`, `hooks.onError`) or an upload source (named by its
 * field). `source` names which; `cause` is exactly what it threw.
 */
export class CallbackError extends FactifyError {
  static override readonly errorName: string = "CallbackError";
  declare readonly source: string;
  constructor(source: string, cause: unknown) {
    super(`${source} failed: ${(cause as Error | undefined)?.message ?? String(cause)}`, { code: "callback_error", cause, source });
  }
}

/** A bug or an unsupported environment inside the SDK; `cause` holds the original. */
export class UnexpectedClientError extends FactifyError {
  static override readonly errorName: string = "UnexpectedClientError";
  constructor(message: string, cause?: unknown) {
    super(message, { code: "client_error", cause });
  }
}

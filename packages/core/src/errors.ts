// Every error the SDK throws descends from FactifyError. `instanceof` and `isFactifyError` work
// across two copies of @factify/core in one bundle, because both test a registry-wide symbol brand
// rather than class identity.

const BRAND = Symbol.for("@factify/core/error");

/** Machine-readable ConnectRPC error codes the API documents; unknown codes still pass through as strings. */
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
  | (string & {});

/** One entry of `details` in a ConnectRPC error body. */
export interface ErrorDetail {
  reason?: string;
  param?: string;
  request_id?: string;
  [key: string]: unknown;
}

/** The JSON error body the Factify API sends (ConnectRPC shape). */
export interface ErrorResponse {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}

type ErrorClass = { errorName?: string };

function hasBrand(value: unknown, name?: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const brands = (value as { [BRAND]?: readonly string[] })[BRAND];
  return Array.isArray(brands) && (name === undefined || brands.includes(name));
}

/** True for any error thrown by any copy of @factify/core. */
export function isFactifyError(value: unknown): value is FactifyError {
  return hasBrand(value);
}

/** Root of every SDK error. `code` is always set; `retryable` says whether trying again may help. */
export class FactifyError extends Error {
  declare readonly [BRAND]: readonly string[];
  readonly code: ErrorCode;
  readonly retryable: boolean;
  /** The API's request id, when the server sent one. */
  readonly requestId: string | undefined;

  constructor(message: string, init: { code: ErrorCode; retryable?: boolean; requestId?: string; cause?: unknown }) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.retryable = init.retryable ?? false;
    this.requestId = init.requestId;
    // The brand lists the error's class and every ancestor, so a brand check answers for any
    // level of the hierarchy. Names come from `errorName`, not `constructor.name`, which minifiers mangle.
    const names: string[] = [];
    for (let ctor = new.target as unknown as ErrorClass | undefined; ctor?.errorName; ctor = Object.getPrototypeOf(ctor)) {
      names.push(ctor.errorName);
    }
    Object.defineProperty(this, BRAND, { value: names, enumerable: false });
    Object.defineProperty(this, "name", { value: names[0], enumerable: false, configurable: true, writable: true });
  }

  /** Stable class name, kept through minification; equals `name` of its instances. */
  static readonly errorName: string = "FactifyError";

  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class `instanceof` was asked about; compare by name so duplicated copies agree.
    return hasBrand(value, (this as unknown as ErrorClass).errorName);
  }
}

/** Init accepted by APIError and its subclasses. */
export interface APIErrorInit {
  status: number;
  headers: Headers;
  /** The response body as text, exactly as received (may be empty, HTML, or truncated JSON). */
  body: string;
  /** The parsed ConnectRPC body when the text had that shape. */
  error?: ErrorResponse;
  rawResponse?: Response;
  retryAfterMs?: number;
  cause?: unknown;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "invalid_argument",
  401: "unauthenticated",
  403: "permission_denied",
  404: "not_found",
  408: "deadline_exceeded",
  409: "already_exists",
  429: "resource_exhausted",
  499: "canceled",
  501: "unimplemented",
  503: "unavailable",
  504: "deadline_exceeded",
};

/** The ConnectRPC code implied by an HTTP status, for bodies that carry none. */
export function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? "internal" : "unknown");
}

/** HTTP statuses worth retrying (the retry policy in retry.ts adds the idempotency rules). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** The server answered with a non-2xx status. */
export class APIError extends FactifyError {
  static override readonly errorName: string = "APIError";
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  readonly details: ErrorDetail[];
  /** First `details[].reason`, e.g. `insufficient_permissions`. */
  readonly reason: string | undefined;
  /** Server-requested wait before retrying, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  readonly rawResponse: Response | undefined;

  constructor(init: APIErrorInit) {
    const details = init.error?.details ?? [];
    const requestId = init.headers.get("x-request-id") ?? details.find((d) => d.request_id)?.request_id;
    const message = init.error?.message ?? (init.body.trim() ? init.body.slice(0, 200) : `HTTP ${init.status}`);
    super(`${init.status} ${message}`, {
      code: init.error?.code ?? codeForStatus(init.status),
      retryable: RETRYABLE_STATUSES.has(init.status),
      requestId,
      cause: init.cause,
    });
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.details = details;
    this.reason = details[0]?.reason;
    this.retryAfterMs = init.retryAfterMs;
    this.rawResponse = init.rawResponse;
  }
}

/** 400: the API refused the input. */
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
/** 429: rate limit or quota reached. */
export class RateLimitError extends APIError {
  static override readonly errorName: string = "RateLimitError";
}
/** 5xx: the server failed. */
export class InternalServerError extends APIError {
  static override readonly errorName: string = "InternalServerError";
}

/** Builds the most specific APIError subclass for a status. */
export function createAPIError(init: APIErrorInit): APIError {
  const s = init.status;
  const Ctor =
    s === 400
      ? BadRequestError
      : s === 401
        ? AuthenticationError
        : s === 403
          ? PermissionDeniedError
          : s === 404
            ? NotFoundError
            : s === 409
              ? ConflictError
              : s === 429
                ? RateLimitError
                : s >= 500
                  ? InternalServerError
                  : APIError;
  return new Ctor(init);
}

/** A 2xx response whose body breaks the API contract (required field missing, wrong type, not JSON). */
export class ResponseValidationError extends FactifyError {
  static override readonly errorName: string = "ResponseValidationError";
  readonly status: number;
  /** The parsed body (or raw text when it was not JSON). */
  readonly rawValue: unknown;
  readonly body: string;
  /** Dotted paths of the offending fields with valibot's messages. */
  readonly issues: readonly { path: string; message: string }[];

  constructor(init: {
    status: number;
    body: string;
    rawValue: unknown;
    issues: readonly { path: string; message: string }[];
    operationId?: string;
    requestId?: string;
  }) {
    const first = init.issues[0];
    super(
      `Response of ${init.operationId ?? "request"} does not match the API contract${first ? `: ${first.path || "(root)"}: ${first.message}` : ""}`,
      { code: "invalid_response", requestId: init.requestId },
    );
    this.status = init.status;
    this.rawValue = init.rawValue;
    this.body = init.body;
    this.issues = init.issues;
  }
}

/** The input given to an SDK function is invalid; nothing was sent. `field` names the offending input. */
export class InvalidRequestError extends FactifyError {
  static override readonly errorName: string = "InvalidRequestError";
  readonly field: string | undefined;
  readonly issues: readonly { path: string; message: string }[];

  constructor(message: string, init: { field?: string; issues?: readonly { path: string; message: string }[] } = {}) {
    super(message, { code: "invalid_request" });
    this.field = init.field;
    this.issues = init.issues ?? (init.field ? [{ path: init.field, message }] : []);
  }
}

/** The request never got an HTTP answer (refused, reset, DNS). */
export class ConnectionError extends FactifyError {
  static override readonly errorName: string = "ConnectionError";
  constructor(message: string, cause?: unknown) {
    super(message, { code: "connection_error", retryable: true, cause });
  }
}

/** An attempt, or the whole retry budget, ran out of time. */
export class RequestTimeoutError extends FactifyError {
  static override readonly errorName: string = "RequestTimeoutError";
  readonly timeoutMs: number;
  constructor(timeoutMs: number, cause?: unknown) {
    super(`Request timed out after ${timeoutMs} ms`, { code: "timeout", retryable: true, cause });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired. */
export class RequestAbortedError extends FactifyError {
  static override readonly errorName: string = "RequestAbortedError";
  constructor(cause?: unknown) {
    super("Request was aborted", { code: "aborted", cause });
  }
}

/** A bug or an unsupported environment inside the SDK; `cause` holds the original. */
export class UnexpectedClientError extends FactifyError {
  static override readonly errorName: string = "UnexpectedClientError";
  constructor(message: string, cause?: unknown) {
    super(message, { code: "client_error", cause });
  }
}

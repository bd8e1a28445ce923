// ConnectRPC-style errors as the API returns them: `{ code, message, details: [{ reason, param?, request_id }] }`.

/** ConnectRPC error codes the spec's ErrorResponse allows. */
export type ErrorCode =
  | "unknown"
  | "invalid_argument"
  | "unauthenticated"
  | "permission_denied"
  | "not_found"
  | "already_exists"
  | "resource_exhausted"
  | "failed_precondition"
  | "internal"
  | "unavailable"
  | "unimplemented"
  | "canceled"
  | "deadline_exceeded";

/** Machine-readable reasons the spec's ErrorDetail allows. */
export type ErrorReason =
  | "missing_required_field"
  | "invalid_field_value"
  | "invalid_enum_value"
  | "invalid_cursor"
  | "invalid_id_format"
  | "missing_api_key"
  | "invalid_api_key"
  | "expired_api_key"
  | "invalid_token"
  | "expired_token"
  | "authentication_required"
  | "insufficient_permissions"
  | "resource_not_found"
  | "resource_already_exists"
  | "rate_limit_exceeded"
  | "quota_exceeded"
  | "precondition_failed"
  | "feature_disabled"
  | "internal_error"
  | "service_unavailable"
  | "unimplemented";

/** HTTP status for each code, as the spec's ErrorResponse maps them. */
export const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  invalid_argument: 400,
  failed_precondition: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  resource_exhausted: 429,
  deadline_exceeded: 408,
  canceled: 499,
  internal: 500,
  unknown: 500,
  unimplemented: 501,
  unavailable: 503,
};

/** An error a handler throws to answer with a ConnectRPC error body. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly reason: ErrorReason,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS_FOR_CODE[code];
  }
}

/** Returns a 400 invalid_argument error about one input field. */
export function invalid(reason: ErrorReason, param: string, message: string): ApiError {
  return new ApiError("invalid_argument", reason, message, param);
}

/** Returns a 404 not_found error. */
export function notFound(what: string): ApiError {
  return new ApiError("not_found", "resource_not_found", `${what} not found`);
}

/** Returns a 403 permission_denied error. */
export function denied(message = "the caller lacks the permission this operation needs"): ApiError {
  return new ApiError("permission_denied", "insufficient_permissions", message);
}

/** Returns a 400 failed_precondition error. */
export function precondition(message: string): ApiError {
  return new ApiError("failed_precondition", "precondition_failed", message);
}

/** Returns a 409 already_exists error. */
export function conflict(message: string): ApiError {
  return new ApiError("already_exists", "resource_already_exists", message);
}

/** Returns a 429 resource_exhausted error for a spent quota. */
export function quotaExceeded(message: string): ApiError {
  return new ApiError("resource_exhausted", "quota_exceeded", message);
}

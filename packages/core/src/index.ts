// Public surface of @factify/core for applications: the client, calls and their promises, pages,
// errors and option types. What generated resource packages need to describe and run operations
// (invoke, paginate, upload, descriptors, schema helpers) is in `@factify/core/operations`.
// Exports are grouped by the source files they come from, one block each; add a new export to the
// block of its file so the surface stays easy to review against the API snapshot.

// --- client and transport (client.ts, request.ts, retry.ts, rate-limit/) ---
export { createFactify, type FactifyClient } from "./client";
export { request, type RequestSpec, type StreamBody } from "./request";
export { DEFAULT_RETRY_CONFIG } from "./retry";
export { debugLog } from "./log";
export {
  createMemoryRateLimitStore,
  type RateLimitDecision,
  type RateLimitReservation,
  type RateLimitRule,
  type RateLimitStore,
} from "./rate-limit/store";
export { pacing } from "./rate-limit/scheduler";

// --- errors (errors.ts) ---
export {
  APIError,
  AuthenticationError,
  BadRequestError,
  CallbackError,
  ConflictError,
  ConnectionError,
  codeForStatus,
  createAPIError,
  FactifyError,
  InternalServerError,
  InvalidRequestError,
  isFactifyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
  UnexpectedClientError,
  type APIErrorInit,
  type ErrorCode,
  type ErrorDetail,
  type ErrorResponse,
  type FactifyErrorInit,
  type Issue,
} from "./errors";

// --- what calls return: promises with response metadata, pages (api-promise.ts, pagination.ts) ---
export { APIPromise } from "./api-promise";
export type { Sent } from "./request/send";
export {
  Page,
  PageRequest,
  PaginationCycleError,
  type DefaultItem,
  type PageFetcher,
  type ToArrayOptions,
} from "./pagination";

// --- what an upload field accepts (upload.ts) ---
export { isUploadable, type FileUpload, type Uploadable, type UploadSource } from "./upload";

// --- shared option types (types.ts) ---
export type {
  BearerAuth,
  DebugLogger,
  FactifyOptions,
  FetchLike,
  Hooks,
  HookRequest,
  HttpMethod,
  Logger,
  Pacing,
  Pagination,
  RateLimitOptions,
  RequestOptions,
  RetryConfig,
  StandardIssue,
  StandardResult,
  StandardSchema,
  UploadProgress,
} from "./types";

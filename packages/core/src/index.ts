// Public surface of @factify/core. Two helpers own the sections below; keep each section's exports in its own block.

// --- client and transport (client.ts, request.ts, retry.ts, rate-limit/) ---
export { createFactify, type FactifyClient } from "./client";
export { request, type RequestSpec, type StreamBody } from "./request";
export type { Sent } from "./request/send";
export { APIPromise } from "./api-promise";
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

// --- operations, pagination, uploads, schemas (operation.ts, invoke.ts, pagination.ts, upload.ts, schema.ts) ---
export { invoke } from "./invoke";
export type { OperationDescriptor, PaginationConfig } from "./operation";
export {
  createPageFetcher,
  Page,
  PageRequest,
  paginate,
  type DefaultItem,
  type PageFetcher,
  type ToArrayOptions,
} from "./pagination";
export { isUploadable, upload, type FileUpload, type Uploadable, type UploadSource } from "./upload";
export {
  dateTimeInput,
  isRfc3339DateTime,
  openEnum,
  paginationSchema,
  responseObject,
  uploadable,
  type OpenEnumSchema,
  type Pagination,
} from "./schema";

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
  RateLimitOptions,
  RequestOptions,
  RetryConfig,
  UploadProgress,
} from "./types";

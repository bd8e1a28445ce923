// Public surface of @factify/core. Two helpers own the sections below; keep each section's exports in its own block.

// --- client and transport (client.ts, request.ts, retry.ts, rate-limit.ts) ---
export { createFactify, type FactifyClient } from "./client";
export { request, type RequestSpec } from "./request";
export { DEFAULT_RETRY_CONFIG } from "./retry";

// --- errors (errors.ts) ---
export {
  APIError,
  AuthenticationError,
  BadRequestError,
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
} from "./errors";

// --- operations, pagination, uploads, schemas (operation.ts, invoke.ts, pagination.ts, upload.ts, schema.ts) ---
export { invoke, paginate } from "./invoke";
export type { OperationDescriptor, PaginationConfig } from "./operation";
export { Page, PageRequest, type PageFetcher } from "./pagination";
export type { FileUpload, Uploadable, UploadSource } from "./upload";
export { dateTimeInput, openEnum } from "./schema";

// --- shared option types (types.ts) ---
export type {
  BearerAuth,
  FactifyOptions,
  FetchLike,
  Hooks,
  HookRequest,
  HttpMethod,
  Logger,
  RateLimitOptions,
  RequestOptions,
  RetryConfig,
  UploadProgress,
} from "./types";

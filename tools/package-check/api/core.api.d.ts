// API snapshot of @factify/core "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export APIError
class APIError extends FactifyError {
    static readonly errorName: string;
    readonly status: number;
    readonly headers: Headers;
    readonly body: string;
    readonly details: ErrorDetail[];
    readonly reason: string | undefined;
    readonly retryAfterMs: number | undefined;
    readonly rawResponse: Response | undefined;
    constructor(options: APIErrorInit);
}

// export APIErrorInit
interface APIErrorInit {
    status: number;
    headers: Headers;
    body: string;
    error?: ErrorResponse;
    rawResponse?: Response;
    retryAfterMs?: number;
    cause?: unknown;
}

// export AuthenticationError
class AuthenticationError extends APIError {
    static readonly errorName: string;
}

// export BadRequestError
class BadRequestError extends APIError {
    static readonly errorName: string;
}

// export BearerAuth
type BearerAuth = string | (() => string | Promise<string>);

// export ConflictError
class ConflictError extends APIError {
    static readonly errorName: string;
}

// export ConnectionError
class ConnectionError extends FactifyError {
    static readonly errorName: string;
    constructor(message: string, cause?: unknown);
}

// export DEFAULT_RETRY_CONFIG
const DEFAULT_RETRY_CONFIG: Readonly<ResolvedRetryConfig>;

// export DefaultItem
type DefaultItem<Output> = Output extends {
    items?: ReadonlyArray<infer I> | null;
} ? I : unknown;

// export ErrorCode
type ErrorCode = "invalid_argument" | "failed_precondition" | "unauthenticated" | "permission_denied" | "not_found" | "already_exists" | "resource_exhausted" | "deadline_exceeded" | "canceled" | "internal" | "unknown" | "unimplemented" | "unavailable" | (string & {});

// export ErrorDetail
interface ErrorDetail {
    reason?: string;
    param?: string;
    request_id?: string;
    [key: string]: unknown;
}

// export ErrorResponse
interface ErrorResponse {
    code: ErrorCode;
    message: string;
    details?: ErrorDetail[];
}

// export FactifyClient
interface FactifyClient {
    readonly options: Readonly<FactifyOptions>;
    readonly baseURL: string;
    readonly validate: boolean;
}

// export FactifyError
class FactifyError extends Error {
    readonly [BRAND]: readonly string[];
    readonly code: ErrorCode;
    readonly retryable: boolean;
    readonly requestId: string | undefined;
    constructor(message: string, options: FactifyErrorInit);
    static readonly errorName: string;
    static [Symbol.hasInstance](value: unknown): boolean;
}

// export FactifyErrorInit
interface FactifyErrorInit {
    code: ErrorCode;
    retryable?: boolean;
    requestId?: string | undefined;
    cause?: unknown;
    [field: string]: unknown;
}

// export FactifyOptions
interface FactifyOptions {
    bearerAuth?: BearerAuth;
    serverIdx?: 0 | 1;
    serverURL?: string;
    fetch?: FetchLike;
    timeoutMs?: number;
    retryConfig?: RetryConfig | false;
    rateLimit?: RateLimitOptions | false;
    validate?: boolean;
    debugLogger?: Logger;
    hooks?: Hooks;
    userAgent?: string;
}

// export FetchLike
type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

// export FileUpload
interface FileUpload {
    data: UploadSource;
    filename?: string;
    contentType?: string;
    size?: number;
}

// export HookRequest
interface HookRequest {
    operationId: string | undefined;
    method: HttpMethod;
    url: string;
    headers: Headers;
    attempt: number;
}

// export Hooks
interface Hooks {
    beforeRequest?(request: HookRequest): void | Promise<void>;
    afterResponse?(response: Response, request: HookRequest): void | Promise<void>;
    onError?(error: Error, request: HookRequest): void | Promise<void>;
}

// export HttpMethod
type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// export InternalServerError
class InternalServerError extends APIError {
    static readonly errorName: string;
}

// export InvalidRequestError
class InvalidRequestError extends FactifyError {
    static readonly errorName: string;
    readonly field: string | undefined;
    readonly issues: readonly Issue[];
    constructor(message: string, options?: {
        field?: string;
        issues?: readonly Issue[];
    });
}

// export Issue
interface Issue {
    path: string;
    message: string;
}

// export Logger
interface Logger {
    debug(...args: unknown[]): void;
    warn?(...args: unknown[]): void;
}

// export NotFoundError
class NotFoundError extends APIError {
    static readonly errorName: string;
}

// export OpenEnumSchema
interface OpenEnumSchema<Values extends readonly string[]> extends BaseSchema<Values[number] | (string & {}), Values[number] | (string & {}), StringIssue> {
    readonly options: Values;
}

// export OperationDescriptor
interface OperationDescriptor<Input = unknown, Output = unknown> {
    readonly id: string;
    readonly method: HttpMethod;
    readonly path: string;
    readonly pathParams?: readonly string[];
    readonly queryParams?: readonly string[];
    readonly body?: "json" | "multipart";
    readonly fileParams?: readonly string[];
    readonly input?: GenericSchema<unknown, unknown>;
    readonly output?: GenericSchema<unknown, unknown>;
    readonly __types?: {
        input: Input;
        output: Output;
    };
}

// export Page
class Page<Item, Response = unknown> extends PageWalk<Item, Response> {
    #private;
    readonly items: Item[];
    readonly response: Response;
    readonly pagination: Pagination | undefined;
    constructor(fetcher: PageFetcher<Item, Response>, response: Response, recent?: readonly string[]);
    hasNextPage(): boolean;
    next(): Promise<Page<Item, Response> | null>;
    iterItems(): AsyncGenerator<Item, void, undefined>;
    [Symbol.asyncIterator](): AsyncGenerator<Page<Item, Response>, void, undefined>;
}

// export PageFetcher
interface PageFetcher<Item, Response> {
    fetchPage(cursor: string | undefined): Promise<Response>;
    items(response: Response): Item[];
    nextCursor(response: Response): string | undefined;
    hasMore?(response: Response): boolean | undefined;
    readonly firstCursor?: string;
    onRepeatedCursor?(cursor: string): void;
}

// export PageRequest
class PageRequest<Item, Response = unknown> extends PageWalk<Item, Response> implements PromiseLike<Page<Item, Response>> {
    #private;
    constructor(fetcher: PageFetcher<Item, Response>);
    then<A = Page<Item, Response>, B = never>(onfulfilled?: ((page: Page<Item, Response>) => A | PromiseLike<A>) | null, onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<A | B>;
    catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<Page<Item, Response> | B>;
    finally(onfinally?: (() => void) | null): Promise<Page<Item, Response>>;
    items(): AsyncGenerator<Item, void, undefined>;
    [Symbol.asyncIterator](): AsyncGenerator<Page<Item, Response>, void, undefined>;
}

// export Pagination
interface Pagination {
    next_page_token?: string;
    prev_page_token?: string;
    has_more?: boolean;
    [key: string]: unknown;
}

// export PaginationConfig
interface PaginationConfig {
    readonly items?: string;
    readonly cursorParam?: string;
    readonly nextCursor?: readonly string[];
    readonly hasMore?: readonly string[];
}

// export PermissionDeniedError
class PermissionDeniedError extends APIError {
    static readonly errorName: string;
}

// export RateLimitError
class RateLimitError extends APIError {
    static readonly errorName: string;
}

// export RateLimitOptions
interface RateLimitOptions {
    requestsPerWindow?: number;
    postsPerWindow?: number;
    windowMs?: number;
}

// export RequestAbortedError
class RequestAbortedError extends FactifyError {
    static readonly errorName: string;
    constructor(cause?: unknown);
}

// export RequestOptions
interface RequestOptions {
    signal?: AbortSignal;
    timeoutMs?: number;
    retries?: RetryConfig | false;
    headers?: Record<string, string> | Headers;
    fetchOptions?: Omit<RequestInit, "method" | "body" | "signal" | "headers">;
    onUploadProgress?(progress: UploadProgress): void;
}

// export RequestSpec
interface RequestSpec {
    method: HttpMethod;
    path: string;
    query?: string;
    body?: {
        kind: "json";
        value: unknown;
    } | {
        kind: "stream";
        stream: () => StreamBody;
    };
    operationId?: string;
    responseSchema?: GenericSchema;
}

// export RequestTimeoutError
class RequestTimeoutError extends FactifyError {
    static readonly errorName: string;
    readonly timeoutMs: number;
    constructor(timeoutMs: number, cause?: unknown);
}

// export ResponseValidationError
class ResponseValidationError extends FactifyError {
    static readonly errorName: string;
    readonly status: number;
    readonly rawValue: unknown;
    readonly body: string;
    readonly issues: readonly Issue[];
    constructor(options: {
        status: number;
        body: string;
        rawValue: unknown;
        issues: readonly Issue[];
        operationId?: string;
        requestId?: string;
    });
}

// export RetryConfig
interface RetryConfig {
    maxRetries?: number;
    initialInterval?: number;
    maxInterval?: number;
    exponent?: number;
    maxElapsedTime?: number;
    retryConnectionErrors?: boolean;
    maxRetryAfter?: number;
    retryNonIdempotent?: boolean;
    jitter?: "full" | "equal";
}

// export StreamBody
interface StreamBody {
    body: BodyInit;
    headers: Record<string, string>;
    replayable: boolean;
}

// export ToArrayOptions
interface ToArrayOptions {
    limit?: number;
}

// export UnexpectedClientError
class UnexpectedClientError extends FactifyError {
    static readonly errorName: string;
    constructor(message: string, cause?: unknown);
}

// export UploadProgress
interface UploadProgress {
    loaded: number;
    total: number | undefined;
}

// export UploadSource
type UploadSource = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

// export Uploadable
type Uploadable = UploadSource | FileUpload;

// export codeForStatus
function codeForStatus(status: number): ErrorCode;

// export createAPIError
function createAPIError(init: APIErrorInit): APIError;

// export createFactify
function createFactify(options?: FactifyOptions): FactifyClient;

// export createPageFetcher
function createPageFetcher<Input, Output, Item = DefaultItem<Output>>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions, config?: PaginationConfig): PageFetcher<Item, Output>;

// export dateTimeInput
function dateTimeInput(): GenericSchema<Date | string>;

// export invoke
function invoke<Input, Output>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions): Promise<Output>;

// export isFactifyError
function isFactifyError(value: unknown): value is FactifyError;

// export isRfc3339DateTime
function isRfc3339DateTime(value: string): boolean;

// export isUploadable
function isUploadable(value: unknown): value is Uploadable;

// export openEnum
function openEnum<const Values extends readonly string[]>(values: Values): OpenEnumSchema<Values>;

// export paginate
function paginate<Input, Output, Item = DefaultItem<Output>>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions, config?: PaginationConfig): PageRequest<Item, Output>;

// export paginationSchema
function paginationSchema(): GenericSchema<Pagination>;

// export request
function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): Promise<T>;

// export responseObject
function responseObject<const Entries extends ObjectEntries>(entries: Entries): LooseObjectSchema<Entries, undefined>;

// export upload
function upload<Input, Output>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions): Promise<Output>;

// export uploadable
function uploadable(): GenericSchema<Uploadable>;

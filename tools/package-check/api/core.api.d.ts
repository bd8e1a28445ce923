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
    readonly operationId: string | undefined;
    readonly rawResponse: Response | undefined;
    constructor(options: APIErrorInit);
}

// export APIErrorInit
interface APIErrorInit {
    status: number;
    headers: Headers;
    body: string;
    error?: ErrorResponse | undefined;
    rawResponse?: Response | undefined;
    retryAfterMs?: number | undefined;
    operationId?: string | undefined;
    cause?: unknown;
}

// export APIPromise
class APIPromise<T> extends Promise<T> {
    private readonly [SENT];
    static get [Symbol.species](): PromiseConstructor;
    static from<T>(sent: Promise<Sent<T>>): APIPromise<T>;
    withResponse(): Promise<Sent<T>>;
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

// export CallbackError
class CallbackError extends FactifyError {
    static readonly errorName: string;
    readonly source: string;
    constructor(source: string, cause: unknown);
}

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

// export DebugLogger
interface DebugLogger {
    request(details: HookRequest & {
        body?: unknown;
    }): void;
    response(details: HookRequest & {
        status?: number | undefined;
        error?: Error | undefined;
        durationMs: number;
        retryInMs?: number | undefined;
    }): void;
    warn(message: string): void;
}

// export DefaultItem
type DefaultItem<Output> = Output extends {
    items?: ReadonlyArray<infer I> | null | undefined;
} ? I : unknown;

// export ErrorCode
type ErrorCode = "invalid_argument" | "failed_precondition" | "unauthenticated" | "permission_denied" | "not_found" | "already_exists" | "resource_exhausted" | "deadline_exceeded" | "canceled" | "internal" | "unknown" | "unimplemented" | "unavailable" | "invalid_request" | "invalid_response" | "connection_error" | "timeout" | "aborted" | "rate_limited" | "callback_error" | "client_error" | (string & {});

// export ErrorDetail
interface ErrorDetail {
    reason?: string | undefined;
    param?: string | undefined;
    request_id?: string | undefined;
    [key: string]: unknown;
}

// export ErrorResponse
interface ErrorResponse {
    code: ErrorCode;
    message: string;
    details?: ErrorDetail[] | undefined;
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
    requestId?: string | undefined;
    cause?: unknown;
    [field: string]: unknown;
}

// export FactifyOptions
interface FactifyOptions {
    bearerAuth?: BearerAuth | undefined;
    serverIdx?: 0 | 1 | undefined;
    serverURL?: string | undefined;
    fetch?: FetchLike | undefined;
    timeoutMs?: number | undefined;
    retryConfig?: RetryConfig | false | undefined;
    rateLimit?: Pacing | false | undefined;
    validate?: boolean | undefined;
    debugLogger?: DebugLogger | undefined;
    hooks?: Hooks | undefined;
    userAgent?: string | undefined;
}

// export FetchLike
type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

// export FileUpload
interface FileUpload {
    data: UploadSource;
    filename?: string | undefined;
    contentType?: string | undefined;
    size?: number | undefined;
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
    beforeRequest?: ((request: HookRequest) => void | Promise<void>) | undefined;
    afterResponse?: ((response: Response, request: HookRequest) => void | Promise<void>) | undefined;
    onError?: ((error: Error, request: HookRequest) => void | Promise<void>) | undefined;
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
    warn?: ((...args: unknown[]) => void) | undefined;
}

// export NotFoundError
class NotFoundError extends APIError {
    static readonly errorName: string;
}

// export Pacing
type Pacing = RateLimitOptions & {
    readonly [paced]: true;
};

// export Page
class Page<Item, Body = unknown> implements AsyncIterable<Page<Item, Body>> {
    #private;
    readonly items: Item[];
    readonly body: Body;
    readonly pagination: Pagination | undefined;
    readonly response: Response;
    readonly requestId: string | undefined;
    constructor(fetcher: PageFetcher<Item, Body>, sent: Sent<Body>);
    hasNextPage(): boolean;
    next(): Promise<Page<Item, Body> | null>;
    iterItems(): AsyncGenerator<Item, void, undefined>;
    toArray(options?: ToArrayOptions): Promise<Item[]>;
    [Symbol.asyncIterator](): AsyncGenerator<Page<Item, Body>, void, undefined>;
}

// export PageFetcher
interface PageFetcher<Item, Body> {
    fetchPage(cursor: string | undefined): Promise<Sent<Body>>;
    items(body: Body): Item[];
    nextCursor(body: Body): string | undefined;
    hasMore?(body: Body): boolean | undefined;
    readonly firstCursor?: string | undefined;
    readonly name?: string | undefined;
}

// export PageRequest
class PageRequest<Item, Body = unknown> extends Promise<Page<Item, Body>> implements AsyncIterable<Page<Item, Body>> {
    #private;
    static get [Symbol.species](): PromiseConstructor;
    constructor(fetcher: PageFetcher<Item, Body>);
    then<A = Page<Item, Body>, B = never>(onfulfilled?: ((page: Page<Item, Body>) => A | PromiseLike<A>) | null | undefined, onrejected?: ((reason: any) => B | PromiseLike<B>) | null | undefined): Promise<A | B>;
    withResponse(): Promise<Sent<Page<Item, Body>>>;
    items(): AsyncGenerator<Item, void, undefined>;
    toArray(options?: ToArrayOptions): Promise<Item[]>;
    [Symbol.asyncIterator](): AsyncGenerator<Page<Item, Body>, void, undefined>;
}

// export Pagination
interface Pagination {
    next_page_token?: string | undefined;
    prev_page_token?: string | undefined;
    has_more?: boolean | undefined;
    [key: string]: unknown;
}

// export PaginationCycleError
class PaginationCycleError extends FactifyError {
    static readonly errorName: string;
    readonly cursor: string;
    readonly operationId: string | undefined;
    constructor(cursor: string, operationId: string | undefined, requestId: string | undefined);
}

// export PermissionDeniedError
class PermissionDeniedError extends APIError {
    static readonly errorName: string;
}

// export RateLimitDecision
type RateLimitDecision = {
    readonly ok: true;
    readonly waitMs: number;
} | {
    readonly ok: false;
    readonly waitMs: number;
    readonly pausedUntil?: number | undefined;
};

// export RateLimitError
class RateLimitError extends APIError {
    static readonly errorName: string;
    readonly sent: boolean;
    readonly resetAt: Date | undefined;
    constructor(init: APIErrorInit);
}

// export RateLimitOptions
interface RateLimitOptions {
    requestsPerWindow?: number | undefined;
    postsPerWindow?: number | undefined;
    windowMs?: number | undefined;
    store?: RateLimitStore | undefined;
}

// export RateLimitReservation
interface RateLimitReservation {
    readonly key: string;
    readonly rules: readonly RateLimitRule[];
    readonly maxWaitMs: number;
}

// export RateLimitRule
interface RateLimitRule {
    readonly name: string;
    readonly limit: number;
    readonly windowMs: number;
}

// export RateLimitStore
interface RateLimitStore {
    reserve(request: RateLimitReservation): RateLimitDecision | Promise<RateLimitDecision>;
    pause(key: string, untilMs: number): void | Promise<void>;
    attach?(context: {
        warn(message: string): void;
    }): void;
}

// export RequestAbortedError
class RequestAbortedError extends FactifyError {
    static readonly errorName: string;
    constructor(cause?: unknown);
}

// export RequestOptions
interface RequestOptions {
    signal?: AbortSignal | undefined;
    timeoutMs?: number | undefined;
    retries?: RetryConfig | false | undefined;
    headers?: Record<string, string> | Headers | undefined;
    fetchOptions?: Omit<RequestInit, "method" | "body" | "signal" | "headers"> | undefined;
    onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

// export RequestSpec
interface RequestSpec {
    method: HttpMethod;
    path: string;
    query?: string | undefined;
    body?: {
        kind: "json";
        value: unknown;
    } | {
        kind: "stream";
        stream: (signal: AbortSignal) => StreamBody;
    } | undefined;
    operationId?: string | undefined;
    responseSchema?: StandardSchema | undefined;
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
        operationId?: string | undefined;
        requestId?: string | undefined;
    });
}

// export RetryConfig
interface RetryConfig {
    maxRetries?: number | undefined;
    initialInterval?: number | undefined;
    maxInterval?: number | undefined;
    exponent?: number | undefined;
    maxElapsedTime?: number | undefined;
    retryConnectionErrors?: boolean | undefined;
    maxRetryAfter?: number | undefined;
    retryNonIdempotent?: boolean | undefined;
    jitter?: "full" | "equal" | undefined;
}

// export Sent
interface Sent<T> {
    data: T;
    response: Response;
    requestId: string | undefined;
}

// export StandardIssue
interface StandardIssue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | {
        readonly key: PropertyKey;
    }> | undefined;
}

// export StandardResult
type StandardResult<Output> = {
    readonly value: Output;
    readonly issues?: undefined;
} | {
    readonly issues: ReadonlyArray<StandardIssue>;
};

// export StandardSchema
interface StandardSchema<Output = unknown> {
    readonly "~standard": {
        readonly version: 1;
        readonly vendor: string;
        validate(value: unknown): StandardResult<Output> | Promise<StandardResult<Output>>;
    };
}

// export StreamBody
interface StreamBody {
    body: BodyInit;
    headers: Record<string, string>;
    replayable: boolean;
    error?(): unknown;
}

// export ToArrayOptions
interface ToArrayOptions {
    limit?: number | undefined;
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

// export createMemoryRateLimitStore
function createMemoryRateLimitStore(): RateLimitStore;

// export debugLog
function debugLog(logger: Logger): DebugLogger;

// export isFactifyError
function isFactifyError(value: unknown): value is FactifyError;

// export isUploadable
function isUploadable(value: unknown): value is Uploadable;

// export pacing
function pacing(options?: RateLimitOptions): Pacing;

// export request
function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): APIPromise<T>;

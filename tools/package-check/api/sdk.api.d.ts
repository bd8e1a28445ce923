// API snapshot of @factify/sdk "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

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

// export APIKeyQuota
interface APIKeyQuota {
    api_key_id?: string | undefined;
    current_usage?: number | undefined;
    is_exceeded?: boolean | undefined;
    limit?: number | null | undefined;
    remaining?: number | undefined;
}

// export APIPromise
class APIPromise<T> extends Promise<T> {
    private readonly [SENT];
    static get [Symbol.species](): PromiseConstructor;
    static from<T>(sent: Promise<Sent<T>>): APIPromise<T>;
    withResponse(): Promise<Sent<T>>;
}

// export AcceptOrganizationInviteParams
interface AcceptOrganizationInviteParams {
    organization_id: string;
    token: string;
}

// export AcceptOrganizationInviteResponse
interface AcceptOrganizationInviteResponse {
    organization: Organization;
}

// export AccessGrantResult
interface AccessGrantResult {
    error?: string | undefined;
    recipient?: string | undefined;
    success?: boolean | undefined;
}

// export AccessLevel
type AccessLevel = "private" | "organization" | "public";

// export AccessRequest
interface AccessRequest {
    created_at: string;
    document_id: string;
    id: string;
    message?: string | null | undefined;
    permission: AccessRequestPermission | (string & {});
    request_status: AccessRequestStatus | (string & {});
    subject: Subject;
    subject_email?: string | undefined;
    updated_at: string;
}

// export AccessRequestPermission
type AccessRequestPermission = "view" | "edit" | "comment";

// export AccessRequestStatus
type AccessRequestStatus = "pending" | "approved" | "denied";

// export AccessRequests
class AccessRequests {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    approve(params: ApproveAccessRequestParams, options?: RequestOptions): APIPromise<ApproveAccessRequestResponse>;
    checkStatus(params: CheckAccessRequestStatusParams, options?: RequestOptions): APIPromise<CheckAccessRequestStatusResponse>;
    create(params: CreateAccessRequestParams, options?: RequestOptions): APIPromise<CreateAccessRequestResponse>;
    deny(params: DenyAccessRequestParams, options?: RequestOptions): APIPromise<DenyAccessRequestResponse>;
    inspect(params: InspectDocumentAccessParams, options?: RequestOptions): APIPromise<InspectDocumentAccessResponse>;
    list(params: ListAccessRequestsParams, options?: RequestOptions): APIPromise<ListAccessRequestsResponse>;
}

// export AddOrganizationMemberParams
interface AddOrganizationMemberParams {
    organization_id: string;
    role: "admin" | "member";
    user_id: string;
}

// export AddOrganizationMemberResponse
interface AddOrganizationMemberResponse {
    member: OrganizationMember;
}

// export ApiKey
interface ApiKey {
    created_at: string;
    expires_at?: string | undefined;
    id: string;
    is_active: boolean;
    key_prefix: string;
    name: string;
    organization_id: string;
    revoked_at?: string | undefined;
}

// export ApiKeys
class ApiKeys {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateApiKeyParams, options?: RequestOptions): APIPromise<CreateApiKeyResponse>;
    list(params: ListApiKeysParams, options?: RequestOptions): PageRequest<ApiKey, ListApiKeysResponse>;
    revoke(params: RevokeApiKeyParams, options?: RequestOptions): APIPromise<RevokeApiKeyResponse>;
}

// export ApproveAccessRequestParams
interface ApproveAccessRequestParams {
    document_id: string;
    access_request_id: string;
}

// export ApproveAccessRequestResponse
interface ApproveAccessRequestResponse {
    access_request: AccessRequest;
}

// export AttachDocumentPolicyParams
interface AttachDocumentPolicyParams {
    document_id: string;
    policy_id: string;
}

// export AttachDocumentPolicyResponse
type AttachDocumentPolicyResponse = DocumentPolicy;

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

// export Block
type Block = {
    attributes?: Struct | undefined;
    id?: string | undefined;
} & ({
    code_block: CodeBlockData;
} | {
    figure: VectorImageData;
} | {
    footnote: FootnoteData;
} | {
    heading: HeadingData;
} | {
    image: RasterImageData;
} | {
    list: ListData;
} | {
    paragraph: ParagraphData;
} | {
    quote: QuoteData;
} | {
    section: SectionData;
} | {
    table: TableData;
} | {
    thematic_break: ThematicBreakData;
});

// export BlockPath
interface BlockPath {
    segments?: PathSegment[] | undefined;
}

// export BlockSpacing
interface BlockSpacing {
    after_mm?: number | undefined;
    before_mm?: number | undefined;
    line_spacing?: LineSpacingValue | undefined;
}

// export BoundingBox
interface BoundingBox {
    height?: number | undefined;
    width?: number | undefined;
    x?: number | undefined;
    y?: number | undefined;
}

// export CallbackError
class CallbackError extends FactifyError {
    static readonly errorName: string;
    readonly source: string;
    constructor(source: string, cause: unknown);
}

// export CellAlignment
type CellAlignment = {
    horizontal?: HorizontalAlignment | (string & {}) | undefined;
    vertical?: VerticalAlignment | (string & {}) | undefined;
} & ({
    rotation_degrees: number;
} | {
    vertical_text: boolean;
});

// export CellErrorType
type CellErrorType = "CELL_ERROR_TYPE_UNSPECIFIED" | "CELL_ERROR_TYPE_NULL" | "CELL_ERROR_TYPE_DIV_ZERO" | "CELL_ERROR_TYPE_VALUE" | "CELL_ERROR_TYPE_REF" | "CELL_ERROR_TYPE_NAME" | "CELL_ERROR_TYPE_NUM" | "CELL_ERROR_TYPE_NA" | "CELL_ERROR_TYPE_GETTING_DATA" | "CELL_ERROR_TYPE_SPILL" | "CELL_ERROR_TYPE_CALC";

// export CellLayoutBinding
interface CellLayoutBinding {
    alignment?: CellAlignment | undefined;
    col?: number | undefined;
    row?: number | undefined;
    text_wrap?: boolean | undefined;
}

// export CellType
type CellType = "CELL_TYPE_UNSPECIFIED" | "CELL_TYPE_STRING" | "CELL_TYPE_NUMBER" | "CELL_TYPE_BOOLEAN" | "CELL_TYPE_DATE" | "CELL_TYPE_ERROR" | "CELL_TYPE_TIME" | "CELL_TYPE_DATE_TIME";

// export CheckAccessRequestStatusParams
interface CheckAccessRequestStatusParams {
    document_id: string;
}

// export CheckAccessRequestStatusResponse
interface CheckAccessRequestStatusResponse {
    has_pending_request?: boolean | undefined;
}

// export ClientClosedError
class ClientClosedError extends FactifyError {
    static readonly errorName: string;
    constructor(request?: Pick<HookRequest, "method" | "url" | "operationId">);
}

// export CodeBlockData
interface CodeBlockData {
    code?: string | undefined;
    language?: string | undefined;
}

// export ColumnDef
interface ColumnDef {
    attributes?: Struct | undefined;
    name?: string | undefined;
    number_format_category?: NumberFormatCategory | (string & {}) | undefined;
    type?: CellType | (string & {}) | undefined;
}

// export ColumnFormatBinding
interface ColumnFormatBinding {
    column_index?: number | undefined;
    number_format_category?: NumberFormatCategory | (string & {}) | undefined;
    number_format_pattern?: string | undefined;
    table_name?: string | undefined;
}

// export ColumnLayout
interface ColumnLayout {
    col?: number | undefined;
    is_hidden?: boolean | undefined;
    width_mm?: number | undefined;
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

// export CreateAccessRequestParams
interface CreateAccessRequestParams {
    document_id: string;
    message?: string | null | undefined;
    permission: AccessRequestPermission;
}

// export CreateAccessRequestResponse
interface CreateAccessRequestResponse {
    access_request: AccessRequest;
}

// export CreateApiKeyParams
interface CreateApiKeyParams {
    expires_at?: Date | string | undefined;
    name: string;
    organization_id: string;
}

// export CreateApiKeyResponse
interface CreateApiKeyResponse {
    api_key: ApiKey;
    secret: string;
}

// export CreateDocumentParams
interface CreateDocumentParams {
    access_level?: AccessLevel | null | undefined;
    description?: string | null | undefined;
    payload: Uploadable;
    title: string;
}

// export CreateDocumentResponse
interface CreateDocumentResponse {
    document: Document;
}

// export CreateDocumentVersionParams
interface CreateDocumentVersionParams {
    document_id: string;
    description?: string | null | undefined;
    payload: Uploadable;
    title?: string | null | undefined;
}

// export CreateDocumentVersionResponse
type CreateDocumentVersionResponse = Version;

// export CreateOrganizationInviteParams
interface CreateOrganizationInviteParams {
    organization_id: string;
    email: string;
    idempotency_key?: string | null | undefined;
    message?: string | null | undefined;
}

// export CreateOrganizationInviteResponse
interface CreateOrganizationInviteResponse {
    invite: OrganizationInvite;
}

// export CreateOrganizationParams
interface CreateOrganizationParams {
    name: string;
    owner_user_id?: string | null | undefined;
}

// export CreateOrganizationResponse
interface CreateOrganizationResponse {
    organization: Organization;
}

// export CreateShareLinkParams
interface CreateShareLinkParams {
    document_id: string;
}

// export CreateShareLinkResponse
interface CreateShareLinkResponse {
    share_link?: ShareLink | undefined;
    short_url?: string | null | undefined;
}

// export DEFAULT_RETRY_CONFIG
const DEFAULT_RETRY_CONFIG: Readonly<ResolvedRetryConfig>;

// export DailyUsage
interface DailyUsage {
    date?: string | undefined;
    request_count?: number | undefined;
}

// export DataCell
type DataCell = {
    hyperlink?: string | undefined;
    note?: string | undefined;
} & ({
    bool_value: boolean;
} | {
    error_value: CellErrorType | (string & {});
} | {
    number_value: number;
} | {
    string_value: string;
});

// export DataRow
interface DataRow {
    attributes?: Struct | undefined;
    cells?: DataCell[] | undefined;
}

// export DataSource
type DataSource = {
    mime_type?: MimeType | (string & {}) | undefined;
} & ({
    inline_data: string;
} | {
    storage_ref: string;
});

// export DataTable
interface DataTable {
    attributes?: Struct | undefined;
    columns?: ColumnDef[] | undefined;
    has_total_row?: boolean | undefined;
    name?: string | undefined;
    range_ref?: string | undefined;
    rows?: DataRow[] | undefined;
}

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

// export DeleteAPIKeyQuotaResponse
type DeleteAPIKeyQuotaResponse = Record<string, unknown>;

// export DeleteApiKeyQuotaParams
interface DeleteApiKeyQuotaParams {
    api_key_id: string;
    organization_id?: string | undefined;
}

// export DeleteApiKeyQuotaResponse
type DeleteApiKeyQuotaResponse = DeleteAPIKeyQuotaResponse;

// export DenyAccessRequestParams
interface DenyAccessRequestParams {
    document_id: string;
    access_request_id: string;
}

// export DenyAccessRequestResponse
interface DenyAccessRequestResponse {
    access_request: AccessRequest;
}

// export DetachDocumentPolicyParams
interface DetachDocumentPolicyParams {
    document_id: string;
    policy_id: string;
}

// export DetachDocumentPolicyResponse
type DetachDocumentPolicyResponse = Empty;

// export Direction
type Direction = "DIRECTION_UNSPECIFIED" | "DIRECTION_LTR" | "DIRECTION_RTL";

// export Document
interface Document {
    access_level: AccessLevel | (string & {});
    created_at: string;
    created_by: Subject;
    current_version?: VersionRef | null | undefined;
    description?: string | null | undefined;
    general_access?: AccessLevel | (string & {}) | undefined;
    id: string;
    is_demo?: boolean | undefined;
    last_viewed_at?: string | undefined;
    owner_organization_id?: string | undefined;
    permission_set?: DocumentPermissionSet | undefined;
    processing_status: ProcessingStatus | (string & {});
    shared_at?: string | undefined;
    source_format?: string | undefined;
    thumbnail_url?: string | undefined;
    title: string;
    trashed_at?: string | undefined;
    updated_at?: string | undefined;
    url: string;
}

// export DocumentBundle
interface DocumentBundle {
    layout?: DocumentLayout | undefined;
    record?: DocumentRecord | undefined;
}

// export DocumentLayout
interface DocumentLayout {
    bindings?: LayoutBinding[] | undefined;
    defaults?: LayoutDefaults | undefined;
    extracted_at?: string | undefined;
    pages?: PageGeometry[] | undefined;
    record_id?: string | undefined;
    source?: SourceReference | undefined;
}

// export DocumentMetadata
interface DocumentMetadata {
    attributes?: Struct | undefined;
    extracted_at?: string | undefined;
    language?: string | undefined;
    title?: string | undefined;
}

// export DocumentOwnership
type DocumentOwnership = "owned" | "not_owned";

// export DocumentPermissionSet
interface DocumentPermissionSet {
    attach_policy?: boolean | undefined;
    comment_private?: boolean | undefined;
    comment_public?: boolean | undefined;
    copy_content?: boolean | undefined;
    create_version?: boolean | undefined;
    export?: boolean | undefined;
    grant_access?: boolean | undefined;
    list_versions?: boolean | undefined;
    manage_access?: boolean | undefined;
    open?: boolean | undefined;
    screenshot?: boolean | undefined;
    trash?: boolean | undefined;
    view?: boolean | undefined;
    view_analytics?: boolean | undefined;
    view_leads?: boolean | undefined;
    view_timeline?: boolean | undefined;
}

// export DocumentPolicy
interface DocumentPolicy {
    attached_at: string;
    document_id: string;
    policy: Policy;
}

// export DocumentRecord
interface DocumentRecord {
    blocks?: Block[] | undefined;
    id?: string | undefined;
    metadata?: DocumentMetadata | undefined;
    source?: SourceReference | undefined;
}

// export DocumentRole
type DocumentRole = "viewer" | "commenter" | "collaborator" | "admin" | "owner";

// export DocumentTrashState
type DocumentTrashState = "active" | "trashed";

// export Documents
class Documents {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateDocumentParams, options?: RequestOptions): APIPromise<CreateDocumentResponse>;
    export(params: ExportDocumentParams, options?: RequestOptions): APIPromise<ExportDocumentResponse>;
    get(params: GetDocumentParams, options?: RequestOptions): APIPromise<GetDocumentResponse>;
    getQuota(params?: GetDocumentQuotaParams, options?: RequestOptions): APIPromise<GetDocumentQuotaResponse>;
    list(params?: ListDocumentsParams, options?: RequestOptions): PageRequest<Document, ListDocumentsResponse>;
    listDuplicates(params: ListDocumentDuplicatesParams, options?: RequestOptions): APIPromise<ListDocumentDuplicatesResponse>;
    process(params: ProcessDocumentParams, options?: RequestOptions): APIPromise<ProcessDocumentResponse>;
    transferOwnership(params: TransferDocumentOwnershipParams, options?: RequestOptions): APIPromise<TransferDocumentOwnershipResponse>;
    trash(params: TrashDocumentParams, options?: RequestOptions): APIPromise<TrashDocumentResponse>;
    untrash(params: UntrashDocumentParams, options?: RequestOptions): APIPromise<UntrashDocumentResponse>;
    update(params: UpdateDocumentParams, options?: RequestOptions): APIPromise<UpdateDocumentResponse>;
}

// export DuplicateDocument
interface DuplicateDocument {
    document_id?: string | undefined;
    last_viewed_at?: string | undefined;
    title?: string | undefined;
    version_id?: string | undefined;
    version_title?: string | undefined;
}

// export Empty
type Empty = Record<string, unknown>;

// export EntryPages
class EntryPages {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    generate(params: GenerateDocumentEntryPageParams, options?: RequestOptions): APIPromise<GenerateDocumentEntryPageResponse>;
}

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

// export ExportDocumentParams
interface ExportDocumentParams {
    document_id: string;
    version_id?: string | undefined;
}

// export ExportDocumentResponse
interface ExportDocumentResponse {
    expires_at: string;
    headers?: Record<string, string> | undefined;
    url: string;
}

// export Factify
class Factify extends FactifyResources implements Disposable, AsyncDisposable {
    #private;
    constructor(options?: FactifyOptions);
    get closed(): boolean;
    close(): void;
    [disposeSymbol](): void;
    [asyncDisposeSymbol](): Promise<void>;
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

// export FactifyResources
class FactifyResources {
    readonly client: FactifyClient;
    readonly accessRequests: AccessRequests;
    readonly apiKeys: ApiKeys;
    readonly documents: Documents;
    readonly entryPages: EntryPages;
    readonly organizations: Organizations;
    readonly policies: Policies;
    readonly sharing: Sharing;
    readonly timelines: Timelines;
    readonly usage: Usage;
    readonly users: Users;
    readonly versions: Versions;
    constructor(client: FactifyClient);
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

// export FootnoteData
interface FootnoteData {
    label?: string | undefined;
    text?: string | undefined;
}

// export FrozenPane
interface FrozenPane {
    frozen_col?: number | undefined;
    frozen_row?: number | undefined;
}

// export GeneralAccessLevel
type GeneralAccessLevel = "restricted" | "organization" | "anyone_with_link";

// export GenerateDocumentEntryPageParams
interface GenerateDocumentEntryPageParams {
    document_id: string;
}

// export GenerateDocumentEntryPageResponse
type GenerateDocumentEntryPageResponse = GenerateEntryPageResponse;

// export GenerateEntryPageResponse
interface GenerateEntryPageResponse {
    download_url: string;
}

// export GetDocumentParams
interface GetDocumentParams {
    document_id: string;
}

// export GetDocumentQuotaParams
type GetDocumentQuotaParams = Record<string, never>;

// export GetDocumentQuotaResponse
interface GetDocumentQuotaResponse {
    available?: number | undefined;
    limit?: number | undefined;
    used?: number | undefined;
}

// export GetDocumentResponse
interface GetDocumentResponse {
    document: Document;
}

// export GetDocumentTimelineParams
interface GetDocumentTimelineParams {
    document_id: string;
    cursor?: string | undefined;
    page_size?: number | undefined;
}

// export GetDocumentTimelineResponse
type GetDocumentTimelineResponse = GetTimelineResponse;

// export GetGeneralAccessParams
interface GetGeneralAccessParams {
    document_id: string;
}

// export GetGeneralAccessResponse
interface GetGeneralAccessResponse {
    document_id?: string | undefined;
    general_access_level?: GeneralAccessLevel | (string & {}) | undefined;
}

// export GetMeParams
type GetMeParams = Record<string, never>;

// export GetMeResponse
interface GetMeResponse {
    organizations?: Organization[] | undefined;
    user: User;
}

// export GetOrganizationParams
interface GetOrganizationParams {
    organization_id: string;
}

// export GetOrganizationPublicProfileParams
interface GetOrganizationPublicProfileParams {
    organization_id: string;
}

// export GetOrganizationPublicProfileResponse
interface GetOrganizationPublicProfileResponse {
    display_name?: string | undefined;
    logo_image_url?: string | null | undefined;
}

// export GetOrganizationQuotaParams
interface GetOrganizationQuotaParams {
    organization_id?: string | undefined;
}

// export GetOrganizationQuotaResponse
interface GetOrganizationQuotaResponse {
    quota?: OrganizationQuota | undefined;
}

// export GetOrganizationResponse
interface GetOrganizationResponse {
    organization: Organization;
}

// export GetRecordResponse
type GetRecordResponse = {
    id?: string | undefined;
    source_format?: string | undefined;
} & ({
    document: DocumentBundle;
} | {
    spreadsheet: SpreadsheetBundle;
});

// export GetTimelineResponse
interface GetTimelineResponse {
    events?: TimelineEvent[] | undefined;
    has_more?: boolean | undefined;
    next_cursor?: string | null | undefined;
}

// export GetUsageHistoryParams
interface GetUsageHistoryParams {
    organization_id?: string | undefined;
    date?: {
        after?: Date | string | undefined;
        before?: Date | string | undefined;
    } | undefined;
}

// export GetUsageHistoryResponse
interface GetUsageHistoryResponse {
    daily_usage?: DailyUsage[] | undefined;
    organization_id?: string | undefined;
    total_requests?: number | undefined;
}

// export GetUserPreferencesParams
type GetUserPreferencesParams = Record<string, never>;

// export GetUserPreferencesResponse
interface GetUserPreferencesResponse {
    has_completed_document_tour?: boolean | undefined;
    has_completed_hub_onboarding?: boolean | undefined;
}

// export GetVersionParams
interface GetVersionParams {
    version_id: string;
}

// export GetVersionRecordParams
interface GetVersionRecordParams {
    version_id: string;
}

// export GetVersionRecordResponse
type GetVersionRecordResponse = GetRecordResponse;

// export GetVersionResponse
type GetVersionResponse = Version;

// export GrantDocumentAccessParams
interface GrantDocumentAccessParams {
    document_id: string;
    custom_message?: string | null | undefined;
    recipients: readonly RecipientGrant[];
    should_send_notification?: boolean | null | undefined;
}

// export GrantDocumentAccessResponse
interface GrantDocumentAccessResponse {
    document_id?: string | undefined;
    failed?: number | undefined;
    results?: AccessGrantResult[] | undefined;
    successful?: number | undefined;
    total?: number | undefined;
}

// export HeadingData
interface HeadingData {
    level?: number | undefined;
    text?: string | undefined;
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

// export HorizontalAlignment
type HorizontalAlignment = "HORIZONTAL_ALIGNMENT_UNSPECIFIED" | "HORIZONTAL_ALIGNMENT_LEFT" | "HORIZONTAL_ALIGNMENT_CENTER" | "HORIZONTAL_ALIGNMENT_RIGHT" | "HORIZONTAL_ALIGNMENT_FILL" | "HORIZONTAL_ALIGNMENT_JUSTIFY";

// export HttpMethod
type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// export Indentation
interface Indentation {
    first_line_mm?: number | undefined;
    left_mm?: number | undefined;
    right_mm?: number | undefined;
}

// export Insets
interface Insets {
    bottom_mm?: number | undefined;
    left_mm?: number | undefined;
    right_mm?: number | undefined;
    top_mm?: number | undefined;
}

// export InspectAccessResponse
interface InspectAccessResponse {
    document_id?: string | undefined;
    permission_set?: DocumentPermissionSet | undefined;
}

// export InspectDocumentAccessParams
interface InspectDocumentAccessParams {
    document_id: string;
}

// export InspectDocumentAccessResponse
type InspectDocumentAccessResponse = InspectAccessResponse;

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

// export LayoutBinding
type LayoutBinding = {
    fragments?: LayoutFragment[] | undefined;
    path?: BlockPath | undefined;
} & ({
    table: TableLayout;
} | {
    table_cell: TableCellLayout;
} | {
    table_row: TableRowLayout;
} | {
    text_block: TextBlockLayout;
});

// export LayoutDefaults
interface LayoutDefaults {
    dimensions?: PhysicalDimensions | undefined;
    direction?: Direction | (string & {}) | undefined;
    margins?: Margins | undefined;
    orientation?: Orientation | (string & {}) | undefined;
    page_size?: PageSize | (string & {}) | undefined;
}

// export LayoutFragment
interface LayoutFragment {
    bounding_box?: BoundingBox | undefined;
    page_number?: number | undefined;
    rotation_degrees?: number | undefined;
}

// export LineSpacing
type LineSpacing = "LINE_SPACING_UNSPECIFIED" | "LINE_SPACING_SINGLE" | "LINE_SPACING_ONE_AND_HALF" | "LINE_SPACING_DOUBLE";

// export LineSpacingValue
interface LineSpacingValue {
    mode?: LineSpacing | (string & {}) | undefined;
    value_mm?: number | undefined;
}

// export ListAPIKeyQuotasResponse
interface ListAPIKeyQuotasResponse {
    quotas?: APIKeyQuota[] | undefined;
}

// export ListAccessRequestsParams
interface ListAccessRequestsParams {
    document_id: string;
}

// export ListAccessRequestsResponse
interface ListAccessRequestsResponse {
    has_more?: boolean | undefined;
    items?: AccessRequest[] | undefined;
}

// export ListApiKeyQuotasParams
interface ListApiKeyQuotasParams {
    organization_id?: string | undefined;
}

// export ListApiKeyQuotasResponse
type ListApiKeyQuotasResponse = ListAPIKeyQuotasResponse;

// export ListApiKeysParams
interface ListApiKeysParams {
    organization_id: string;
    include_revoked?: boolean | undefined;
    page_token?: string | undefined;
    page_size?: number | undefined;
}

// export ListApiKeysResponse
interface ListApiKeysResponse {
    items?: ApiKey[] | undefined;
    pagination: Pagination;
}

// export ListData
interface ListData {
    items?: ListDataItem[] | undefined;
    start?: number | undefined;
    style?: ListStyle | (string & {}) | undefined;
}

// export ListDataItem
interface ListDataItem {
    sub_list?: ListData | undefined;
    text?: string | undefined;
}

// export ListDocumentAccessParams
interface ListDocumentAccessParams {
    document_id: string;
}

// export ListDocumentAccessResponse
interface ListDocumentAccessResponse {
    document_id?: string | undefined;
    general_access_level?: GeneralAccessLevel | (string & {}) | undefined;
    recipients?: Recipient[] | undefined;
}

// export ListDocumentDuplicatesParams
interface ListDocumentDuplicatesParams {
    document_id: string;
    file_contents_hash?: string | undefined;
}

// export ListDocumentDuplicatesResponse
interface ListDocumentDuplicatesResponse {
    items?: DuplicateDocument[] | undefined;
}

// export ListDocumentPoliciesParams
interface ListDocumentPoliciesParams {
    document_id: string;
    page_token?: string | undefined;
    page_size?: number | undefined;
}

// export ListDocumentPoliciesResponse
interface ListDocumentPoliciesResponse {
    items?: DocumentPolicy[] | undefined;
    pagination: Pagination;
}

// export ListDocumentVersionsParams
interface ListDocumentVersionsParams {
    document_id: string;
    page_token?: string | undefined;
    page_size?: number | undefined;
}

// export ListDocumentVersionsResponse
type ListDocumentVersionsResponse = ListVersionsResponse;

// export ListDocumentsParams
interface ListDocumentsParams {
    page_token?: string | undefined;
    page_size?: number | undefined;
    created?: {
        after?: Date | string | undefined;
        before?: Date | string | undefined;
    } | undefined;
    created_by_id?: readonly string[] | undefined;
    access_level?: readonly AccessLevel[] | undefined;
    processing_status?: readonly ProcessingStatus[] | undefined;
    sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "name" | "-name" | "last_viewed_at" | "-last_viewed_at" | "last_shared_at" | "-last_shared_at" | undefined;
    query?: string | undefined;
    ownership?: readonly DocumentOwnership[] | undefined;
    trash_state?: readonly DocumentTrashState[] | undefined;
    organization_scope?: boolean | undefined;
    title_contains?: string | undefined;
    description_contains?: string | undefined;
    source_format?: readonly ("pdf" | "docx" | "xlsx" | "csv" | "markdown")[] | undefined;
}

// export ListDocumentsResponse
interface ListDocumentsResponse {
    items?: Document[] | undefined;
    pagination: Pagination;
}

// export ListOrganizationInvitesParams
interface ListOrganizationInvitesParams {
    organization_id: string;
    status?: readonly OrganizationInviteStatus[] | undefined;
    page_token?: string | undefined;
    page_size?: number | undefined;
    email?: {
        contains?: string | undefined;
        exact?: string | undefined;
    } | undefined;
    sender_id?: string | undefined;
    created?: {
        after?: Date | string | undefined;
        before?: Date | string | undefined;
    } | undefined;
}

// export ListOrganizationInvitesResponse
interface ListOrganizationInvitesResponse {
    items?: OrganizationInvite[] | undefined;
    pagination: Pagination;
}

// export ListOrganizationMembersParams
interface ListOrganizationMembersParams {
    organization_id: string;
    page_token?: string | undefined;
    page_size?: number | undefined;
}

// export ListOrganizationMembersResponse
interface ListOrganizationMembersResponse {
    items?: OrganizationMember[] | undefined;
    pagination: Pagination;
}

// export ListOrganizationsParams
interface ListOrganizationsParams {
    page_token?: string | undefined;
    page_size?: number | undefined;
    role?: readonly OrganizationRole[] | undefined;
}

// export ListOrganizationsResponse
interface ListOrganizationsResponse {
    items?: Organization[] | undefined;
    pagination: Pagination;
}

// export ListStyle
type ListStyle = "LIST_STYLE_UNSPECIFIED" | "LIST_STYLE_UNORDERED" | "LIST_STYLE_ORDERED";

// export ListVersionsResponse
interface ListVersionsResponse {
    items?: Version[] | undefined;
    pagination: Pagination;
}

// export Logger
interface Logger {
    debug(...args: unknown[]): void;
    warn?: ((...args: unknown[]) => void) | undefined;
}

// export Margins
interface Margins {
    bottom_mm?: number | undefined;
    left_mm?: number | undefined;
    right_mm?: number | undefined;
    top_mm?: number | undefined;
}

// export MergedRegion
interface MergedRegion {
    end_col?: number | undefined;
    end_row?: number | undefined;
    start_col?: number | undefined;
    start_row?: number | undefined;
}

// export MimeType
type MimeType = "MIME_TYPE_UNSPECIFIED" | "MIME_TYPE_IMAGE_PNG" | "MIME_TYPE_IMAGE_JPEG" | "MIME_TYPE_IMAGE_GIF" | "MIME_TYPE_IMAGE_WEBP" | "MIME_TYPE_IMAGE_BMP" | "MIME_TYPE_IMAGE_TIFF" | "MIME_TYPE_IMAGE_SVG" | "MIME_TYPE_IMAGE_EPS" | "MIME_TYPE_APPLICATION_PDF";

// export NamedRange
interface NamedRange {
    attributes?: Struct | undefined;
    name?: string | undefined;
    range_ref?: string | undefined;
    sheet_name?: string | undefined;
}

// export NotFoundError
class NotFoundError extends APIError {
    static readonly errorName: string;
}

// export NumberFormatCategory
type NumberFormatCategory = "NUMBER_FORMAT_CATEGORY_UNSPECIFIED" | "NUMBER_FORMAT_CATEGORY_GENERAL" | "NUMBER_FORMAT_CATEGORY_NUMBER" | "NUMBER_FORMAT_CATEGORY_CURRENCY" | "NUMBER_FORMAT_CATEGORY_ACCOUNTING" | "NUMBER_FORMAT_CATEGORY_PERCENTAGE" | "NUMBER_FORMAT_CATEGORY_FRACTION" | "NUMBER_FORMAT_CATEGORY_SCIENTIFIC" | "NUMBER_FORMAT_CATEGORY_TEXT" | "NUMBER_FORMAT_CATEGORY_DATE" | "NUMBER_FORMAT_CATEGORY_TIME" | "NUMBER_FORMAT_CATEGORY_DATE_TIME" | "NUMBER_FORMAT_CATEGORY_DURATION";

// export Organization
interface Organization {
    created_at: string;
    id: string;
    logo_image_url?: string | null | undefined;
    name: string;
}

// export OrganizationInvite
interface OrganizationInvite {
    accepted_at?: string | undefined;
    accepted_by?: User | undefined;
    created_at: string;
    email: string;
    expires_at: string;
    id: string;
    message?: string | null | undefined;
    organization_id: string;
    sender: User;
    status: OrganizationInviteStatus | (string & {});
}

// export OrganizationInviteStatus
type OrganizationInviteStatus = "pending" | "accepted" | "expired" | "revoked";

// export OrganizationInvites
class OrganizationInvites {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    accept(params: AcceptOrganizationInviteParams, options?: RequestOptions): APIPromise$1<AcceptOrganizationInviteResponse>;
    create(params: CreateOrganizationInviteParams, options?: RequestOptions): APIPromise$1<CreateOrganizationInviteResponse>;
    list(params: ListOrganizationInvitesParams, options?: RequestOptions): PageRequest<OrganizationInvite, ListOrganizationInvitesResponse>;
    resend(params: ResendOrganizationInviteParams, options?: RequestOptions): APIPromise$1<ResendOrganizationInviteResponse>;
    revoke(params: RevokeOrganizationInviteParams, options?: RequestOptions): APIPromise$1<RevokeOrganizationInviteResponse>;
}

// export OrganizationLogo
class OrganizationLogo {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    upload(params: UploadOrganizationLogoParams, options?: RequestOptions): APIPromise$1<UploadOrganizationLogoResponse>;
}

// export OrganizationMember
interface OrganizationMember {
    joined_at: string;
    role: OrganizationRole | (string & {});
    user: User;
}

// export OrganizationMembers
class OrganizationMembers {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    add(params: AddOrganizationMemberParams, options?: RequestOptions): APIPromise$1<AddOrganizationMemberResponse>;
    list(params: ListOrganizationMembersParams, options?: RequestOptions): PageRequest<OrganizationMember, ListOrganizationMembersResponse>;
    remove(params: RemoveOrganizationMemberParams, options?: RequestOptions): APIPromise$1<RemoveOrganizationMemberResponse>;
    update(params: UpdateOrganizationMemberParams, options?: RequestOptions): APIPromise$1<UpdateOrganizationMemberResponse>;
}

// export OrganizationQuota
interface OrganizationQuota {
    current_usage?: number | undefined;
    effective_limit?: number | undefined;
    is_exceeded?: boolean | undefined;
    organization_id?: string | undefined;
    period_start?: string | undefined;
    remaining?: number | undefined;
    reset_at?: string | undefined;
    tier?: QuotaTier | (string & {}) | undefined;
    usage_percent?: number | undefined;
}

// export OrganizationRole
type OrganizationRole = "owner" | "admin" | "member";

// export Organizations
class Organizations {
    readonly client: FactifyClient;
    readonly invites: OrganizationInvites;
    readonly logo: OrganizationLogo;
    readonly members: OrganizationMembers;
    constructor(client: FactifyClient);
    create(params: CreateOrganizationParams, options?: RequestOptions): APIPromise$1<CreateOrganizationResponse>;
    get(params: GetOrganizationParams, options?: RequestOptions): APIPromise$1<GetOrganizationResponse>;
    getPublicProfile(params: GetOrganizationPublicProfileParams, options?: RequestOptions): APIPromise$1<GetOrganizationPublicProfileResponse>;
    list(params?: ListOrganizationsParams, options?: RequestOptions): PageRequest<Organization, ListOrganizationsResponse>;
    update(params: UpdateOrganizationParams, options?: RequestOptions): APIPromise$1<UpdateOrganizationResponse>;
}

// export Orientation
type Orientation = "ORIENTATION_UNSPECIFIED" | "ORIENTATION_PORTRAIT" | "ORIENTATION_LANDSCAPE";

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

// export PageGeometry
interface PageGeometry {
    dimensions?: PhysicalDimensions | undefined;
    orientation?: Orientation | (string & {}) | undefined;
    page_number?: number | undefined;
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

// export PageSize
type PageSize = "PAGE_SIZE_UNSPECIFIED" | "PAGE_SIZE_A4" | "PAGE_SIZE_LETTER" | "PAGE_SIZE_LEGAL" | "PAGE_SIZE_A3" | "PAGE_SIZE_TABLOID" | "PAGE_SIZE_CUSTOM";

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

// export ParagraphData
interface ParagraphData {
    text?: string | undefined;
}

// export PathSegment
type PathSegment = {
    block: number;
} | {
    cell: number;
} | {
    item: number;
} | {
    row: number;
};

// export PermissionDeniedError
class PermissionDeniedError extends APIError {
    static readonly errorName: string;
}

// export PhysicalDimensions
interface PhysicalDimensions {
    height_mm?: number | undefined;
    width_mm?: number | undefined;
}

// export Policies
class Policies {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    attach(params: AttachDocumentPolicyParams, options?: RequestOptions): APIPromise<AttachDocumentPolicyResponse>;
    detach(params: DetachDocumentPolicyParams, options?: RequestOptions): APIPromise<DetachDocumentPolicyResponse>;
    list(params: ListDocumentPoliciesParams, options?: RequestOptions): PageRequest<DocumentPolicy, ListDocumentPoliciesResponse>;
}

// export Policy
interface Policy {
    created_at: string;
    id: string;
    name: string;
}

// export ProcessDocumentParams
interface ProcessDocumentParams {
    document_id: string;
    async?: boolean | undefined;
    version_id?: string | null | undefined;
}

// export ProcessDocumentResponse
interface ProcessDocumentResponse {
    document_id?: string | undefined;
    status?: ProcessingOutcome | (string & {}) | undefined;
    version_id?: string | undefined;
}

// export ProcessingOutcome
type ProcessingOutcome = "PROCESSING_OUTCOME_UNSPECIFIED" | "PROCESSING_OUTCOME_STARTED" | "PROCESSING_OUTCOME_ALREADY_PROCESSING" | "PROCESSING_OUTCOME_ALREADY_COMPLETED" | "PROCESSING_OUTCOME_FAILED";

// export ProcessingStatus
type ProcessingStatus = "processing" | "ready" | "failed";

// export QuotaTier
type QuotaTier = "free" | "custom";

// export QuoteData
interface QuoteData {
    text?: string | undefined;
}

// export RasterImageData
interface RasterImageData {
    alt_text?: string | undefined;
    source?: DataSource | undefined;
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

// export Recipient
interface Recipient {
    document_role: DocumentRole | (string & {});
    email?: string | undefined;
    id: string;
    name?: string | undefined;
    type: RecipientType | (string & {});
}

// export RecipientGrant
interface RecipientGrant {
    recipient?: string | undefined;
    role: DocumentRole;
}

// export RecipientType
type RecipientType = "user" | "bot" | "organization";

// export RemoveOrganizationMemberParams
interface RemoveOrganizationMemberParams {
    organization_id: string;
    user_id: string;
}

// export RemoveOrganizationMemberResponse
type RemoveOrganizationMemberResponse = Record<string, unknown>;

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

// export ResendOrganizationInviteParams
interface ResendOrganizationInviteParams {
    organization_id: string;
    invite_id: string;
}

// export ResendOrganizationInviteResponse
interface ResendOrganizationInviteResponse {
    invite: OrganizationInvite;
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

// export RevokeApiKeyParams
interface RevokeApiKeyParams {
    api_key_id: string;
    reason?: string | null | undefined;
}

// export RevokeApiKeyResponse
interface RevokeApiKeyResponse {
    api_key: ApiKey;
}

// export RevokeDocumentAccessParams
interface RevokeDocumentAccessParams {
    document_id: string;
    recipient_id: string;
}

// export RevokeDocumentAccessResponse
interface RevokeDocumentAccessResponse {
    error?: string | undefined;
    success?: boolean | undefined;
}

// export RevokeOrganizationInviteParams
interface RevokeOrganizationInviteParams {
    organization_id: string;
    invite_id: string;
}

// export RevokeOrganizationInviteResponse
interface RevokeOrganizationInviteResponse {
    invite: OrganizationInvite;
}

// export RowLayout
interface RowLayout {
    height_mm?: number | undefined;
    is_hidden?: boolean | undefined;
    row?: number | undefined;
}

// export SectionData
interface SectionData {
    blocks?: Block[] | undefined;
}

// export Sent
interface Sent<T> {
    data: T;
    response: Response;
    requestId: string | undefined;
}

// export SetAPIKeyQuotaResponse
interface SetAPIKeyQuotaResponse {
    quota?: APIKeyQuota | undefined;
}

// export SetApiKeyQuotaParams
interface SetApiKeyQuotaParams {
    api_key_id: string;
    limit: number;
    organization_id?: string | null | undefined;
}

// export SetApiKeyQuotaResponse
type SetApiKeyQuotaResponse = SetAPIKeyQuotaResponse;

// export SetGeneralAccessParams
interface SetGeneralAccessParams {
    document_id: string;
    general_access_level: GeneralAccessLevel;
}

// export SetGeneralAccessResponse
interface SetGeneralAccessResponse {
    document_id?: string | undefined;
    general_access_level?: GeneralAccessLevel | (string & {}) | undefined;
}

// export ShareLink
interface ShareLink {
    created_at?: string | undefined;
    creator_id?: string | undefined;
    document_id?: string | undefined;
    id?: string | undefined;
}

// export Sharing
class Sharing {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    createShareLink(params: CreateShareLinkParams, options?: RequestOptions): APIPromise<CreateShareLinkResponse>;
    getGeneralAccess(params: GetGeneralAccessParams, options?: RequestOptions): APIPromise<GetGeneralAccessResponse>;
    grant(params: GrantDocumentAccessParams, options?: RequestOptions): APIPromise<GrantDocumentAccessResponse>;
    list(params: ListDocumentAccessParams, options?: RequestOptions): APIPromise<ListDocumentAccessResponse>;
    revoke(params: RevokeDocumentAccessParams, options?: RequestOptions): APIPromise<RevokeDocumentAccessResponse>;
    setGeneralAccess(params: SetGeneralAccessParams, options?: RequestOptions): APIPromise<SetGeneralAccessResponse>;
    update(params: UpdateDocumentAccessParams, options?: RequestOptions): APIPromise<UpdateDocumentAccessResponse>;
}

// export Sheet
interface Sheet {
    attributes?: Struct | undefined;
    charts?: SheetChart[] | undefined;
    images?: SheetImage[] | undefined;
    name?: string | undefined;
    tables?: DataTable[] | undefined;
}

// export SheetChart
interface SheetChart {
    anchor_col?: number | undefined;
    anchor_row?: number | undefined;
    attributes?: Struct | undefined;
    chart_type?: string | undefined;
    rendered?: VectorImageData | undefined;
    source_ranges?: string[] | undefined;
    title?: string | undefined;
}

// export SheetImage
interface SheetImage {
    anchor_col?: number | undefined;
    anchor_row?: number | undefined;
    height_mm?: number | undefined;
    image?: RasterImageData | undefined;
    offset_x_mm?: number | undefined;
    offset_y_mm?: number | undefined;
    width_mm?: number | undefined;
}

// export SheetLayout
interface SheetLayout {
    cell_bindings?: CellLayoutBinding[] | undefined;
    column_formats?: ColumnFormatBinding[] | undefined;
    columns?: ColumnLayout[] | undefined;
    direction?: Direction | (string & {}) | undefined;
    frozen_pane?: FrozenPane | undefined;
    is_hidden?: boolean | undefined;
    merged_regions?: MergedRegion[] | undefined;
    rows?: RowLayout[] | undefined;
    sheet_name?: string | undefined;
}

// export SourceReference
interface SourceReference {
    attributes?: Struct | undefined;
    ingested_at?: string | undefined;
    remote_id?: string | undefined;
    source_id?: string | undefined;
}

// export SpreadsheetBundle
interface SpreadsheetBundle {
    layout?: SpreadsheetLayout | undefined;
    record?: SpreadsheetRecord | undefined;
}

// export SpreadsheetLayout
interface SpreadsheetLayout {
    defaults?: SpreadsheetLayoutDefaults | undefined;
    extracted_at?: string | undefined;
    record_id?: string | undefined;
    sheet_layouts?: SheetLayout[] | undefined;
    source?: SourceReference | undefined;
}

// export SpreadsheetLayoutDefaults
interface SpreadsheetLayoutDefaults {
    column_width_mm?: number | undefined;
    row_height_mm?: number | undefined;
}

// export SpreadsheetMetadata
interface SpreadsheetMetadata {
    attributes?: Struct | undefined;
    extracted_at?: string | undefined;
    title?: string | undefined;
}

// export SpreadsheetRecord
interface SpreadsheetRecord {
    id?: string | undefined;
    metadata?: SpreadsheetMetadata | undefined;
    named_ranges?: NamedRange[] | undefined;
    sheets?: Sheet[] | undefined;
    source?: SourceReference | undefined;
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

// export Struct
type Struct = Record<string, Value>;

// export Subject
interface Subject {
    id: string;
    name: string;
    type: SubjectType | (string & {});
}

// export SubjectType
type SubjectType = "user" | "bot";

// export TableCellLayout
interface TableCellLayout {
    padding?: Insets | undefined;
}

// export TableData
interface TableData {
    rows?: TableDataRow[] | undefined;
}

// export TableDataRow
interface TableDataRow {
    cells?: TableDataRowCell[] | undefined;
}

// export TableDataRowCell
interface TableDataRowCell {
    col_span?: number | undefined;
    is_header?: boolean | undefined;
    row_span?: number | undefined;
    text?: string | undefined;
}

// export TableLayout
interface TableLayout {
    column_widths_mm?: number[] | undefined;
    width_mode?: TableWidthMode | (string & {}) | undefined;
}

// export TableRowLayout
interface TableRowLayout {
    height_mm?: number | undefined;
}

// export TableWidthMode
type TableWidthMode = "TABLE_WIDTH_MODE_UNSPECIFIED" | "TABLE_WIDTH_MODE_AUTO" | "TABLE_WIDTH_MODE_FIXED";

// export TextAlignment
type TextAlignment = "TEXT_ALIGNMENT_UNSPECIFIED" | "TEXT_ALIGNMENT_LEFT" | "TEXT_ALIGNMENT_CENTER" | "TEXT_ALIGNMENT_RIGHT" | "TEXT_ALIGNMENT_JUSTIFY";

// export TextBlockLayout
interface TextBlockLayout {
    alignment?: TextAlignment | (string & {}) | undefined;
    indentation?: Indentation | undefined;
    spacing?: BlockSpacing | undefined;
}

// export ThematicBreakData
type ThematicBreakData = Record<string, unknown>;

// export TimelineEvent
interface TimelineEvent {
    event_id?: string | undefined;
    event_type?: TimelineEventType | (string & {}) | undefined;
    occurred_at?: string | undefined;
    payload?: Struct | undefined;
}

// export TimelineEventType
type TimelineEventType = "comment_created" | "comment_updated" | "thread_created" | "thread_updated" | "approval_voted" | "approval_started" | "approval_terminated" | "document_loaded" | "approval_ready" | "approval_submitted" | "approval_skip_dissemination" | "document_created" | "document_updated" | "comment_deleted" | "document_user_access_granted" | "document_user_access_revoked" | "document_entry_page_downloaded" | "document_version_uploaded" | "document_printed" | "document_settings_access_changed" | "annotation_added" | "annotation_edited" | "annotation_deleted" | "annotation_resolved";

// export Timelines
class Timelines {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params: GetDocumentTimelineParams, options?: RequestOptions): APIPromise<GetDocumentTimelineResponse>;
}

// export ToArrayOptions
interface ToArrayOptions {
    limit?: number | undefined;
}

// export TransferDocumentOwnershipParams
interface TransferDocumentOwnershipParams {
    document_id: string;
    new_owner_id: string;
}

// export TransferDocumentOwnershipResponse
interface TransferDocumentOwnershipResponse {
    document_id?: string | undefined;
    new_owner_id?: string | undefined;
}

// export TrashDocumentParams
interface TrashDocumentParams {
    document_id: string;
}

// export TrashDocumentResponse
type TrashDocumentResponse = Record<string, unknown>;

// export UnexpectedClientError
class UnexpectedClientError extends FactifyError {
    static readonly errorName: string;
    constructor(message: string, cause?: unknown);
}

// export UntrashDocumentParams
interface UntrashDocumentParams {
    document_id: string;
}

// export UntrashDocumentResponse
type UntrashDocumentResponse = Record<string, unknown>;

// export UpdateDocumentAccessParams
interface UpdateDocumentAccessParams {
    document_id: string;
    recipient_id: string;
    document_role: DocumentRole;
}

// export UpdateDocumentAccessResponse
interface UpdateDocumentAccessResponse {
    error?: string | undefined;
    success?: boolean | undefined;
}

// export UpdateDocumentParams
interface UpdateDocumentParams {
    document_id: string;
    description?: string | null | undefined;
    title?: string | null | undefined;
}

// export UpdateDocumentResponse
interface UpdateDocumentResponse {
    document: Document;
}

// export UpdateOrganizationMemberParams
interface UpdateOrganizationMemberParams {
    organization_id: string;
    user_id: string;
    role: "admin" | "member";
}

// export UpdateOrganizationMemberResponse
interface UpdateOrganizationMemberResponse {
    member: OrganizationMember;
}

// export UpdateOrganizationParams
interface UpdateOrganizationParams {
    organization_id: string;
    logo_image_url?: string | null | undefined;
    name?: string | null | undefined;
}

// export UpdateOrganizationResponse
interface UpdateOrganizationResponse {
    organization: Organization;
}

// export UpdateVersionParams
interface UpdateVersionParams {
    version_id: string;
    description?: string | null | undefined;
    title?: string | null | undefined;
}

// export UpdateVersionResponse
type UpdateVersionResponse = Version;

// export UploadOrganizationLogoBase64Params
interface UploadOrganizationLogoBase64Params {
    organization_id: string;
    content_type?: string | undefined;
    image_data: string;
}

// export UploadOrganizationLogoParams
interface UploadOrganizationLogoParams extends Omit<UploadOrganizationLogoBase64Params, "image_data"> {
    image_data: string | Uploadable;
}

// export UploadOrganizationLogoResponse
interface UploadOrganizationLogoResponse {
    logo_url?: string | undefined;
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

// export Usage
class Usage {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    deleteKeyQuota(params: DeleteApiKeyQuotaParams, options?: RequestOptions): APIPromise<DeleteApiKeyQuotaResponse>;
    get(params?: GetOrganizationQuotaParams, options?: RequestOptions): APIPromise<GetOrganizationQuotaResponse>;
    getHistory(params?: GetUsageHistoryParams, options?: RequestOptions): APIPromise<GetUsageHistoryResponse>;
    listKeyQuotas(params?: ListApiKeyQuotasParams, options?: RequestOptions): APIPromise<ListApiKeyQuotasResponse>;
    setKeyQuota(params: SetApiKeyQuotaParams, options?: RequestOptions): APIPromise<SetApiKeyQuotaResponse>;
}

// export User
interface User {
    email: string;
    family_name?: string | null | undefined;
    given_name?: string | null | undefined;
    id: string;
    name: string;
    profile_image_url?: string | null | undefined;
}

// export UserPreferences
class UserPreferences {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params?: GetUserPreferencesParams, options?: RequestOptions): APIPromise<GetUserPreferencesResponse>;
}

// export Users
class Users {
    readonly client: FactifyClient;
    readonly preferences: UserPreferences;
    constructor(client: FactifyClient);
    getMe(params?: GetMeParams, options?: RequestOptions): APIPromise<GetMeResponse>;
}

// export Value
type Value = number | string | boolean | unknown[] | Record<string, unknown> | null;

// export VectorImageData
interface VectorImageData {
    alt_text?: string | undefined;
    source?: DataSource | undefined;
}

// export Version
interface Version {
    created_at: string;
    created_by: Subject;
    description?: string | null | undefined;
    document_id: string;
    id: string;
    processing_status: ProcessingStatus | (string & {});
    title?: string | null | undefined;
    url: string;
}

// export VersionRef
interface VersionRef {
    id: string;
}

// export Versions
class Versions {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateDocumentVersionParams, options?: RequestOptions): APIPromise<CreateDocumentVersionResponse>;
    get(params: GetVersionParams, options?: RequestOptions): APIPromise<GetVersionResponse>;
    getRecord(params: GetVersionRecordParams, options?: RequestOptions): APIPromise<GetVersionRecordResponse>;
    list(params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;
    update(params: UpdateVersionParams, options?: RequestOptions): APIPromise<UpdateVersionResponse>;
}

// export VerticalAlignment
type VerticalAlignment = "VERTICAL_ALIGNMENT_UNSPECIFIED" | "VERTICAL_ALIGNMENT_TOP" | "VERTICAL_ALIGNMENT_CENTER" | "VERTICAL_ALIGNMENT_BOTTOM";

// export acceptOrganizationInvite
function acceptOrganizationInvite(client: FactifyClient, params: AcceptOrganizationInviteParams, options?: RequestOptions): APIPromise<AcceptOrganizationInviteResponse>;

// export addOrganizationMember
function addOrganizationMember(client: FactifyClient, params: AddOrganizationMemberParams, options?: RequestOptions): APIPromise<AddOrganizationMemberResponse>;

// export approveAccessRequest
function approveAccessRequest(client: FactifyClient, params: ApproveAccessRequestParams, options?: RequestOptions): APIPromise<ApproveAccessRequestResponse>;

// export attachDocumentPolicy
function attachDocumentPolicy(client: FactifyClient, params: AttachDocumentPolicyParams, options?: RequestOptions): APIPromise<AttachDocumentPolicyResponse>;

// export checkAccessRequestStatus
function checkAccessRequestStatus(client: FactifyClient, params: CheckAccessRequestStatusParams, options?: RequestOptions): APIPromise<CheckAccessRequestStatusResponse>;

// export codeForStatus
function codeForStatus(status: number): ErrorCode;

// export createAPIError
function createAPIError(init: APIErrorInit): APIError;

// export createAccessRequest
function createAccessRequest(client: FactifyClient, params: CreateAccessRequestParams, options?: RequestOptions): APIPromise<CreateAccessRequestResponse>;

// export createApiKey
function createApiKey(client: FactifyClient, params: CreateApiKeyParams, options?: RequestOptions): APIPromise<CreateApiKeyResponse>;

// export createDocument
function createDocument(client: FactifyClient, params: CreateDocumentParams, options?: RequestOptions): APIPromise<CreateDocumentResponse>;

// export createDocumentVersion
function createDocumentVersion(client: FactifyClient, params: CreateDocumentVersionParams, options?: RequestOptions): APIPromise<CreateDocumentVersionResponse>;

// export createFactify
function createFactify(options?: FactifyOptions): FactifyClient;

// export createMemoryRateLimitStore
function createMemoryRateLimitStore(): RateLimitStore;

// export createOrganization
function createOrganization(client: FactifyClient, params: CreateOrganizationParams, options?: RequestOptions): APIPromise<CreateOrganizationResponse>;

// export createOrganizationInvite
function createOrganizationInvite(client: FactifyClient, params: CreateOrganizationInviteParams, options?: RequestOptions): APIPromise<CreateOrganizationInviteResponse>;

// export createShareLink
function createShareLink(client: FactifyClient, params: CreateShareLinkParams, options?: RequestOptions): APIPromise<CreateShareLinkResponse>;

// export debugLog
function debugLog(logger: Logger): DebugLogger;

// export deleteApiKeyQuota
function deleteApiKeyQuota(client: FactifyClient, params: DeleteApiKeyQuotaParams, options?: RequestOptions): APIPromise<DeleteApiKeyQuotaResponse>;

// export denyAccessRequest
function denyAccessRequest(client: FactifyClient, params: DenyAccessRequestParams, options?: RequestOptions): APIPromise<DenyAccessRequestResponse>;

// export detachDocumentPolicy
function detachDocumentPolicy(client: FactifyClient, params: DetachDocumentPolicyParams, options?: RequestOptions): APIPromise<DetachDocumentPolicyResponse>;

// export exportDocument
function exportDocument(client: FactifyClient, params: ExportDocumentParams, options?: RequestOptions): APIPromise<ExportDocumentResponse>;

// export generateDocumentEntryPage
function generateDocumentEntryPage(client: FactifyClient, params: GenerateDocumentEntryPageParams, options?: RequestOptions): APIPromise<GenerateDocumentEntryPageResponse>;

// export getDocument
function getDocument(client: FactifyClient, params: GetDocumentParams, options?: RequestOptions): APIPromise<GetDocumentResponse>;

// export getDocumentQuota
function getDocumentQuota(client: FactifyClient, params?: GetDocumentQuotaParams, options?: RequestOptions): APIPromise<GetDocumentQuotaResponse>;

// export getDocumentTimeline
function getDocumentTimeline(client: FactifyClient, params: GetDocumentTimelineParams, options?: RequestOptions): APIPromise<GetDocumentTimelineResponse>;

// export getGeneralAccess
function getGeneralAccess(client: FactifyClient, params: GetGeneralAccessParams, options?: RequestOptions): APIPromise<GetGeneralAccessResponse>;

// export getMe
function getMe(client: FactifyClient, params?: GetMeParams, options?: RequestOptions): APIPromise<GetMeResponse>;

// export getOrganization
function getOrganization(client: FactifyClient, params: GetOrganizationParams, options?: RequestOptions): APIPromise<GetOrganizationResponse>;

// export getOrganizationPublicProfile
function getOrganizationPublicProfile(client: FactifyClient, params: GetOrganizationPublicProfileParams, options?: RequestOptions): APIPromise<GetOrganizationPublicProfileResponse>;

// export getOrganizationQuota
function getOrganizationQuota(client: FactifyClient, params?: GetOrganizationQuotaParams, options?: RequestOptions): APIPromise<GetOrganizationQuotaResponse>;

// export getUsageHistory
function getUsageHistory(client: FactifyClient, params?: GetUsageHistoryParams, options?: RequestOptions): APIPromise<GetUsageHistoryResponse>;

// export getUserPreferences
function getUserPreferences(client: FactifyClient, params?: GetUserPreferencesParams, options?: RequestOptions): APIPromise<GetUserPreferencesResponse>;

// export getVersion
function getVersion(client: FactifyClient, params: GetVersionParams, options?: RequestOptions): APIPromise<GetVersionResponse>;

// export getVersionRecord
function getVersionRecord(client: FactifyClient, params: GetVersionRecordParams, options?: RequestOptions): APIPromise<GetVersionRecordResponse>;

// export grantDocumentAccess
function grantDocumentAccess(client: FactifyClient, params: GrantDocumentAccessParams, options?: RequestOptions): APIPromise<GrantDocumentAccessResponse>;

// export inspectDocumentAccess
function inspectDocumentAccess(client: FactifyClient, params: InspectDocumentAccessParams, options?: RequestOptions): APIPromise<InspectDocumentAccessResponse>;

// export isFactifyError
function isFactifyError(value: unknown): value is FactifyError;

// export isUploadable
function isUploadable(value: unknown): value is Uploadable;

// export listAccessRequests
function listAccessRequests(client: FactifyClient, params: ListAccessRequestsParams, options?: RequestOptions): APIPromise<ListAccessRequestsResponse>;

// export listApiKeyQuotas
function listApiKeyQuotas(client: FactifyClient, params?: ListApiKeyQuotasParams, options?: RequestOptions): APIPromise<ListApiKeyQuotasResponse>;

// export listApiKeys
function listApiKeys(client: FactifyClient, params: ListApiKeysParams, options?: RequestOptions): PageRequest<ApiKey, ListApiKeysResponse>;

// export listDocumentAccess
function listDocumentAccess(client: FactifyClient, params: ListDocumentAccessParams, options?: RequestOptions): APIPromise<ListDocumentAccessResponse>;

// export listDocumentDuplicates
function listDocumentDuplicates(client: FactifyClient, params: ListDocumentDuplicatesParams, options?: RequestOptions): APIPromise<ListDocumentDuplicatesResponse>;

// export listDocumentPolicies
function listDocumentPolicies(client: FactifyClient, params: ListDocumentPoliciesParams, options?: RequestOptions): PageRequest<DocumentPolicy, ListDocumentPoliciesResponse>;

// export listDocumentVersions
function listDocumentVersions(client: FactifyClient, params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;

// export listDocuments
function listDocuments(client: FactifyClient, params?: ListDocumentsParams, options?: RequestOptions): PageRequest<Document, ListDocumentsResponse>;

// export listOrganizationInvites
function listOrganizationInvites(client: FactifyClient, params: ListOrganizationInvitesParams, options?: RequestOptions): PageRequest<OrganizationInvite, ListOrganizationInvitesResponse>;

// export listOrganizationMembers
function listOrganizationMembers(client: FactifyClient, params: ListOrganizationMembersParams, options?: RequestOptions): PageRequest<OrganizationMember, ListOrganizationMembersResponse>;

// export listOrganizations
function listOrganizations(client: FactifyClient, params?: ListOrganizationsParams, options?: RequestOptions): PageRequest<Organization, ListOrganizationsResponse>;

// export pacing
function pacing(options?: RateLimitOptions): Pacing;

// export processDocument
function processDocument(client: FactifyClient, params: ProcessDocumentParams, options?: RequestOptions): APIPromise<ProcessDocumentResponse>;

// export removeOrganizationMember
function removeOrganizationMember(client: FactifyClient, params: RemoveOrganizationMemberParams, options?: RequestOptions): APIPromise<RemoveOrganizationMemberResponse>;

// export request
function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): APIPromise<T>;

// export resendOrganizationInvite
function resendOrganizationInvite(client: FactifyClient, params: ResendOrganizationInviteParams, options?: RequestOptions): APIPromise<ResendOrganizationInviteResponse>;

// export revokeApiKey
function revokeApiKey(client: FactifyClient, params: RevokeApiKeyParams, options?: RequestOptions): APIPromise<RevokeApiKeyResponse>;

// export revokeDocumentAccess
function revokeDocumentAccess(client: FactifyClient, params: RevokeDocumentAccessParams, options?: RequestOptions): APIPromise<RevokeDocumentAccessResponse>;

// export revokeOrganizationInvite
function revokeOrganizationInvite(client: FactifyClient, params: RevokeOrganizationInviteParams, options?: RequestOptions): APIPromise<RevokeOrganizationInviteResponse>;

// export setApiKeyQuota
function setApiKeyQuota(client: FactifyClient, params: SetApiKeyQuotaParams, options?: RequestOptions): APIPromise<SetApiKeyQuotaResponse>;

// export setGeneralAccess
function setGeneralAccess(client: FactifyClient, params: SetGeneralAccessParams, options?: RequestOptions): APIPromise<SetGeneralAccessResponse>;

// export transferDocumentOwnership
function transferDocumentOwnership(client: FactifyClient, params: TransferDocumentOwnershipParams, options?: RequestOptions): APIPromise<TransferDocumentOwnershipResponse>;

// export trashDocument
function trashDocument(client: FactifyClient, params: TrashDocumentParams, options?: RequestOptions): APIPromise<TrashDocumentResponse>;

// export untrashDocument
function untrashDocument(client: FactifyClient, params: UntrashDocumentParams, options?: RequestOptions): APIPromise<UntrashDocumentResponse>;

// export updateDocument
function updateDocument(client: FactifyClient, params: UpdateDocumentParams, options?: RequestOptions): APIPromise<UpdateDocumentResponse>;

// export updateDocumentAccess
function updateDocumentAccess(client: FactifyClient, params: UpdateDocumentAccessParams, options?: RequestOptions): APIPromise<UpdateDocumentAccessResponse>;

// export updateOrganization
function updateOrganization(client: FactifyClient, params: UpdateOrganizationParams, options?: RequestOptions): APIPromise<UpdateOrganizationResponse>;

// export updateOrganizationMember
function updateOrganizationMember(client: FactifyClient, params: UpdateOrganizationMemberParams, options?: RequestOptions): APIPromise<UpdateOrganizationMemberResponse>;

// export updateVersion
function updateVersion(client: FactifyClient, params: UpdateVersionParams, options?: RequestOptions): APIPromise<UpdateVersionResponse>;

// export uploadOrganizationLogo
function uploadOrganizationLogo(client: FactifyClient, params: UploadOrganizationLogoParams, options?: RequestOptions): APIPromise<UploadOrganizationLogoResponse>;

// export uploadOrganizationLogoBase64
function uploadOrganizationLogoBase64(client: FactifyClient, params: UploadOrganizationLogoBase64Params, options?: RequestOptions): APIPromise<UploadOrganizationLogoResponse>;

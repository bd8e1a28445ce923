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

// export APIKeyQuota
interface APIKeyQuota {
    api_key_id?: string;
    current_usage?: number;
    is_exceeded?: boolean;
    limit?: number | null;
    remaining?: number;
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
    error?: string;
    recipient?: string;
    success?: boolean;
}

// export AccessLevel
type AccessLevel = "private" | "organization" | "public";

// export AccessRequest
interface AccessRequest {
    created_at: string;
    document_id: string;
    id: string;
    message?: string | null;
    permission: AccessRequestPermission | (string & {});
    request_status: AccessRequestStatus | (string & {});
    subject: Subject;
    subject_email?: string;
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
    approve(params: ApproveAccessRequestParams, options?: RequestOptions): Promise<ApproveAccessRequestResponse>;
    checkStatus(params: CheckAccessRequestStatusParams, options?: RequestOptions): Promise<CheckAccessRequestStatusResponse>;
    create(params: CreateAccessRequestParams, options?: RequestOptions): Promise<CreateAccessRequestResponse>;
    deny(params: DenyAccessRequestParams, options?: RequestOptions): Promise<DenyAccessRequestResponse>;
    inspect(params: InspectDocumentAccessParams, options?: RequestOptions): Promise<InspectDocumentAccessResponse>;
    list(params: ListAccessRequestsParams, options?: RequestOptions): Promise<ListAccessRequestsResponse>;
}

// export AddOrganizationMemberParams
interface AddOrganizationMemberParams {
    organization_id: string;
    role: OrganizationRole;
    user_id: string;
}

// export AddOrganizationMemberResponse
interface AddOrganizationMemberResponse {
    member: OrganizationMember;
}

// export ApiKey
interface ApiKey {
    created_at: string;
    expires_at?: string;
    id: string;
    is_active: boolean;
    key_prefix: string;
    name: string;
    organization_id: string;
    revoked_at?: string;
}

// export ApiKeys
class ApiKeys {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateApiKeyParams, options?: RequestOptions): Promise<CreateApiKeyResponse>;
    list(params: ListApiKeysParams, options?: RequestOptions): PageRequest<ApiKey, ListApiKeysResponse>;
    revoke(params: RevokeApiKeyParams, options?: RequestOptions): Promise<RevokeApiKeyResponse>;
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
    attributes?: Struct;
    id?: string;
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
    segments?: PathSegment[];
}

// export BlockSpacing
interface BlockSpacing {
    after_mm?: number;
    before_mm?: number;
    line_spacing?: LineSpacingValue;
}

// export BoundingBox
interface BoundingBox {
    height?: number;
    width?: number;
    x?: number;
    y?: number;
}

// export CellAlignment
type CellAlignment = {
    horizontal?: HorizontalAlignment | (string & {});
    vertical?: VerticalAlignment | (string & {});
} & ({
    rotation_degrees: number;
} | {
    vertical_text: boolean;
});

// export CellErrorType
type CellErrorType = "CELL_ERROR_TYPE_UNSPECIFIED" | "CELL_ERROR_TYPE_NULL" | "CELL_ERROR_TYPE_DIV_ZERO" | "CELL_ERROR_TYPE_VALUE" | "CELL_ERROR_TYPE_REF" | "CELL_ERROR_TYPE_NAME" | "CELL_ERROR_TYPE_NUM" | "CELL_ERROR_TYPE_NA" | "CELL_ERROR_TYPE_GETTING_DATA" | "CELL_ERROR_TYPE_SPILL" | "CELL_ERROR_TYPE_CALC";

// export CellLayoutBinding
interface CellLayoutBinding {
    alignment?: CellAlignment;
    col?: number;
    row?: number;
    text_wrap?: boolean;
}

// export CellType
type CellType = "CELL_TYPE_UNSPECIFIED" | "CELL_TYPE_STRING" | "CELL_TYPE_NUMBER" | "CELL_TYPE_BOOLEAN" | "CELL_TYPE_DATE" | "CELL_TYPE_ERROR" | "CELL_TYPE_TIME" | "CELL_TYPE_DATE_TIME";

// export CheckAccessRequestStatusParams
interface CheckAccessRequestStatusParams {
    document_id: string;
}

// export CheckAccessRequestStatusResponse
interface CheckAccessRequestStatusResponse {
    has_pending_request?: boolean;
}

// export ClientClosedError
class ClientClosedError extends FactifyError {
    static readonly errorName: string;
    constructor(request?: Pick<HookRequest, "method" | "url" | "operationId">);
}

// export CodeBlockData
interface CodeBlockData {
    code?: string;
    language?: string;
}

// export ColumnDef
interface ColumnDef {
    attributes?: Struct;
    name?: string;
    number_format_category?: NumberFormatCategory | (string & {});
    type?: CellType | (string & {});
}

// export ColumnFormatBinding
interface ColumnFormatBinding {
    column_index?: number;
    number_format_category?: NumberFormatCategory | (string & {});
    number_format_pattern?: string;
    table_name?: string;
}

// export ColumnLayout
interface ColumnLayout {
    col?: number;
    is_hidden?: boolean;
    width_mm?: number;
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
    message?: string | null;
    permission: AccessRequestPermission;
}

// export CreateAccessRequestResponse
interface CreateAccessRequestResponse {
    access_request: AccessRequest;
}

// export CreateApiKeyParams
interface CreateApiKeyParams {
    expires_at?: Date | string;
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
    access_level?: AccessLevel | null;
    description?: string | null;
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
    description?: string | null;
    payload: Uploadable;
    title?: string | null;
}

// export CreateDocumentVersionResponse
type CreateDocumentVersionResponse = Version;

// export CreateOrganizationInviteParams
interface CreateOrganizationInviteParams {
    organization_id: string;
    email: string;
    idempotency_key?: string | null;
    message?: string | null;
}

// export CreateOrganizationInviteResponse
interface CreateOrganizationInviteResponse {
    invite: OrganizationInvite;
}

// export CreateOrganizationParams
interface CreateOrganizationParams {
    name: string;
    owner_user_id?: string | null;
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
    share_link?: ShareLink;
    short_url?: string | null;
}

// export DEFAULT_RETRY_CONFIG
const DEFAULT_RETRY_CONFIG: Readonly<ResolvedRetryConfig>;

// export DailyUsage
interface DailyUsage {
    date?: string;
    request_count?: number;
}

// export DataCell
type DataCell = {
    hyperlink?: string;
    note?: string;
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
    attributes?: Struct;
    cells?: DataCell[];
}

// export DataSource
type DataSource = {
    mime_type?: MimeType | (string & {});
} & ({
    inline_data: string;
} | {
    storage_ref: string;
});

// export DataTable
interface DataTable {
    attributes?: Struct;
    columns?: ColumnDef[];
    has_total_row?: boolean;
    name?: string;
    range_ref?: string;
    rows?: DataRow[];
}

// export DefaultItem
type DefaultItem<Output> = Output extends {
    items?: ReadonlyArray<infer I> | null;
} ? I : unknown;

// export DeleteAPIKeyQuotaResponse
type DeleteAPIKeyQuotaResponse = Record<string, unknown>;

// export DeleteApiKeyQuotaParams
interface DeleteApiKeyQuotaParams {
    api_key_id: string;
    organization_id?: string;
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
    current_version?: VersionRef | null;
    description?: string | null;
    general_access?: AccessLevel | (string & {});
    id: string;
    is_demo?: boolean;
    last_viewed_at?: string;
    owner_organization_id?: string;
    permission_set?: DocumentPermissionSet;
    processing_status: ProcessingStatus | (string & {});
    shared_at?: string;
    source_format?: string;
    thumbnail_url?: string;
    title: string;
    trashed_at?: string;
    updated_at?: string;
    url: string;
}

// export DocumentBundle
interface DocumentBundle {
    layout?: DocumentLayout;
    record?: DocumentRecord;
}

// export DocumentLayout
interface DocumentLayout {
    bindings?: LayoutBinding[];
    defaults?: LayoutDefaults;
    extracted_at?: string;
    pages?: PageGeometry[];
    record_id?: string;
    source?: SourceReference;
}

// export DocumentMetadata
interface DocumentMetadata {
    attributes?: Struct;
    extracted_at?: string;
    language?: string;
    title?: string;
}

// export DocumentOwnership
type DocumentOwnership = "owned" | "not_owned";

// export DocumentPermissionSet
interface DocumentPermissionSet {
    attach_policy?: boolean;
    comment_private?: boolean;
    comment_public?: boolean;
    copy_content?: boolean;
    create_version?: boolean;
    export?: boolean;
    grant_access?: boolean;
    list_versions?: boolean;
    manage_access?: boolean;
    open?: boolean;
    screenshot?: boolean;
    trash?: boolean;
    view?: boolean;
    view_analytics?: boolean;
    view_leads?: boolean;
    view_timeline?: boolean;
}

// export DocumentPolicy
interface DocumentPolicy {
    attached_at: string;
    document_id: string;
    policy: Policy;
}

// export DocumentRecord
interface DocumentRecord {
    blocks?: Block[];
    id?: string;
    metadata?: DocumentMetadata;
    source?: SourceReference;
}

// export DocumentRole
type DocumentRole = "viewer" | "commenter" | "collaborator" | "admin" | "owner";

// export DocumentTrashState
type DocumentTrashState = "active" | "trashed";

// export Documents
class Documents {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateDocumentParams, options?: RequestOptions): Promise<CreateDocumentResponse>;
    export(params: ExportDocumentParams, options?: RequestOptions): Promise<ExportDocumentResponse>;
    get(params: GetDocumentParams, options?: RequestOptions): Promise<GetDocumentResponse>;
    getQuota(params?: GetDocumentQuotaParams, options?: RequestOptions): Promise<GetDocumentQuotaResponse>;
    list(params?: ListDocumentsParams, options?: RequestOptions): PageRequest<Document, ListDocumentsResponse>;
    listDuplicates(params: ListDocumentDuplicatesParams, options?: RequestOptions): Promise<ListDocumentDuplicatesResponse>;
    process(params: ProcessDocumentParams, options?: RequestOptions): Promise<ProcessDocumentResponse>;
    transferOwnership(params: TransferDocumentOwnershipParams, options?: RequestOptions): Promise<TransferDocumentOwnershipResponse>;
    trash(params: TrashDocumentParams, options?: RequestOptions): Promise<TrashDocumentResponse>;
    untrash(params: UntrashDocumentParams, options?: RequestOptions): Promise<UntrashDocumentResponse>;
    update(params: UpdateDocumentParams, options?: RequestOptions): Promise<UpdateDocumentResponse>;
}

// export DuplicateDocument
interface DuplicateDocument {
    document_id?: string;
    last_viewed_at?: string;
    title?: string;
    version_id?: string;
    version_title?: string;
}

// export Empty
type Empty = Record<string, unknown>;

// export EntryPages
class EntryPages {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    generate(params: GenerateDocumentEntryPageParams, options?: RequestOptions): Promise<GenerateDocumentEntryPageResponse>;
}

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

// export ExportDocumentParams
interface ExportDocumentParams {
    document_id: string;
    version_id?: string;
}

// export ExportDocumentResponse
interface ExportDocumentResponse {
    expires_at: string;
    headers?: Record<string, string>;
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
    filename?: string;
    contentType?: string;
    size?: number;
}

// export FootnoteData
interface FootnoteData {
    label?: string;
    text?: string;
}

// export FrozenPane
interface FrozenPane {
    frozen_col?: number;
    frozen_row?: number;
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
    available?: number;
    limit?: number;
    used?: number;
}

// export GetDocumentResponse
interface GetDocumentResponse {
    document: Document;
}

// export GetDocumentTimelineParams
interface GetDocumentTimelineParams {
    document_id: string;
    cursor?: string;
    page_size?: number;
}

// export GetDocumentTimelineResponse
type GetDocumentTimelineResponse = GetTimelineResponse;

// export GetGeneralAccessParams
interface GetGeneralAccessParams {
    document_id: string;
}

// export GetGeneralAccessResponse
interface GetGeneralAccessResponse {
    document_id?: string;
    general_access_level?: GeneralAccessLevel | (string & {});
}

// export GetMeParams
type GetMeParams = Record<string, never>;

// export GetMeResponse
interface GetMeResponse {
    organizations?: Organization[];
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
    display_name?: string;
    logo_image_url?: string | null;
}

// export GetOrganizationQuotaParams
interface GetOrganizationQuotaParams {
    organization_id?: string;
}

// export GetOrganizationQuotaResponse
interface GetOrganizationQuotaResponse {
    quota?: OrganizationQuota;
}

// export GetOrganizationResponse
interface GetOrganizationResponse {
    organization: Organization;
}

// export GetRecordResponse
type GetRecordResponse = {
    id?: string;
    source_format?: string;
} & ({
    document: DocumentBundle;
} | {
    spreadsheet: SpreadsheetBundle;
});

// export GetTimelineResponse
interface GetTimelineResponse {
    events?: TimelineEvent[];
    has_more?: boolean;
    next_cursor?: string | null;
}

// export GetUsageHistoryParams
interface GetUsageHistoryParams {
    organization_id?: string;
    date?: {
        after?: Date | string;
        before?: Date | string;
    };
}

// export GetUsageHistoryResponse
interface GetUsageHistoryResponse {
    daily_usage?: DailyUsage[];
    organization_id?: string;
    total_requests?: number;
}

// export GetUserPreferencesParams
type GetUserPreferencesParams = Record<string, never>;

// export GetUserPreferencesResponse
interface GetUserPreferencesResponse {
    has_completed_document_tour?: boolean;
    has_completed_hub_onboarding?: boolean;
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
    custom_message?: string | null;
    recipients?: readonly RecipientGrant[];
    should_send_notification?: boolean | null;
}

// export GrantDocumentAccessResponse
interface GrantDocumentAccessResponse {
    document_id?: string;
    failed?: number;
    results?: AccessGrantResult[];
    successful?: number;
    total?: number;
}

// export HeadingData
interface HeadingData {
    level?: number;
    text?: string;
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

// export HorizontalAlignment
type HorizontalAlignment = "HORIZONTAL_ALIGNMENT_UNSPECIFIED" | "HORIZONTAL_ALIGNMENT_LEFT" | "HORIZONTAL_ALIGNMENT_CENTER" | "HORIZONTAL_ALIGNMENT_RIGHT" | "HORIZONTAL_ALIGNMENT_FILL" | "HORIZONTAL_ALIGNMENT_JUSTIFY";

// export HttpMethod
type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// export Indentation
interface Indentation {
    first_line_mm?: number;
    left_mm?: number;
    right_mm?: number;
}

// export Insets
interface Insets {
    bottom_mm?: number;
    left_mm?: number;
    right_mm?: number;
    top_mm?: number;
}

// export InspectAccessResponse
interface InspectAccessResponse {
    document_id?: string;
    permission_set?: DocumentPermissionSet;
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
    fragments?: LayoutFragment[];
    path?: BlockPath;
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
    dimensions?: PhysicalDimensions;
    direction?: Direction | (string & {});
    margins?: Margins;
    orientation?: Orientation | (string & {});
    page_size?: PageSize | (string & {});
}

// export LayoutFragment
interface LayoutFragment {
    bounding_box?: BoundingBox;
    page_number?: number;
    rotation_degrees?: number;
}

// export LineSpacing
type LineSpacing = "LINE_SPACING_UNSPECIFIED" | "LINE_SPACING_SINGLE" | "LINE_SPACING_ONE_AND_HALF" | "LINE_SPACING_DOUBLE";

// export LineSpacingValue
interface LineSpacingValue {
    mode?: LineSpacing | (string & {});
    value_mm?: number;
}

// export ListAPIKeyQuotasResponse
interface ListAPIKeyQuotasResponse {
    quotas?: APIKeyQuota[];
}

// export ListAccessRequestsParams
interface ListAccessRequestsParams {
    document_id: string;
}

// export ListAccessRequestsResponse
interface ListAccessRequestsResponse {
    has_more?: boolean;
    items?: AccessRequest[];
}

// export ListApiKeyQuotasParams
interface ListApiKeyQuotasParams {
    organization_id?: string;
}

// export ListApiKeyQuotasResponse
type ListApiKeyQuotasResponse = ListAPIKeyQuotasResponse;

// export ListApiKeysParams
interface ListApiKeysParams {
    organization_id: string;
    include_revoked?: boolean;
    page_token?: string;
    page_size?: number;
}

// export ListApiKeysResponse
interface ListApiKeysResponse {
    items?: ApiKey[];
    pagination: Pagination;
}

// export ListData
interface ListData {
    items?: ListDataItem[];
    start?: number;
    style?: ListStyle | (string & {});
}

// export ListDataItem
interface ListDataItem {
    sub_list?: ListData;
    text?: string;
}

// export ListDocumentAccessParams
interface ListDocumentAccessParams {
    document_id: string;
}

// export ListDocumentAccessResponse
interface ListDocumentAccessResponse {
    document_id?: string;
    general_access_level?: GeneralAccessLevel | (string & {});
    recipients?: Recipient[];
}

// export ListDocumentDuplicatesParams
interface ListDocumentDuplicatesParams {
    document_id: string;
    file_contents_hash?: string;
}

// export ListDocumentDuplicatesResponse
interface ListDocumentDuplicatesResponse {
    items?: DuplicateDocument[];
}

// export ListDocumentPoliciesParams
interface ListDocumentPoliciesParams {
    document_id: string;
    page_token?: string;
    page_size?: number;
}

// export ListDocumentPoliciesResponse
interface ListDocumentPoliciesResponse {
    items?: DocumentPolicy[];
    pagination: Pagination;
}

// export ListDocumentVersionsParams
interface ListDocumentVersionsParams {
    document_id: string;
    page_token?: string;
    page_size?: number;
}

// export ListDocumentVersionsResponse
type ListDocumentVersionsResponse = ListVersionsResponse;

// export ListDocumentsParams
interface ListDocumentsParams {
    page_token?: string;
    page_size?: number;
    created?: {
        after?: Date | string;
        before?: Date | string;
    };
    created_by_id?: readonly string[];
    access_level?: readonly AccessLevel[];
    processing_status?: readonly ProcessingStatus[];
    sort?: string;
    query?: string;
    ownership?: readonly DocumentOwnership[];
    trash_state?: readonly DocumentTrashState[];
    organization_scope?: boolean;
    title_contains?: string;
    description_contains?: string;
    source_format?: readonly ("pdf" | "docx" | "xlsx" | "csv" | "markdown")[];
}

// export ListDocumentsResponse
interface ListDocumentsResponse {
    items?: Document[];
    pagination: Pagination;
}

// export ListOrganizationInvitesParams
interface ListOrganizationInvitesParams {
    organization_id: string;
    status?: readonly OrganizationInviteStatus[];
    page_token?: string;
    page_size?: number;
    email?: {
        contains?: string;
        exact?: string;
    };
    sender_id?: string;
    created?: {
        after?: Date | string;
        before?: Date | string;
    };
}

// export ListOrganizationInvitesResponse
interface ListOrganizationInvitesResponse {
    items?: OrganizationInvite[];
    pagination: Pagination;
}

// export ListOrganizationMembersParams
interface ListOrganizationMembersParams {
    organization_id: string;
    page_token?: string;
    page_size?: number;
}

// export ListOrganizationMembersResponse
interface ListOrganizationMembersResponse {
    items?: OrganizationMember[];
    pagination: Pagination;
}

// export ListOrganizationsParams
interface ListOrganizationsParams {
    page_token?: string;
    page_size?: number;
    role?: readonly OrganizationRole[];
}

// export ListOrganizationsResponse
interface ListOrganizationsResponse {
    items?: Organization[];
    pagination: Pagination;
}

// export ListStyle
type ListStyle = "LIST_STYLE_UNSPECIFIED" | "LIST_STYLE_UNORDERED" | "LIST_STYLE_ORDERED";

// export ListVersionsResponse
interface ListVersionsResponse {
    items?: Version[];
    pagination: Pagination;
}

// export Logger
interface Logger {
    debug(...args: unknown[]): void;
    warn?(...args: unknown[]): void;
}

// export Margins
interface Margins {
    bottom_mm?: number;
    left_mm?: number;
    right_mm?: number;
    top_mm?: number;
}

// export MergedRegion
interface MergedRegion {
    end_col?: number;
    end_row?: number;
    start_col?: number;
    start_row?: number;
}

// export MimeType
type MimeType = "MIME_TYPE_UNSPECIFIED" | "MIME_TYPE_IMAGE_PNG" | "MIME_TYPE_IMAGE_JPEG" | "MIME_TYPE_IMAGE_GIF" | "MIME_TYPE_IMAGE_WEBP" | "MIME_TYPE_IMAGE_BMP" | "MIME_TYPE_IMAGE_TIFF" | "MIME_TYPE_IMAGE_SVG" | "MIME_TYPE_IMAGE_EPS" | "MIME_TYPE_APPLICATION_PDF";

// export NamedRange
interface NamedRange {
    attributes?: Struct;
    name?: string;
    range_ref?: string;
    sheet_name?: string;
}

// export NotFoundError
class NotFoundError extends APIError {
    static readonly errorName: string;
}

// export NumberFormatCategory
type NumberFormatCategory = "NUMBER_FORMAT_CATEGORY_UNSPECIFIED" | "NUMBER_FORMAT_CATEGORY_GENERAL" | "NUMBER_FORMAT_CATEGORY_NUMBER" | "NUMBER_FORMAT_CATEGORY_CURRENCY" | "NUMBER_FORMAT_CATEGORY_ACCOUNTING" | "NUMBER_FORMAT_CATEGORY_PERCENTAGE" | "NUMBER_FORMAT_CATEGORY_FRACTION" | "NUMBER_FORMAT_CATEGORY_SCIENTIFIC" | "NUMBER_FORMAT_CATEGORY_TEXT" | "NUMBER_FORMAT_CATEGORY_DATE" | "NUMBER_FORMAT_CATEGORY_TIME" | "NUMBER_FORMAT_CATEGORY_DATE_TIME" | "NUMBER_FORMAT_CATEGORY_DURATION";

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

// export Organization
interface Organization {
    created_at: string;
    id: string;
    logo_image_url?: string | null;
    name: string;
}

// export OrganizationInvite
interface OrganizationInvite {
    accepted_at?: string;
    accepted_by?: User;
    created_at: string;
    email: string;
    expires_at: string;
    id: string;
    message?: string | null;
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
    accept(params: AcceptOrganizationInviteParams, options?: RequestOptions): Promise<AcceptOrganizationInviteResponse>;
    create(params: CreateOrganizationInviteParams, options?: RequestOptions): Promise<CreateOrganizationInviteResponse>;
    list(params: ListOrganizationInvitesParams, options?: RequestOptions): PageRequest<OrganizationInvite, ListOrganizationInvitesResponse>;
    resend(params: ResendOrganizationInviteParams, options?: RequestOptions): Promise<ResendOrganizationInviteResponse>;
    revoke(params: RevokeOrganizationInviteParams, options?: RequestOptions): Promise<RevokeOrganizationInviteResponse>;
}

// export OrganizationLogo
class OrganizationLogo {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    upload(params: UploadOrganizationLogoParams, options?: RequestOptions): Promise<UploadOrganizationLogoResponse>;
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
    add(params: AddOrganizationMemberParams, options?: RequestOptions): Promise<AddOrganizationMemberResponse>;
    list(params: ListOrganizationMembersParams, options?: RequestOptions): PageRequest<OrganizationMember, ListOrganizationMembersResponse>;
    remove(params: RemoveOrganizationMemberParams, options?: RequestOptions): Promise<RemoveOrganizationMemberResponse>;
    update(params: UpdateOrganizationMemberParams, options?: RequestOptions): Promise<UpdateOrganizationMemberResponse>;
}

// export OrganizationQuota
interface OrganizationQuota {
    current_usage?: number;
    effective_limit?: number;
    is_exceeded?: boolean;
    organization_id?: string;
    period_start?: string;
    remaining?: number;
    reset_at?: string;
    tier?: QuotaTier | (string & {});
    usage_percent?: number;
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
    create(params: CreateOrganizationParams, options?: RequestOptions): Promise<CreateOrganizationResponse>;
    get(params: GetOrganizationParams, options?: RequestOptions): Promise<GetOrganizationResponse>;
    getPublicProfile(params: GetOrganizationPublicProfileParams, options?: RequestOptions): Promise<GetOrganizationPublicProfileResponse>;
    list(params?: ListOrganizationsParams, options?: RequestOptions): PageRequest<Organization, ListOrganizationsResponse>;
    update(params: UpdateOrganizationParams, options?: RequestOptions): Promise<UpdateOrganizationResponse>;
}

// export Orientation
type Orientation = "ORIENTATION_UNSPECIFIED" | "ORIENTATION_PORTRAIT" | "ORIENTATION_LANDSCAPE";

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

// export PageGeometry
interface PageGeometry {
    dimensions?: PhysicalDimensions;
    orientation?: Orientation | (string & {});
    page_number?: number;
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

// export PageSize
type PageSize = "PAGE_SIZE_UNSPECIFIED" | "PAGE_SIZE_A4" | "PAGE_SIZE_LETTER" | "PAGE_SIZE_LEGAL" | "PAGE_SIZE_A3" | "PAGE_SIZE_TABLOID" | "PAGE_SIZE_CUSTOM";

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

// export ParagraphData
interface ParagraphData {
    text?: string;
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
    height_mm?: number;
    width_mm?: number;
}

// export Policies
class Policies {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    attach(params: AttachDocumentPolicyParams, options?: RequestOptions): Promise<AttachDocumentPolicyResponse>;
    detach(params: DetachDocumentPolicyParams, options?: RequestOptions): Promise<DetachDocumentPolicyResponse>;
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
    async?: boolean;
    version_id?: string | null;
}

// export ProcessDocumentResponse
interface ProcessDocumentResponse {
    document_id?: string;
    status?: ProcessingOutcome | (string & {});
    version_id?: string;
}

// export ProcessingOutcome
type ProcessingOutcome = "PROCESSING_OUTCOME_UNSPECIFIED" | "PROCESSING_OUTCOME_STARTED" | "PROCESSING_OUTCOME_ALREADY_PROCESSING" | "PROCESSING_OUTCOME_ALREADY_COMPLETED" | "PROCESSING_OUTCOME_FAILED";

// export ProcessingStatus
type ProcessingStatus = "processing" | "ready" | "failed";

// export QuotaTier
type QuotaTier = "free" | "custom";

// export QuoteData
interface QuoteData {
    text?: string;
}

// export RasterImageData
interface RasterImageData {
    alt_text?: string;
    source?: DataSource;
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

// export Recipient
interface Recipient {
    document_role: DocumentRole | (string & {});
    email?: string;
    id: string;
    name?: string;
    type: RecipientType | (string & {});
}

// export RecipientGrant
interface RecipientGrant {
    recipient?: string;
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

// export RevokeApiKeyParams
interface RevokeApiKeyParams {
    api_key_id: string;
    reason?: string | null;
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
    error?: string;
    success?: boolean;
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
    height_mm?: number;
    is_hidden?: boolean;
    row?: number;
}

// export SectionData
interface SectionData {
    blocks?: Block[];
}

// export SetAPIKeyQuotaResponse
interface SetAPIKeyQuotaResponse {
    quota?: APIKeyQuota;
}

// export SetApiKeyQuotaParams
interface SetApiKeyQuotaParams {
    api_key_id: string;
    limit?: number | null;
    organization_id?: string | null;
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
    document_id?: string;
    general_access_level?: GeneralAccessLevel | (string & {});
}

// export ShareLink
interface ShareLink {
    created_at?: string;
    creator_id?: string;
    document_id?: string;
    id?: string;
}

// export Sharing
class Sharing {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    createShareLink(params: CreateShareLinkParams, options?: RequestOptions): Promise<CreateShareLinkResponse>;
    getGeneralAccess(params: GetGeneralAccessParams, options?: RequestOptions): Promise<GetGeneralAccessResponse>;
    grant(params: GrantDocumentAccessParams, options?: RequestOptions): Promise<GrantDocumentAccessResponse>;
    list(params: ListDocumentAccessParams, options?: RequestOptions): Promise<ListDocumentAccessResponse>;
    revoke(params: RevokeDocumentAccessParams, options?: RequestOptions): Promise<RevokeDocumentAccessResponse>;
    setGeneralAccess(params: SetGeneralAccessParams, options?: RequestOptions): Promise<SetGeneralAccessResponse>;
    update(params: UpdateDocumentAccessParams, options?: RequestOptions): Promise<UpdateDocumentAccessResponse>;
}

// export Sheet
interface Sheet {
    attributes?: Struct;
    charts?: SheetChart[];
    images?: SheetImage[];
    name?: string;
    tables?: DataTable[];
}

// export SheetChart
interface SheetChart {
    anchor_col?: number;
    anchor_row?: number;
    attributes?: Struct;
    chart_type?: string;
    rendered?: VectorImageData;
    source_ranges?: string[];
    title?: string;
}

// export SheetImage
interface SheetImage {
    anchor_col?: number;
    anchor_row?: number;
    height_mm?: number;
    image?: RasterImageData;
    offset_x_mm?: number;
    offset_y_mm?: number;
    width_mm?: number;
}

// export SheetLayout
interface SheetLayout {
    cell_bindings?: CellLayoutBinding[];
    column_formats?: ColumnFormatBinding[];
    columns?: ColumnLayout[];
    direction?: Direction | (string & {});
    frozen_pane?: FrozenPane;
    is_hidden?: boolean;
    merged_regions?: MergedRegion[];
    rows?: RowLayout[];
    sheet_name?: string;
}

// export SourceReference
interface SourceReference {
    attributes?: Struct;
    ingested_at?: string;
    remote_id?: string;
    source_id?: string;
}

// export SpreadsheetBundle
interface SpreadsheetBundle {
    layout?: SpreadsheetLayout;
    record?: SpreadsheetRecord;
}

// export SpreadsheetLayout
interface SpreadsheetLayout {
    defaults?: SpreadsheetLayoutDefaults;
    extracted_at?: string;
    record_id?: string;
    sheet_layouts?: SheetLayout[];
    source?: SourceReference;
}

// export SpreadsheetLayoutDefaults
interface SpreadsheetLayoutDefaults {
    column_width_mm?: number;
    row_height_mm?: number;
}

// export SpreadsheetMetadata
interface SpreadsheetMetadata {
    attributes?: Struct;
    extracted_at?: string;
    title?: string;
}

// export SpreadsheetRecord
interface SpreadsheetRecord {
    id?: string;
    metadata?: SpreadsheetMetadata;
    named_ranges?: NamedRange[];
    sheets?: Sheet[];
    source?: SourceReference;
}

// export StreamBody
interface StreamBody {
    body: BodyInit;
    headers: Record<string, string>;
    replayable: boolean;
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
    padding?: Insets;
}

// export TableData
interface TableData {
    rows?: TableDataRow[];
}

// export TableDataRow
interface TableDataRow {
    cells?: TableDataRowCell[];
}

// export TableDataRowCell
interface TableDataRowCell {
    col_span?: number;
    is_header?: boolean;
    row_span?: number;
    text?: string;
}

// export TableLayout
interface TableLayout {
    column_widths_mm?: number[];
    width_mode?: TableWidthMode | (string & {});
}

// export TableRowLayout
interface TableRowLayout {
    height_mm?: number;
}

// export TableWidthMode
type TableWidthMode = "TABLE_WIDTH_MODE_UNSPECIFIED" | "TABLE_WIDTH_MODE_AUTO" | "TABLE_WIDTH_MODE_FIXED";

// export TextAlignment
type TextAlignment = "TEXT_ALIGNMENT_UNSPECIFIED" | "TEXT_ALIGNMENT_LEFT" | "TEXT_ALIGNMENT_CENTER" | "TEXT_ALIGNMENT_RIGHT" | "TEXT_ALIGNMENT_JUSTIFY";

// export TextBlockLayout
interface TextBlockLayout {
    alignment?: TextAlignment | (string & {});
    indentation?: Indentation;
    spacing?: BlockSpacing;
}

// export ThematicBreakData
type ThematicBreakData = Record<string, unknown>;

// export TimelineEvent
interface TimelineEvent {
    event_id?: string;
    event_type?: TimelineEventType | (string & {});
    occurred_at?: string;
    payload?: Struct;
}

// export TimelineEventType
type TimelineEventType = "comment_created" | "comment_updated" | "thread_created" | "thread_updated" | "approval_voted" | "approval_started" | "approval_terminated" | "document_loaded" | "approval_ready" | "approval_submitted" | "approval_skip_dissemination" | "document_created" | "document_updated" | "comment_deleted" | "document_user_access_granted" | "document_user_access_revoked" | "document_entry_page_downloaded" | "document_version_uploaded" | "document_printed" | "document_settings_access_changed" | "annotation_added" | "annotation_edited" | "annotation_deleted" | "annotation_resolved";

// export Timelines
class Timelines {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params: GetDocumentTimelineParams, options?: RequestOptions): Promise<GetDocumentTimelineResponse>;
}

// export ToArrayOptions
interface ToArrayOptions {
    limit?: number;
}

// export TransferDocumentOwnershipParams
interface TransferDocumentOwnershipParams {
    document_id: string;
    new_owner_id?: string;
}

// export TransferDocumentOwnershipResponse
interface TransferDocumentOwnershipResponse {
    document_id?: string;
    new_owner_id?: string;
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
    error?: string;
    success?: boolean;
}

// export UpdateDocumentParams
interface UpdateDocumentParams {
    document_id: string;
    description?: string | null;
    title?: string | null;
}

// export UpdateDocumentResponse
interface UpdateDocumentResponse {
    document: Document;
}

// export UpdateOrganizationMemberParams
interface UpdateOrganizationMemberParams {
    organization_id: string;
    user_id: string;
    role: OrganizationRole;
}

// export UpdateOrganizationMemberResponse
interface UpdateOrganizationMemberResponse {
    member: OrganizationMember;
}

// export UpdateOrganizationParams
interface UpdateOrganizationParams {
    organization_id: string;
    logo_image_url?: string | null;
    name?: string | null;
}

// export UpdateOrganizationResponse
interface UpdateOrganizationResponse {
    organization: Organization;
}

// export UpdateVersionParams
interface UpdateVersionParams {
    version_id: string;
    description?: string | null;
    title?: string | null;
}

// export UpdateVersionResponse
type UpdateVersionResponse = Version;

// export UploadOrganizationLogoBase64Params
interface UploadOrganizationLogoBase64Params {
    organization_id: string;
    content_type?: string;
    image_data?: string;
}

// export UploadOrganizationLogoParams
interface UploadOrganizationLogoParams extends Omit<UploadOrganizationLogoBase64Params, "image_data"> {
    image_data: string | Uploadable;
}

// export UploadOrganizationLogoResponse
interface UploadOrganizationLogoResponse {
    logo_url?: string;
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
    deleteKeyQuota(params: DeleteApiKeyQuotaParams, options?: RequestOptions): Promise<DeleteApiKeyQuotaResponse>;
    get(params?: GetOrganizationQuotaParams, options?: RequestOptions): Promise<GetOrganizationQuotaResponse>;
    getHistory(params?: GetUsageHistoryParams, options?: RequestOptions): Promise<GetUsageHistoryResponse>;
    listKeyQuotas(params?: ListApiKeyQuotasParams, options?: RequestOptions): Promise<ListApiKeyQuotasResponse>;
    setKeyQuota(params: SetApiKeyQuotaParams, options?: RequestOptions): Promise<SetApiKeyQuotaResponse>;
}

// export User
interface User {
    email: string;
    family_name?: string | null;
    given_name?: string | null;
    id: string;
    name: string;
    profile_image_url?: string | null;
}

// export UserPreferences
class UserPreferences {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params?: GetUserPreferencesParams, options?: RequestOptions): Promise<GetUserPreferencesResponse>;
}

// export Users
class Users {
    readonly client: FactifyClient;
    readonly preferences: UserPreferences;
    constructor(client: FactifyClient);
    getMe(params?: GetMeParams, options?: RequestOptions): Promise<GetMeResponse>;
}

// export Value
type Value = number | string | boolean | unknown[] | Record<string, unknown> | null;

// export VectorImageData
interface VectorImageData {
    alt_text?: string;
    source?: DataSource;
}

// export Version
interface Version {
    created_at: string;
    created_by: Subject;
    description?: string | null;
    document_id: string;
    id: string;
    processing_status: ProcessingStatus | (string & {});
    title?: string | null;
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
    create(params: CreateDocumentVersionParams, options?: RequestOptions): Promise<CreateDocumentVersionResponse>;
    get(params: GetVersionParams, options?: RequestOptions): Promise<GetVersionResponse>;
    getRecord(params: GetVersionRecordParams, options?: RequestOptions): Promise<GetVersionRecordResponse>;
    list(params: ListDocumentVersionsParams, options?: RequestOptions): PageRequest<Version, ListDocumentVersionsResponse>;
    update(params: UpdateVersionParams, options?: RequestOptions): Promise<UpdateVersionResponse>;
}

// export VerticalAlignment
type VerticalAlignment = "VERTICAL_ALIGNMENT_UNSPECIFIED" | "VERTICAL_ALIGNMENT_TOP" | "VERTICAL_ALIGNMENT_CENTER" | "VERTICAL_ALIGNMENT_BOTTOM";

// export acceptOrganizationInvite
function acceptOrganizationInvite(client: FactifyClient, params: AcceptOrganizationInviteParams, options?: RequestOptions): Promise<AcceptOrganizationInviteResponse>;

// export addOrganizationMember
function addOrganizationMember(client: FactifyClient, params: AddOrganizationMemberParams, options?: RequestOptions): Promise<AddOrganizationMemberResponse>;

// export approveAccessRequest
function approveAccessRequest(client: FactifyClient, params: ApproveAccessRequestParams, options?: RequestOptions): Promise<ApproveAccessRequestResponse>;

// export attachDocumentPolicy
function attachDocumentPolicy(client: FactifyClient, params: AttachDocumentPolicyParams, options?: RequestOptions): Promise<AttachDocumentPolicyResponse>;

// export checkAccessRequestStatus
function checkAccessRequestStatus(client: FactifyClient, params: CheckAccessRequestStatusParams, options?: RequestOptions): Promise<CheckAccessRequestStatusResponse>;

// export codeForStatus
function codeForStatus(status: number): ErrorCode;

// export createAPIError
function createAPIError(init: APIErrorInit): APIError;

// export createAccessRequest
function createAccessRequest(client: FactifyClient, params: CreateAccessRequestParams, options?: RequestOptions): Promise<CreateAccessRequestResponse>;

// export createApiKey
function createApiKey(client: FactifyClient, params: CreateApiKeyParams, options?: RequestOptions): Promise<CreateApiKeyResponse>;

// export createDocument
function createDocument(client: FactifyClient, params: CreateDocumentParams, options?: RequestOptions): Promise<CreateDocumentResponse>;

// export createDocumentVersion
function createDocumentVersion(client: FactifyClient, params: CreateDocumentVersionParams, options?: RequestOptions): Promise<CreateDocumentVersionResponse>;

// export createFactify
function createFactify(options?: FactifyOptions): FactifyClient;

// export createOrganization
function createOrganization(client: FactifyClient, params: CreateOrganizationParams, options?: RequestOptions): Promise<CreateOrganizationResponse>;

// export createOrganizationInvite
function createOrganizationInvite(client: FactifyClient, params: CreateOrganizationInviteParams, options?: RequestOptions): Promise<CreateOrganizationInviteResponse>;

// export createPageFetcher
function createPageFetcher<Input, Output, Item = DefaultItem<Output>>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions, config?: PaginationConfig): PageFetcher<Item, Output>;

// export createShareLink
function createShareLink(client: FactifyClient, params: CreateShareLinkParams, options?: RequestOptions): Promise<CreateShareLinkResponse>;

// export dateTimeInput
function dateTimeInput(): GenericSchema<Date | string>;

// export deleteApiKeyQuota
function deleteApiKeyQuota(client: FactifyClient, params: DeleteApiKeyQuotaParams, options?: RequestOptions): Promise<DeleteApiKeyQuotaResponse>;

// export denyAccessRequest
function denyAccessRequest(client: FactifyClient, params: DenyAccessRequestParams, options?: RequestOptions): Promise<DenyAccessRequestResponse>;

// export detachDocumentPolicy
function detachDocumentPolicy(client: FactifyClient, params: DetachDocumentPolicyParams, options?: RequestOptions): Promise<DetachDocumentPolicyResponse>;

// export exportDocument
function exportDocument(client: FactifyClient, params: ExportDocumentParams, options?: RequestOptions): Promise<ExportDocumentResponse>;

// export generateDocumentEntryPage
function generateDocumentEntryPage(client: FactifyClient, params: GenerateDocumentEntryPageParams, options?: RequestOptions): Promise<GenerateDocumentEntryPageResponse>;

// export getDocument
function getDocument(client: FactifyClient, params: GetDocumentParams, options?: RequestOptions): Promise<GetDocumentResponse>;

// export getDocumentQuota
function getDocumentQuota(client: FactifyClient, params?: GetDocumentQuotaParams, options?: RequestOptions): Promise<GetDocumentQuotaResponse>;

// export getDocumentTimeline
function getDocumentTimeline(client: FactifyClient, params: GetDocumentTimelineParams, options?: RequestOptions): Promise<GetDocumentTimelineResponse>;

// export getGeneralAccess
function getGeneralAccess(client: FactifyClient, params: GetGeneralAccessParams, options?: RequestOptions): Promise<GetGeneralAccessResponse>;

// export getMe
function getMe(client: FactifyClient, params?: GetMeParams, options?: RequestOptions): Promise<GetMeResponse>;

// export getOrganization
function getOrganization(client: FactifyClient, params: GetOrganizationParams, options?: RequestOptions): Promise<GetOrganizationResponse>;

// export getOrganizationPublicProfile
function getOrganizationPublicProfile(client: FactifyClient, params: GetOrganizationPublicProfileParams, options?: RequestOptions): Promise<GetOrganizationPublicProfileResponse>;

// export getOrganizationQuota
function getOrganizationQuota(client: FactifyClient, params?: GetOrganizationQuotaParams, options?: RequestOptions): Promise<GetOrganizationQuotaResponse>;

// export getUsageHistory
function getUsageHistory(client: FactifyClient, params?: GetUsageHistoryParams, options?: RequestOptions): Promise<GetUsageHistoryResponse>;

// export getUserPreferences
function getUserPreferences(client: FactifyClient, params?: GetUserPreferencesParams, options?: RequestOptions): Promise<GetUserPreferencesResponse>;

// export getVersion
function getVersion(client: FactifyClient, params: GetVersionParams, options?: RequestOptions): Promise<GetVersionResponse>;

// export getVersionRecord
function getVersionRecord(client: FactifyClient, params: GetVersionRecordParams, options?: RequestOptions): Promise<GetVersionRecordResponse>;

// export grantDocumentAccess
function grantDocumentAccess(client: FactifyClient, params: GrantDocumentAccessParams, options?: RequestOptions): Promise<GrantDocumentAccessResponse>;

// export inspectDocumentAccess
function inspectDocumentAccess(client: FactifyClient, params: InspectDocumentAccessParams, options?: RequestOptions): Promise<InspectDocumentAccessResponse>;

// export invoke
function invoke<Input, Output>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions): Promise<Output>;

// export isFactifyError
function isFactifyError(value: unknown): value is FactifyError;

// export isRfc3339DateTime
function isRfc3339DateTime(value: string): boolean;

// export isUploadable
function isUploadable(value: unknown): value is Uploadable;

// export listAccessRequests
function listAccessRequests(client: FactifyClient, params: ListAccessRequestsParams, options?: RequestOptions): Promise<ListAccessRequestsResponse>;

// export listApiKeyQuotas
function listApiKeyQuotas(client: FactifyClient, params?: ListApiKeyQuotasParams, options?: RequestOptions): Promise<ListApiKeyQuotasResponse>;

// export listApiKeys
function listApiKeys(client: FactifyClient, params: ListApiKeysParams, options?: RequestOptions): PageRequest<ApiKey, ListApiKeysResponse>;

// export listDocumentAccess
function listDocumentAccess(client: FactifyClient, params: ListDocumentAccessParams, options?: RequestOptions): Promise<ListDocumentAccessResponse>;

// export listDocumentDuplicates
function listDocumentDuplicates(client: FactifyClient, params: ListDocumentDuplicatesParams, options?: RequestOptions): Promise<ListDocumentDuplicatesResponse>;

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

// export openEnum
function openEnum<const Values extends readonly string[]>(values: Values): OpenEnumSchema<Values>;

// export paginate
function paginate<Input, Output, Item = DefaultItem<Output>>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions, config?: PaginationConfig): PageRequest<Item, Output>;

// export paginationSchema
function paginationSchema(): GenericSchema<Pagination>;

// export processDocument
function processDocument(client: FactifyClient, params: ProcessDocumentParams, options?: RequestOptions): Promise<ProcessDocumentResponse>;

// export removeOrganizationMember
function removeOrganizationMember(client: FactifyClient, params: RemoveOrganizationMemberParams, options?: RequestOptions): Promise<RemoveOrganizationMemberResponse>;

// export request
function request<T = unknown>(client: FactifyClient, spec: RequestSpec, options?: RequestOptions): Promise<T>;

// export resendOrganizationInvite
function resendOrganizationInvite(client: FactifyClient, params: ResendOrganizationInviteParams, options?: RequestOptions): Promise<ResendOrganizationInviteResponse>;

// export responseObject
function responseObject<const Entries extends ObjectEntries>(entries: Entries): LooseObjectSchema<Entries, undefined>;

// export revokeApiKey
function revokeApiKey(client: FactifyClient, params: RevokeApiKeyParams, options?: RequestOptions): Promise<RevokeApiKeyResponse>;

// export revokeDocumentAccess
function revokeDocumentAccess(client: FactifyClient, params: RevokeDocumentAccessParams, options?: RequestOptions): Promise<RevokeDocumentAccessResponse>;

// export revokeOrganizationInvite
function revokeOrganizationInvite(client: FactifyClient, params: RevokeOrganizationInviteParams, options?: RequestOptions): Promise<RevokeOrganizationInviteResponse>;

// export setApiKeyQuota
function setApiKeyQuota(client: FactifyClient, params: SetApiKeyQuotaParams, options?: RequestOptions): Promise<SetApiKeyQuotaResponse>;

// export setGeneralAccess
function setGeneralAccess(client: FactifyClient, params: SetGeneralAccessParams, options?: RequestOptions): Promise<SetGeneralAccessResponse>;

// export transferDocumentOwnership
function transferDocumentOwnership(client: FactifyClient, params: TransferDocumentOwnershipParams, options?: RequestOptions): Promise<TransferDocumentOwnershipResponse>;

// export trashDocument
function trashDocument(client: FactifyClient, params: TrashDocumentParams, options?: RequestOptions): Promise<TrashDocumentResponse>;

// export untrashDocument
function untrashDocument(client: FactifyClient, params: UntrashDocumentParams, options?: RequestOptions): Promise<UntrashDocumentResponse>;

// export updateDocument
function updateDocument(client: FactifyClient, params: UpdateDocumentParams, options?: RequestOptions): Promise<UpdateDocumentResponse>;

// export updateDocumentAccess
function updateDocumentAccess(client: FactifyClient, params: UpdateDocumentAccessParams, options?: RequestOptions): Promise<UpdateDocumentAccessResponse>;

// export updateOrganization
function updateOrganization(client: FactifyClient, params: UpdateOrganizationParams, options?: RequestOptions): Promise<UpdateOrganizationResponse>;

// export updateOrganizationMember
function updateOrganizationMember(client: FactifyClient, params: UpdateOrganizationMemberParams, options?: RequestOptions): Promise<UpdateOrganizationMemberResponse>;

// export updateVersion
function updateVersion(client: FactifyClient, params: UpdateVersionParams, options?: RequestOptions): Promise<UpdateVersionResponse>;

// export upload
function upload<Input, Output>(client: FactifyClient, operation: OperationDescriptor<Input, Output>, input: Input, options?: RequestOptions): Promise<Output>;

// export uploadOrganizationLogo
function uploadOrganizationLogo(client: FactifyClient, params: UploadOrganizationLogoParams, options?: RequestOptions): Promise<UploadOrganizationLogoResponse>;

// export uploadOrganizationLogoBase64
function uploadOrganizationLogoBase64(client: FactifyClient, params: UploadOrganizationLogoBase64Params, options?: RequestOptions): Promise<UploadOrganizationLogoResponse>;

// export uploadable
function uploadable(): GenericSchema<Uploadable>;

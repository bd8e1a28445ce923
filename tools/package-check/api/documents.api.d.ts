// API snapshot of @factify/documents "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessLevel
type AccessLevel = "private" | "organization" | "public";

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

// export ListDocumentDuplicatesParams
interface ListDocumentDuplicatesParams {
    document_id: string;
    file_contents_hash?: string | undefined;
}

// export ListDocumentDuplicatesResponse
interface ListDocumentDuplicatesResponse {
    items?: DuplicateDocument[] | undefined;
}

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

// export Subject
interface Subject {
    id: string;
    name: string;
    type: SubjectType | (string & {});
}

// export SubjectType
type SubjectType = "user" | "bot";

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

// export UntrashDocumentParams
interface UntrashDocumentParams {
    document_id: string;
}

// export UntrashDocumentResponse
type UntrashDocumentResponse = Record<string, unknown>;

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

// export VersionRef
interface VersionRef {
    id: string;
}

// export createDocument
function createDocument(client: FactifyClient, params: CreateDocumentParams, options?: RequestOptions): APIPromise<CreateDocumentResponse>;

// export exportDocument
function exportDocument(client: FactifyClient, params: ExportDocumentParams, options?: RequestOptions): APIPromise<ExportDocumentResponse>;

// export getDocument
function getDocument(client: FactifyClient, params: GetDocumentParams, options?: RequestOptions): APIPromise<GetDocumentResponse>;

// export getDocumentQuota
function getDocumentQuota(client: FactifyClient, params?: GetDocumentQuotaParams, options?: RequestOptions): APIPromise<GetDocumentQuotaResponse>;

// export listDocumentDuplicates
function listDocumentDuplicates(client: FactifyClient, params: ListDocumentDuplicatesParams, options?: RequestOptions): APIPromise<ListDocumentDuplicatesResponse>;

// export listDocuments
function listDocuments(client: FactifyClient, params?: ListDocumentsParams, options?: RequestOptions): PageRequest<Document, ListDocumentsResponse>;

// export processDocument
function processDocument(client: FactifyClient, params: ProcessDocumentParams, options?: RequestOptions): APIPromise<ProcessDocumentResponse>;

// export transferDocumentOwnership
function transferDocumentOwnership(client: FactifyClient, params: TransferDocumentOwnershipParams, options?: RequestOptions): APIPromise<TransferDocumentOwnershipResponse>;

// export trashDocument
function trashDocument(client: FactifyClient, params: TrashDocumentParams, options?: RequestOptions): APIPromise<TrashDocumentResponse>;

// export untrashDocument
function untrashDocument(client: FactifyClient, params: UntrashDocumentParams, options?: RequestOptions): APIPromise<UntrashDocumentResponse>;

// export updateDocument
function updateDocument(client: FactifyClient, params: UpdateDocumentParams, options?: RequestOptions): APIPromise<UpdateDocumentResponse>;

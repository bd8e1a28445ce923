// API snapshot of @factify/documents "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessLevel
type AccessLevel = "private" | "organization" | "public";

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

// export ListDocumentDuplicatesParams
interface ListDocumentDuplicatesParams {
    document_id: string;
    file_contents_hash?: string;
}

// export ListDocumentDuplicatesResponse
interface ListDocumentDuplicatesResponse {
    items?: DuplicateDocument[];
}

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

// export UntrashDocumentParams
interface UntrashDocumentParams {
    document_id: string;
}

// export UntrashDocumentResponse
type UntrashDocumentResponse = Record<string, unknown>;

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

// export VersionRef
interface VersionRef {
    id: string;
}

// export createDocument
function createDocument(client: FactifyClient, params: CreateDocumentParams, options?: RequestOptions): Promise<CreateDocumentResponse>;

// export exportDocument
function exportDocument(client: FactifyClient, params: ExportDocumentParams, options?: RequestOptions): Promise<ExportDocumentResponse>;

// export getDocument
function getDocument(client: FactifyClient, params: GetDocumentParams, options?: RequestOptions): Promise<GetDocumentResponse>;

// export getDocumentQuota
function getDocumentQuota(client: FactifyClient, params?: GetDocumentQuotaParams, options?: RequestOptions): Promise<GetDocumentQuotaResponse>;

// export listDocumentDuplicates
function listDocumentDuplicates(client: FactifyClient, params: ListDocumentDuplicatesParams, options?: RequestOptions): Promise<ListDocumentDuplicatesResponse>;

// export listDocuments
function listDocuments(client: FactifyClient, params?: ListDocumentsParams, options?: RequestOptions): PageRequest<Document, ListDocumentsResponse>;

// export processDocument
function processDocument(client: FactifyClient, params: ProcessDocumentParams, options?: RequestOptions): Promise<ProcessDocumentResponse>;

// export transferDocumentOwnership
function transferDocumentOwnership(client: FactifyClient, params: TransferDocumentOwnershipParams, options?: RequestOptions): Promise<TransferDocumentOwnershipResponse>;

// export trashDocument
function trashDocument(client: FactifyClient, params: TrashDocumentParams, options?: RequestOptions): Promise<TrashDocumentResponse>;

// export untrashDocument
function untrashDocument(client: FactifyClient, params: UntrashDocumentParams, options?: RequestOptions): Promise<UntrashDocumentResponse>;

// export updateDocument
function updateDocument(client: FactifyClient, params: UpdateDocumentParams, options?: RequestOptions): Promise<UpdateDocumentResponse>;

// API snapshot of @factify/access-requests "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

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

// export ApproveAccessRequestParams
interface ApproveAccessRequestParams {
    document_id: string;
    access_request_id: string;
}

// export ApproveAccessRequestResponse
interface ApproveAccessRequestResponse {
    access_request: AccessRequest;
}

// export CheckAccessRequestStatusParams
interface CheckAccessRequestStatusParams {
    document_id: string;
}

// export CheckAccessRequestStatusResponse
interface CheckAccessRequestStatusResponse {
    has_pending_request?: boolean;
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

// export DenyAccessRequestParams
interface DenyAccessRequestParams {
    document_id: string;
    access_request_id: string;
}

// export DenyAccessRequestResponse
interface DenyAccessRequestResponse {
    access_request: AccessRequest;
}

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

// export ListAccessRequestsParams
interface ListAccessRequestsParams {
    document_id: string;
}

// export ListAccessRequestsResponse
interface ListAccessRequestsResponse {
    has_more?: boolean;
    items?: AccessRequest[];
}

// export Subject
interface Subject {
    id: string;
    name: string;
    type: SubjectType | (string & {});
}

// export SubjectType
type SubjectType = "user" | "bot";

// export approveAccessRequest
function approveAccessRequest(client: FactifyClient, params: ApproveAccessRequestParams, options?: RequestOptions): Promise<ApproveAccessRequestResponse>;

// export checkAccessRequestStatus
function checkAccessRequestStatus(client: FactifyClient, params: CheckAccessRequestStatusParams, options?: RequestOptions): Promise<CheckAccessRequestStatusResponse>;

// export createAccessRequest
function createAccessRequest(client: FactifyClient, params: CreateAccessRequestParams, options?: RequestOptions): Promise<CreateAccessRequestResponse>;

// export denyAccessRequest
function denyAccessRequest(client: FactifyClient, params: DenyAccessRequestParams, options?: RequestOptions): Promise<DenyAccessRequestResponse>;

// export inspectDocumentAccess
function inspectDocumentAccess(client: FactifyClient, params: InspectDocumentAccessParams, options?: RequestOptions): Promise<InspectDocumentAccessResponse>;

// export listAccessRequests
function listAccessRequests(client: FactifyClient, params: ListAccessRequestsParams, options?: RequestOptions): Promise<ListAccessRequestsResponse>;

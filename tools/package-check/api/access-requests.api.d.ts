// API snapshot of @factify/access-requests "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

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
    has_pending_request?: boolean | undefined;
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

// export ListAccessRequestsParams
interface ListAccessRequestsParams {
    document_id: string;
}

// export ListAccessRequestsResponse
interface ListAccessRequestsResponse {
    has_more?: boolean | undefined;
    items?: AccessRequest[] | undefined;
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
function approveAccessRequest(client: FactifyClient, params: ApproveAccessRequestParams, options?: RequestOptions): APIPromise<ApproveAccessRequestResponse>;

// export checkAccessRequestStatus
function checkAccessRequestStatus(client: FactifyClient, params: CheckAccessRequestStatusParams, options?: RequestOptions): APIPromise<CheckAccessRequestStatusResponse>;

// export createAccessRequest
function createAccessRequest(client: FactifyClient, params: CreateAccessRequestParams, options?: RequestOptions): APIPromise<CreateAccessRequestResponse>;

// export denyAccessRequest
function denyAccessRequest(client: FactifyClient, params: DenyAccessRequestParams, options?: RequestOptions): APIPromise<DenyAccessRequestResponse>;

// export inspectDocumentAccess
function inspectDocumentAccess(client: FactifyClient, params: InspectDocumentAccessParams, options?: RequestOptions): APIPromise<InspectDocumentAccessResponse>;

// export listAccessRequests
function listAccessRequests(client: FactifyClient, params: ListAccessRequestsParams, options?: RequestOptions): APIPromise<ListAccessRequestsResponse>;

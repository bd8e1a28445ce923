// API snapshot of @factify/policies "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AttachDocumentPolicyParams
interface AttachDocumentPolicyParams {
    document_id: string;
    policy_id: string;
}

// export AttachDocumentPolicyResponse
type AttachDocumentPolicyResponse = DocumentPolicy;

// export DetachDocumentPolicyParams
interface DetachDocumentPolicyParams {
    document_id: string;
    policy_id: string;
}

// export DetachDocumentPolicyResponse
type DetachDocumentPolicyResponse = Empty;

// export DocumentPolicy
interface DocumentPolicy {
    attached_at: string;
    document_id: string;
    policy: Policy;
}

// export Empty
type Empty = Record<string, unknown>;

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

// export attachDocumentPolicy
function attachDocumentPolicy(client: FactifyClient, params: AttachDocumentPolicyParams, options?: RequestOptions): APIPromise<AttachDocumentPolicyResponse>;

// export detachDocumentPolicy
function detachDocumentPolicy(client: FactifyClient, params: DetachDocumentPolicyParams, options?: RequestOptions): APIPromise<DetachDocumentPolicyResponse>;

// export listDocumentPolicies
function listDocumentPolicies(client: FactifyClient, params: ListDocumentPoliciesParams, options?: RequestOptions): PageRequest<DocumentPolicy, ListDocumentPoliciesResponse>;

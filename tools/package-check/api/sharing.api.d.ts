// API snapshot of @factify/sharing "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessGrantResult
interface AccessGrantResult {
    error?: string | undefined;
    recipient?: string | undefined;
    success?: boolean | undefined;
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

// export DocumentRole
type DocumentRole = "viewer" | "commenter" | "collaborator" | "admin" | "owner";

// export GeneralAccessLevel
type GeneralAccessLevel = "restricted" | "organization" | "anyone_with_link";

// export GetGeneralAccessParams
interface GetGeneralAccessParams {
    document_id: string;
}

// export GetGeneralAccessResponse
interface GetGeneralAccessResponse {
    document_id?: string | undefined;
    general_access_level?: GeneralAccessLevel | (string & {}) | undefined;
}

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

// export createShareLink
function createShareLink(client: FactifyClient, params: CreateShareLinkParams, options?: RequestOptions): APIPromise<CreateShareLinkResponse>;

// export getGeneralAccess
function getGeneralAccess(client: FactifyClient, params: GetGeneralAccessParams, options?: RequestOptions): APIPromise<GetGeneralAccessResponse>;

// export grantDocumentAccess
function grantDocumentAccess(client: FactifyClient, params: GrantDocumentAccessParams, options?: RequestOptions): APIPromise<GrantDocumentAccessResponse>;

// export listDocumentAccess
function listDocumentAccess(client: FactifyClient, params: ListDocumentAccessParams, options?: RequestOptions): APIPromise<ListDocumentAccessResponse>;

// export revokeDocumentAccess
function revokeDocumentAccess(client: FactifyClient, params: RevokeDocumentAccessParams, options?: RequestOptions): APIPromise<RevokeDocumentAccessResponse>;

// export setGeneralAccess
function setGeneralAccess(client: FactifyClient, params: SetGeneralAccessParams, options?: RequestOptions): APIPromise<SetGeneralAccessResponse>;

// export updateDocumentAccess
function updateDocumentAccess(client: FactifyClient, params: UpdateDocumentAccessParams, options?: RequestOptions): APIPromise<UpdateDocumentAccessResponse>;

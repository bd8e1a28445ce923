// API snapshot of @factify/sharing "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessGrantResult
interface AccessGrantResult {
    error?: string;
    recipient?: string;
    success?: boolean;
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
    document_id?: string;
    general_access_level?: GeneralAccessLevel | (string & {});
}

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

// export createShareLink
function createShareLink(client: FactifyClient, params: CreateShareLinkParams, options?: RequestOptions): Promise<CreateShareLinkResponse>;

// export getGeneralAccess
function getGeneralAccess(client: FactifyClient, params: GetGeneralAccessParams, options?: RequestOptions): Promise<GetGeneralAccessResponse>;

// export grantDocumentAccess
function grantDocumentAccess(client: FactifyClient, params: GrantDocumentAccessParams, options?: RequestOptions): Promise<GrantDocumentAccessResponse>;

// export listDocumentAccess
function listDocumentAccess(client: FactifyClient, params: ListDocumentAccessParams, options?: RequestOptions): Promise<ListDocumentAccessResponse>;

// export revokeDocumentAccess
function revokeDocumentAccess(client: FactifyClient, params: RevokeDocumentAccessParams, options?: RequestOptions): Promise<RevokeDocumentAccessResponse>;

// export setGeneralAccess
function setGeneralAccess(client: FactifyClient, params: SetGeneralAccessParams, options?: RequestOptions): Promise<SetGeneralAccessResponse>;

// export updateDocumentAccess
function updateDocumentAccess(client: FactifyClient, params: UpdateDocumentAccessParams, options?: RequestOptions): Promise<UpdateDocumentAccessResponse>;

// API snapshot of @factify/organizations "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AcceptOrganizationInviteParams
interface AcceptOrganizationInviteParams {
    organization_id: string;
    token: string;
}

// export AcceptOrganizationInviteResponse
interface AcceptOrganizationInviteResponse {
    organization: Organization;
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

// export GetOrganizationResponse
interface GetOrganizationResponse {
    organization: Organization;
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

// export RemoveOrganizationMemberParams
interface RemoveOrganizationMemberParams {
    organization_id: string;
    user_id: string;
}

// export RemoveOrganizationMemberResponse
type RemoveOrganizationMemberResponse = Record<string, unknown>;

// export ResendOrganizationInviteParams
interface ResendOrganizationInviteParams {
    organization_id: string;
    invite_id: string;
}

// export ResendOrganizationInviteResponse
interface ResendOrganizationInviteResponse {
    invite: OrganizationInvite;
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

// export User
interface User {
    email: string;
    family_name?: string | null | undefined;
    given_name?: string | null | undefined;
    id: string;
    name: string;
    profile_image_url?: string | null | undefined;
}

// export acceptOrganizationInvite
function acceptOrganizationInvite(client: FactifyClient, params: AcceptOrganizationInviteParams, options?: RequestOptions): APIPromise<AcceptOrganizationInviteResponse>;

// export addOrganizationMember
function addOrganizationMember(client: FactifyClient, params: AddOrganizationMemberParams, options?: RequestOptions): APIPromise<AddOrganizationMemberResponse>;

// export createOrganization
function createOrganization(client: FactifyClient, params: CreateOrganizationParams, options?: RequestOptions): APIPromise<CreateOrganizationResponse>;

// export createOrganizationInvite
function createOrganizationInvite(client: FactifyClient, params: CreateOrganizationInviteParams, options?: RequestOptions): APIPromise<CreateOrganizationInviteResponse>;

// export getOrganization
function getOrganization(client: FactifyClient, params: GetOrganizationParams, options?: RequestOptions): APIPromise<GetOrganizationResponse>;

// export getOrganizationPublicProfile
function getOrganizationPublicProfile(client: FactifyClient, params: GetOrganizationPublicProfileParams, options?: RequestOptions): APIPromise<GetOrganizationPublicProfileResponse>;

// export listOrganizationInvites
function listOrganizationInvites(client: FactifyClient, params: ListOrganizationInvitesParams, options?: RequestOptions): PageRequest<OrganizationInvite, ListOrganizationInvitesResponse>;

// export listOrganizationMembers
function listOrganizationMembers(client: FactifyClient, params: ListOrganizationMembersParams, options?: RequestOptions): PageRequest<OrganizationMember, ListOrganizationMembersResponse>;

// export listOrganizations
function listOrganizations(client: FactifyClient, params?: ListOrganizationsParams, options?: RequestOptions): PageRequest<Organization, ListOrganizationsResponse>;

// export removeOrganizationMember
function removeOrganizationMember(client: FactifyClient, params: RemoveOrganizationMemberParams, options?: RequestOptions): APIPromise<RemoveOrganizationMemberResponse>;

// export resendOrganizationInvite
function resendOrganizationInvite(client: FactifyClient, params: ResendOrganizationInviteParams, options?: RequestOptions): APIPromise<ResendOrganizationInviteResponse>;

// export revokeOrganizationInvite
function revokeOrganizationInvite(client: FactifyClient, params: RevokeOrganizationInviteParams, options?: RequestOptions): APIPromise<RevokeOrganizationInviteResponse>;

// export updateOrganization
function updateOrganization(client: FactifyClient, params: UpdateOrganizationParams, options?: RequestOptions): APIPromise<UpdateOrganizationResponse>;

// export updateOrganizationMember
function updateOrganizationMember(client: FactifyClient, params: UpdateOrganizationMemberParams, options?: RequestOptions): APIPromise<UpdateOrganizationMemberResponse>;

// export uploadOrganizationLogo
function uploadOrganizationLogo(client: FactifyClient, params: UploadOrganizationLogoParams, options?: RequestOptions): APIPromise<UploadOrganizationLogoResponse>;

// export uploadOrganizationLogoBase64
function uploadOrganizationLogoBase64(client: FactifyClient, params: UploadOrganizationLogoBase64Params, options?: RequestOptions): APIPromise<UploadOrganizationLogoResponse>;

// API snapshot of @factify/organizations "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AcceptOrganizationInviteParamsSchema
const AcceptOrganizationInviteParamsSchema: GenericSchema<AcceptOrganizationInviteParams>;

// export AcceptOrganizationInviteResponseSchema
const AcceptOrganizationInviteResponseSchema: GenericSchema<unknown, AcceptOrganizationInviteResponse>;

// export AddOrganizationMemberParamsSchema
const AddOrganizationMemberParamsSchema: GenericSchema<AddOrganizationMemberParams>;

// export AddOrganizationMemberResponseSchema
const AddOrganizationMemberResponseSchema: GenericSchema<unknown, AddOrganizationMemberResponse>;

// export CreateOrganizationInviteParamsSchema
const CreateOrganizationInviteParamsSchema: GenericSchema<CreateOrganizationInviteParams>;

// export CreateOrganizationInviteResponseSchema
const CreateOrganizationInviteResponseSchema: GenericSchema<unknown, CreateOrganizationInviteResponse>;

// export CreateOrganizationParamsSchema
const CreateOrganizationParamsSchema: GenericSchema<CreateOrganizationParams>;

// export CreateOrganizationResponseSchema
const CreateOrganizationResponseSchema: GenericSchema<unknown, CreateOrganizationResponse>;

// export GetOrganizationParamsSchema
const GetOrganizationParamsSchema: GenericSchema<GetOrganizationParams>;

// export GetOrganizationPublicProfileParamsSchema
const GetOrganizationPublicProfileParamsSchema: GenericSchema<GetOrganizationPublicProfileParams>;

// export GetOrganizationPublicProfileResponseSchema
const GetOrganizationPublicProfileResponseSchema: GenericSchema<unknown, GetOrganizationPublicProfileResponse>;

// export GetOrganizationResponseSchema
const GetOrganizationResponseSchema: GenericSchema<unknown, GetOrganizationResponse>;

// export ListOrganizationInvitesParamsSchema
const ListOrganizationInvitesParamsSchema: GenericSchema<ListOrganizationInvitesParams>;

// export ListOrganizationInvitesResponseSchema
const ListOrganizationInvitesResponseSchema: GenericSchema<unknown, ListOrganizationInvitesResponse>;

// export ListOrganizationMembersParamsSchema
const ListOrganizationMembersParamsSchema: GenericSchema<ListOrganizationMembersParams>;

// export ListOrganizationMembersResponseSchema
const ListOrganizationMembersResponseSchema: GenericSchema<unknown, ListOrganizationMembersResponse>;

// export ListOrganizationsParamsSchema
const ListOrganizationsParamsSchema: GenericSchema<ListOrganizationsParams>;

// export ListOrganizationsResponseSchema
const ListOrganizationsResponseSchema: GenericSchema<unknown, ListOrganizationsResponse>;

// export OrganizationInviteSchema
const OrganizationInviteSchema: GenericSchema<unknown, OrganizationInvite>;

// export OrganizationInviteStatusSchema
const OrganizationInviteStatusSchema: GenericSchema<unknown, OrganizationInviteStatus | (string & {})>;

// export OrganizationInviteStatusValues
const OrganizationInviteStatusValues: readonly [
    "pending",
    "accepted",
    "expired",
    "revoked"
];

// export OrganizationMemberSchema
const OrganizationMemberSchema: GenericSchema<unknown, OrganizationMember>;

// export OrganizationRoleSchema
const OrganizationRoleSchema: GenericSchema<unknown, OrganizationRole | (string & {})>;

// export OrganizationRoleValues
const OrganizationRoleValues: readonly [
    "owner",
    "admin",
    "member"
];

// export OrganizationSchema
const OrganizationSchema: GenericSchema<unknown, Organization>;

// export PaginationSchema
const PaginationSchema: GenericSchema<unknown, Pagination>;

// export RemoveOrganizationMemberParamsSchema
const RemoveOrganizationMemberParamsSchema: GenericSchema<RemoveOrganizationMemberParams>;

// export RemoveOrganizationMemberResponseSchema
const RemoveOrganizationMemberResponseSchema: GenericSchema<unknown, RemoveOrganizationMemberResponse>;

// export ResendOrganizationInviteParamsSchema
const ResendOrganizationInviteParamsSchema: GenericSchema<ResendOrganizationInviteParams>;

// export ResendOrganizationInviteResponseSchema
const ResendOrganizationInviteResponseSchema: GenericSchema<unknown, ResendOrganizationInviteResponse>;

// export RevokeOrganizationInviteParamsSchema
const RevokeOrganizationInviteParamsSchema: GenericSchema<RevokeOrganizationInviteParams>;

// export RevokeOrganizationInviteResponseSchema
const RevokeOrganizationInviteResponseSchema: GenericSchema<unknown, RevokeOrganizationInviteResponse>;

// export UpdateOrganizationMemberParamsSchema
const UpdateOrganizationMemberParamsSchema: GenericSchema<UpdateOrganizationMemberParams>;

// export UpdateOrganizationMemberResponseSchema
const UpdateOrganizationMemberResponseSchema: GenericSchema<unknown, UpdateOrganizationMemberResponse>;

// export UpdateOrganizationParamsSchema
const UpdateOrganizationParamsSchema: GenericSchema<UpdateOrganizationParams>;

// export UpdateOrganizationResponseSchema
const UpdateOrganizationResponseSchema: GenericSchema<unknown, UpdateOrganizationResponse>;

// export UploadOrganizationLogoBase64ParamsSchema
const UploadOrganizationLogoBase64ParamsSchema: GenericSchema<UploadOrganizationLogoBase64Params>;

// export UploadOrganizationLogoResponseSchema
const UploadOrganizationLogoResponseSchema: GenericSchema<unknown, UploadOrganizationLogoResponse>;

// export UserSchema
const UserSchema: GenericSchema<unknown, User>;

// export acceptOrganizationInviteOperation
const acceptOrganizationInviteOperation: OperationDescriptor<AcceptOrganizationInviteParams, AcceptOrganizationInviteResponse>;

// export addOrganizationMemberOperation
const addOrganizationMemberOperation: OperationDescriptor<AddOrganizationMemberParams, AddOrganizationMemberResponse>;

// export createOrganizationInviteOperation
const createOrganizationInviteOperation: OperationDescriptor<CreateOrganizationInviteParams, CreateOrganizationInviteResponse>;

// export createOrganizationOperation
const createOrganizationOperation: OperationDescriptor<CreateOrganizationParams, CreateOrganizationResponse>;

// export getOrganizationOperation
const getOrganizationOperation: OperationDescriptor<GetOrganizationParams, GetOrganizationResponse>;

// export getOrganizationPublicProfileOperation
const getOrganizationPublicProfileOperation: OperationDescriptor<GetOrganizationPublicProfileParams, GetOrganizationPublicProfileResponse>;

// export listOrganizationInvitesOperation
const listOrganizationInvitesOperation: OperationDescriptor<ListOrganizationInvitesParams, ListOrganizationInvitesResponse>;

// export listOrganizationMembersOperation
const listOrganizationMembersOperation: OperationDescriptor<ListOrganizationMembersParams, ListOrganizationMembersResponse>;

// export listOrganizationsOperation
const listOrganizationsOperation: OperationDescriptor<ListOrganizationsParams, ListOrganizationsResponse>;

// export removeOrganizationMemberOperation
const removeOrganizationMemberOperation: OperationDescriptor<RemoveOrganizationMemberParams, RemoveOrganizationMemberResponse>;

// export resendOrganizationInviteOperation
const resendOrganizationInviteOperation: OperationDescriptor<ResendOrganizationInviteParams, ResendOrganizationInviteResponse>;

// export revokeOrganizationInviteOperation
const revokeOrganizationInviteOperation: OperationDescriptor<RevokeOrganizationInviteParams, RevokeOrganizationInviteResponse>;

// export updateOrganizationMemberOperation
const updateOrganizationMemberOperation: OperationDescriptor<UpdateOrganizationMemberParams, UpdateOrganizationMemberResponse>;

// export updateOrganizationOperation
const updateOrganizationOperation: OperationDescriptor<UpdateOrganizationParams, UpdateOrganizationResponse>;

// export uploadOrganizationLogoOperation
const uploadOrganizationLogoOperation: OperationDescriptor<UploadOrganizationLogoBase64Params, UploadOrganizationLogoResponse>;

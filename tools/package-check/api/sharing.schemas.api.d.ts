// API snapshot of @factify/sharing "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessGrantResultSchema
const AccessGrantResultSchema: GenericSchema<unknown, AccessGrantResult>;

// export CreateShareLinkParamsSchema
const CreateShareLinkParamsSchema: GenericSchema<CreateShareLinkParams>;

// export CreateShareLinkResponseSchema
const CreateShareLinkResponseSchema: GenericSchema<unknown, CreateShareLinkResponse>;

// export DocumentRoleSchema
const DocumentRoleSchema: GenericSchema<unknown, DocumentRole | (string & {})>;

// export DocumentRoleValues
const DocumentRoleValues: readonly [
    "viewer",
    "commenter",
    "collaborator",
    "admin",
    "owner"
];

// export GeneralAccessLevelSchema
const GeneralAccessLevelSchema: GenericSchema<unknown, GeneralAccessLevel | (string & {})>;

// export GeneralAccessLevelValues
const GeneralAccessLevelValues: readonly [
    "restricted",
    "organization",
    "anyone_with_link"
];

// export GetGeneralAccessParamsSchema
const GetGeneralAccessParamsSchema: GenericSchema<GetGeneralAccessParams>;

// export GetGeneralAccessResponseSchema
const GetGeneralAccessResponseSchema: GenericSchema<unknown, GetGeneralAccessResponse>;

// export GrantDocumentAccessParamsSchema
const GrantDocumentAccessParamsSchema: GenericSchema<GrantDocumentAccessParams>;

// export GrantDocumentAccessResponseSchema
const GrantDocumentAccessResponseSchema: GenericSchema<unknown, GrantDocumentAccessResponse>;

// export ListDocumentAccessParamsSchema
const ListDocumentAccessParamsSchema: GenericSchema<ListDocumentAccessParams>;

// export ListDocumentAccessResponseSchema
const ListDocumentAccessResponseSchema: GenericSchema<unknown, ListDocumentAccessResponse>;

// export RecipientSchema
const RecipientSchema: GenericSchema<unknown, Recipient>;

// export RecipientTypeSchema
const RecipientTypeSchema: GenericSchema<unknown, RecipientType | (string & {})>;

// export RecipientTypeValues
const RecipientTypeValues: readonly [
    "user",
    "bot",
    "organization"
];

// export RevokeDocumentAccessParamsSchema
const RevokeDocumentAccessParamsSchema: GenericSchema<RevokeDocumentAccessParams>;

// export RevokeDocumentAccessResponseSchema
const RevokeDocumentAccessResponseSchema: GenericSchema<unknown, RevokeDocumentAccessResponse>;

// export SetGeneralAccessParamsSchema
const SetGeneralAccessParamsSchema: GenericSchema<SetGeneralAccessParams>;

// export SetGeneralAccessResponseSchema
const SetGeneralAccessResponseSchema: GenericSchema<unknown, SetGeneralAccessResponse>;

// export ShareLinkSchema
const ShareLinkSchema: GenericSchema<unknown, ShareLink>;

// export UpdateDocumentAccessParamsSchema
const UpdateDocumentAccessParamsSchema: GenericSchema<UpdateDocumentAccessParams>;

// export UpdateDocumentAccessResponseSchema
const UpdateDocumentAccessResponseSchema: GenericSchema<unknown, UpdateDocumentAccessResponse>;

// export createShareLinkOperation
const createShareLinkOperation: OperationDescriptor<CreateShareLinkParams, CreateShareLinkResponse>;

// export getGeneralAccessOperation
const getGeneralAccessOperation: OperationDescriptor<GetGeneralAccessParams, GetGeneralAccessResponse>;

// export grantDocumentAccessOperation
const grantDocumentAccessOperation: OperationDescriptor<GrantDocumentAccessParams, GrantDocumentAccessResponse>;

// export listDocumentAccessOperation
const listDocumentAccessOperation: OperationDescriptor<ListDocumentAccessParams, ListDocumentAccessResponse>;

// export revokeDocumentAccessOperation
const revokeDocumentAccessOperation: OperationDescriptor<RevokeDocumentAccessParams, RevokeDocumentAccessResponse>;

// export setGeneralAccessOperation
const setGeneralAccessOperation: OperationDescriptor<SetGeneralAccessParams, SetGeneralAccessResponse>;

// export updateDocumentAccessOperation
const updateDocumentAccessOperation: OperationDescriptor<UpdateDocumentAccessParams, UpdateDocumentAccessResponse>;

// API snapshot of @factify/access-requests "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessRequestPermissionSchema
const AccessRequestPermissionSchema: GenericSchema<unknown, AccessRequestPermission | (string & {})>;

// export AccessRequestPermissionValues
const AccessRequestPermissionValues: readonly [
    "view",
    "edit",
    "comment"
];

// export AccessRequestSchema
const AccessRequestSchema: GenericSchema<unknown, AccessRequest>;

// export AccessRequestStatusSchema
const AccessRequestStatusSchema: GenericSchema<unknown, AccessRequestStatus | (string & {})>;

// export AccessRequestStatusValues
const AccessRequestStatusValues: readonly [
    "pending",
    "approved",
    "denied"
];

// export ApproveAccessRequestParamsSchema
const ApproveAccessRequestParamsSchema: GenericSchema<ApproveAccessRequestParams>;

// export ApproveAccessRequestResponseSchema
const ApproveAccessRequestResponseSchema: GenericSchema<unknown, ApproveAccessRequestResponse>;

// export CheckAccessRequestStatusParamsSchema
const CheckAccessRequestStatusParamsSchema: GenericSchema<CheckAccessRequestStatusParams>;

// export CheckAccessRequestStatusResponseSchema
const CheckAccessRequestStatusResponseSchema: GenericSchema<unknown, CheckAccessRequestStatusResponse>;

// export CreateAccessRequestParamsSchema
const CreateAccessRequestParamsSchema: GenericSchema<CreateAccessRequestParams>;

// export CreateAccessRequestResponseSchema
const CreateAccessRequestResponseSchema: GenericSchema<unknown, CreateAccessRequestResponse>;

// export DenyAccessRequestParamsSchema
const DenyAccessRequestParamsSchema: GenericSchema<DenyAccessRequestParams>;

// export DenyAccessRequestResponseSchema
const DenyAccessRequestResponseSchema: GenericSchema<unknown, DenyAccessRequestResponse>;

// export DocumentPermissionSetSchema
const DocumentPermissionSetSchema: GenericSchema<unknown, DocumentPermissionSet>;

// export InspectAccessResponseSchema
const InspectAccessResponseSchema: GenericSchema<unknown, InspectAccessResponse>;

// export InspectDocumentAccessParamsSchema
const InspectDocumentAccessParamsSchema: GenericSchema<InspectDocumentAccessParams>;

// export ListAccessRequestsParamsSchema
const ListAccessRequestsParamsSchema: GenericSchema<ListAccessRequestsParams>;

// export ListAccessRequestsResponseSchema
const ListAccessRequestsResponseSchema: GenericSchema<unknown, ListAccessRequestsResponse>;

// export SubjectSchema
const SubjectSchema: GenericSchema<unknown, Subject>;

// export SubjectTypeSchema
const SubjectTypeSchema: GenericSchema<unknown, SubjectType | (string & {})>;

// export SubjectTypeValues
const SubjectTypeValues: readonly [
    "user",
    "bot"
];

// export approveAccessRequestOperation
const approveAccessRequestOperation: OperationDescriptor<ApproveAccessRequestParams, ApproveAccessRequestResponse>;

// export checkAccessRequestStatusOperation
const checkAccessRequestStatusOperation: OperationDescriptor<CheckAccessRequestStatusParams, CheckAccessRequestStatusResponse>;

// export createAccessRequestOperation
const createAccessRequestOperation: OperationDescriptor<CreateAccessRequestParams, CreateAccessRequestResponse>;

// export denyAccessRequestOperation
const denyAccessRequestOperation: OperationDescriptor<DenyAccessRequestParams, DenyAccessRequestResponse>;

// export inspectDocumentAccessOperation
const inspectDocumentAccessOperation: OperationDescriptor<InspectDocumentAccessParams, InspectDocumentAccessResponse>;

// export listAccessRequestsOperation
const listAccessRequestsOperation: OperationDescriptor<ListAccessRequestsParams, ListAccessRequestsResponse>;

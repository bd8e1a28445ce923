// API snapshot of @factify/documents "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AccessLevelSchema
const AccessLevelSchema: GenericSchema<unknown, AccessLevel | (string & {})>;

// export AccessLevelValues
const AccessLevelValues: readonly [
    "private",
    "organization",
    "public"
];

// export CreateDocumentParamsSchema
const CreateDocumentParamsSchema: GenericSchema<CreateDocumentParams>;

// export CreateDocumentResponseSchema
const CreateDocumentResponseSchema: GenericSchema<unknown, CreateDocumentResponse>;

// export DocumentOwnershipValues
const DocumentOwnershipValues: readonly [
    "owned",
    "not_owned"
];

// export DocumentPermissionSetSchema
const DocumentPermissionSetSchema: GenericSchema<unknown, DocumentPermissionSet>;

// export DocumentSchema
const DocumentSchema: GenericSchema<unknown, Document>;

// export DocumentTrashStateValues
const DocumentTrashStateValues: readonly [
    "active",
    "trashed"
];

// export DuplicateDocumentSchema
const DuplicateDocumentSchema: GenericSchema<unknown, DuplicateDocument>;

// export ExportDocumentParamsSchema
const ExportDocumentParamsSchema: GenericSchema<ExportDocumentParams>;

// export ExportDocumentResponseSchema
const ExportDocumentResponseSchema: GenericSchema<unknown, ExportDocumentResponse>;

// export GetDocumentParamsSchema
const GetDocumentParamsSchema: GenericSchema<GetDocumentParams>;

// export GetDocumentQuotaParamsSchema
const GetDocumentQuotaParamsSchema: GenericSchema<GetDocumentQuotaParams>;

// export GetDocumentQuotaResponseSchema
const GetDocumentQuotaResponseSchema: GenericSchema<unknown, GetDocumentQuotaResponse>;

// export GetDocumentResponseSchema
const GetDocumentResponseSchema: GenericSchema<unknown, GetDocumentResponse>;

// export ListDocumentDuplicatesParamsSchema
const ListDocumentDuplicatesParamsSchema: GenericSchema<ListDocumentDuplicatesParams>;

// export ListDocumentDuplicatesResponseSchema
const ListDocumentDuplicatesResponseSchema: GenericSchema<unknown, ListDocumentDuplicatesResponse>;

// export ListDocumentsParamsSchema
const ListDocumentsParamsSchema: GenericSchema<ListDocumentsParams>;

// export ListDocumentsResponseSchema
const ListDocumentsResponseSchema: GenericSchema<unknown, ListDocumentsResponse>;

// export PaginationSchema
const PaginationSchema: GenericSchema<unknown, Pagination>;

// export ProcessDocumentParamsSchema
const ProcessDocumentParamsSchema: GenericSchema<ProcessDocumentParams>;

// export ProcessDocumentResponseSchema
const ProcessDocumentResponseSchema: GenericSchema<unknown, ProcessDocumentResponse>;

// export ProcessingOutcomeSchema
const ProcessingOutcomeSchema: GenericSchema<unknown, ProcessingOutcome | (string & {})>;

// export ProcessingOutcomeValues
const ProcessingOutcomeValues: readonly [
    "PROCESSING_OUTCOME_UNSPECIFIED",
    "PROCESSING_OUTCOME_STARTED",
    "PROCESSING_OUTCOME_ALREADY_PROCESSING",
    "PROCESSING_OUTCOME_ALREADY_COMPLETED",
    "PROCESSING_OUTCOME_FAILED"
];

// export ProcessingStatusSchema
const ProcessingStatusSchema: GenericSchema<unknown, ProcessingStatus | (string & {})>;

// export ProcessingStatusValues
const ProcessingStatusValues: readonly [
    "processing",
    "ready",
    "failed"
];

// export SubjectSchema
const SubjectSchema: GenericSchema<unknown, Subject>;

// export SubjectTypeSchema
const SubjectTypeSchema: GenericSchema<unknown, SubjectType | (string & {})>;

// export SubjectTypeValues
const SubjectTypeValues: readonly [
    "user",
    "bot"
];

// export TransferDocumentOwnershipParamsSchema
const TransferDocumentOwnershipParamsSchema: GenericSchema<TransferDocumentOwnershipParams>;

// export TransferDocumentOwnershipResponseSchema
const TransferDocumentOwnershipResponseSchema: GenericSchema<unknown, TransferDocumentOwnershipResponse>;

// export TrashDocumentParamsSchema
const TrashDocumentParamsSchema: GenericSchema<TrashDocumentParams>;

// export TrashDocumentResponseSchema
const TrashDocumentResponseSchema: GenericSchema<unknown, TrashDocumentResponse>;

// export UntrashDocumentParamsSchema
const UntrashDocumentParamsSchema: GenericSchema<UntrashDocumentParams>;

// export UntrashDocumentResponseSchema
const UntrashDocumentResponseSchema: GenericSchema<unknown, UntrashDocumentResponse>;

// export UpdateDocumentParamsSchema
const UpdateDocumentParamsSchema: GenericSchema<UpdateDocumentParams>;

// export UpdateDocumentResponseSchema
const UpdateDocumentResponseSchema: GenericSchema<unknown, UpdateDocumentResponse>;

// export VersionRefSchema
const VersionRefSchema: GenericSchema<unknown, VersionRef>;

// export createDocumentOperation
const createDocumentOperation: OperationDescriptor<CreateDocumentParams, CreateDocumentResponse>;

// export exportDocumentOperation
const exportDocumentOperation: OperationDescriptor<ExportDocumentParams, ExportDocumentResponse>;

// export getDocumentOperation
const getDocumentOperation: OperationDescriptor<GetDocumentParams, GetDocumentResponse>;

// export getDocumentQuotaOperation
const getDocumentQuotaOperation: OperationDescriptor<GetDocumentQuotaParams, GetDocumentQuotaResponse>;

// export listDocumentDuplicatesOperation
const listDocumentDuplicatesOperation: OperationDescriptor<ListDocumentDuplicatesParams, ListDocumentDuplicatesResponse>;

// export listDocumentsOperation
const listDocumentsOperation: OperationDescriptor<ListDocumentsParams, ListDocumentsResponse>;

// export processDocumentOperation
const processDocumentOperation: OperationDescriptor<ProcessDocumentParams, ProcessDocumentResponse>;

// export transferDocumentOwnershipOperation
const transferDocumentOwnershipOperation: OperationDescriptor<TransferDocumentOwnershipParams, TransferDocumentOwnershipResponse>;

// export trashDocumentOperation
const trashDocumentOperation: OperationDescriptor<TrashDocumentParams, TrashDocumentResponse>;

// export untrashDocumentOperation
const untrashDocumentOperation: OperationDescriptor<UntrashDocumentParams, UntrashDocumentResponse>;

// export updateDocumentOperation
const updateDocumentOperation: OperationDescriptor<UpdateDocumentParams, UpdateDocumentResponse>;

// API snapshot of @factify/policies "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export AttachDocumentPolicyParamsSchema
const AttachDocumentPolicyParamsSchema: GenericSchema<AttachDocumentPolicyParams>;

// export DetachDocumentPolicyParamsSchema
const DetachDocumentPolicyParamsSchema: GenericSchema<DetachDocumentPolicyParams>;

// export DocumentPolicySchema
const DocumentPolicySchema: GenericSchema<unknown, DocumentPolicy>;

// export EmptySchema
const EmptySchema: GenericSchema<unknown, Empty>;

// export ListDocumentPoliciesParamsSchema
const ListDocumentPoliciesParamsSchema: GenericSchema<ListDocumentPoliciesParams>;

// export ListDocumentPoliciesResponseSchema
const ListDocumentPoliciesResponseSchema: GenericSchema<unknown, ListDocumentPoliciesResponse>;

// export PaginationSchema
const PaginationSchema: GenericSchema<unknown, Pagination>;

// export PolicySchema
const PolicySchema: GenericSchema<unknown, Policy>;

// export attachDocumentPolicyOperation
const attachDocumentPolicyOperation: OperationDescriptor<AttachDocumentPolicyParams, AttachDocumentPolicyResponse>;

// export detachDocumentPolicyOperation
const detachDocumentPolicyOperation: OperationDescriptor<DetachDocumentPolicyParams, DetachDocumentPolicyResponse>;

// export listDocumentPoliciesOperation
const listDocumentPoliciesOperation: OperationDescriptor<ListDocumentPoliciesParams, ListDocumentPoliciesResponse>;

// API snapshot of @factify/entry-pages "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export GenerateDocumentEntryPageParamsSchema
const GenerateDocumentEntryPageParamsSchema: GenericSchema<GenerateDocumentEntryPageParams>;

// export GenerateEntryPageResponseSchema
const GenerateEntryPageResponseSchema: GenericSchema<unknown, GenerateEntryPageResponse>;

// export generateDocumentEntryPageOperation
const generateDocumentEntryPageOperation: OperationDescriptor<GenerateDocumentEntryPageParams, GenerateDocumentEntryPageResponse>;

// API snapshot of @factify/api-keys "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export ApiKeySchema
const ApiKeySchema: GenericSchema<unknown, ApiKey>;

// export CreateApiKeyParamsSchema
const CreateApiKeyParamsSchema: GenericSchema<CreateApiKeyParams>;

// export CreateApiKeyResponseSchema
const CreateApiKeyResponseSchema: GenericSchema<unknown, CreateApiKeyResponse>;

// export ListApiKeysParamsSchema
const ListApiKeysParamsSchema: GenericSchema<ListApiKeysParams>;

// export ListApiKeysResponseSchema
const ListApiKeysResponseSchema: GenericSchema<unknown, ListApiKeysResponse>;

// export PaginationSchema
const PaginationSchema: GenericSchema<unknown, Pagination>;

// export RevokeApiKeyParamsSchema
const RevokeApiKeyParamsSchema: GenericSchema<RevokeApiKeyParams>;

// export RevokeApiKeyResponseSchema
const RevokeApiKeyResponseSchema: GenericSchema<unknown, RevokeApiKeyResponse>;

// export createApiKeyOperation
const createApiKeyOperation: OperationDescriptor<CreateApiKeyParams, CreateApiKeyResponse>;

// export listApiKeysOperation
const listApiKeysOperation: OperationDescriptor<ListApiKeysParams, ListApiKeysResponse>;

// export revokeApiKeyOperation
const revokeApiKeyOperation: OperationDescriptor<RevokeApiKeyParams, RevokeApiKeyResponse>;

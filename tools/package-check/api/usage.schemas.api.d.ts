// API snapshot of @factify/usage "./schemas" (./dist/schemas.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export APIKeyQuotaSchema
const APIKeyQuotaSchema: GenericSchema<unknown, APIKeyQuota>;

// export DailyUsageSchema
const DailyUsageSchema: GenericSchema<unknown, DailyUsage>;

// export DeleteAPIKeyQuotaResponseSchema
const DeleteAPIKeyQuotaResponseSchema: GenericSchema<unknown, DeleteAPIKeyQuotaResponse>;

// export DeleteApiKeyQuotaParamsSchema
const DeleteApiKeyQuotaParamsSchema: GenericSchema<DeleteApiKeyQuotaParams>;

// export GetOrganizationQuotaParamsSchema
const GetOrganizationQuotaParamsSchema: GenericSchema<GetOrganizationQuotaParams>;

// export GetOrganizationQuotaResponseSchema
const GetOrganizationQuotaResponseSchema: GenericSchema<unknown, GetOrganizationQuotaResponse>;

// export GetUsageHistoryParamsSchema
const GetUsageHistoryParamsSchema: GenericSchema<GetUsageHistoryParams>;

// export GetUsageHistoryResponseSchema
const GetUsageHistoryResponseSchema: GenericSchema<unknown, GetUsageHistoryResponse>;

// export ListAPIKeyQuotasResponseSchema
const ListAPIKeyQuotasResponseSchema: GenericSchema<unknown, ListAPIKeyQuotasResponse>;

// export ListApiKeyQuotasParamsSchema
const ListApiKeyQuotasParamsSchema: GenericSchema<ListApiKeyQuotasParams>;

// export OrganizationQuotaSchema
const OrganizationQuotaSchema: GenericSchema<unknown, OrganizationQuota>;

// export QuotaTierSchema
const QuotaTierSchema: GenericSchema<unknown, QuotaTier | (string & {})>;

// export QuotaTierValues
const QuotaTierValues: readonly [
    "free",
    "custom"
];

// export SetAPIKeyQuotaResponseSchema
const SetAPIKeyQuotaResponseSchema: GenericSchema<unknown, SetAPIKeyQuotaResponse>;

// export SetApiKeyQuotaParamsSchema
const SetApiKeyQuotaParamsSchema: GenericSchema<SetApiKeyQuotaParams>;

// export deleteApiKeyQuotaOperation
const deleteApiKeyQuotaOperation: OperationDescriptor<DeleteApiKeyQuotaParams, DeleteApiKeyQuotaResponse>;

// export getOrganizationQuotaOperation
const getOrganizationQuotaOperation: OperationDescriptor<GetOrganizationQuotaParams, GetOrganizationQuotaResponse>;

// export getUsageHistoryOperation
const getUsageHistoryOperation: OperationDescriptor<GetUsageHistoryParams, GetUsageHistoryResponse>;

// export listApiKeyQuotasOperation
const listApiKeyQuotasOperation: OperationDescriptor<ListApiKeyQuotasParams, ListApiKeyQuotasResponse>;

// export setApiKeyQuotaOperation
const setApiKeyQuotaOperation: OperationDescriptor<SetApiKeyQuotaParams, SetApiKeyQuotaResponse>;

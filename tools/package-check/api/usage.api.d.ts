// API snapshot of @factify/usage "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export APIKeyQuota
interface APIKeyQuota {
    api_key_id?: string;
    current_usage?: number;
    is_exceeded?: boolean;
    limit?: number | null;
    remaining?: number;
}

// export DailyUsage
interface DailyUsage {
    date?: string;
    request_count?: number;
}

// export DeleteAPIKeyQuotaResponse
type DeleteAPIKeyQuotaResponse = Record<string, unknown>;

// export DeleteApiKeyQuotaParams
interface DeleteApiKeyQuotaParams {
    api_key_id: string;
    organization_id?: string;
}

// export DeleteApiKeyQuotaResponse
type DeleteApiKeyQuotaResponse = DeleteAPIKeyQuotaResponse;

// export GetOrganizationQuotaParams
interface GetOrganizationQuotaParams {
    organization_id?: string;
}

// export GetOrganizationQuotaResponse
interface GetOrganizationQuotaResponse {
    quota?: OrganizationQuota;
}

// export GetUsageHistoryParams
interface GetUsageHistoryParams {
    organization_id?: string;
    date?: {
        after?: Date | string;
        before?: Date | string;
    };
}

// export GetUsageHistoryResponse
interface GetUsageHistoryResponse {
    daily_usage?: DailyUsage[];
    organization_id?: string;
    total_requests?: number;
}

// export ListAPIKeyQuotasResponse
interface ListAPIKeyQuotasResponse {
    quotas?: APIKeyQuota[];
}

// export ListApiKeyQuotasParams
interface ListApiKeyQuotasParams {
    organization_id?: string;
}

// export ListApiKeyQuotasResponse
type ListApiKeyQuotasResponse = ListAPIKeyQuotasResponse;

// export OrganizationQuota
interface OrganizationQuota {
    current_usage?: number;
    effective_limit?: number;
    is_exceeded?: boolean;
    organization_id?: string;
    period_start?: string;
    remaining?: number;
    reset_at?: string;
    tier?: QuotaTier | (string & {});
    usage_percent?: number;
}

// export QuotaTier
type QuotaTier = "free" | "custom";

// export SetAPIKeyQuotaResponse
interface SetAPIKeyQuotaResponse {
    quota?: APIKeyQuota;
}

// export SetApiKeyQuotaParams
interface SetApiKeyQuotaParams {
    api_key_id: string;
    limit?: number | null;
    organization_id?: string | null;
}

// export SetApiKeyQuotaResponse
type SetApiKeyQuotaResponse = SetAPIKeyQuotaResponse;

// export Usage
class Usage {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    deleteKeyQuota(params: DeleteApiKeyQuotaParams, options?: RequestOptions): Promise<DeleteApiKeyQuotaResponse>;
    get(params?: GetOrganizationQuotaParams, options?: RequestOptions): Promise<GetOrganizationQuotaResponse>;
    getHistory(params?: GetUsageHistoryParams, options?: RequestOptions): Promise<GetUsageHistoryResponse>;
    listKeyQuotas(params?: ListApiKeyQuotasParams, options?: RequestOptions): Promise<ListApiKeyQuotasResponse>;
    setKeyQuota(params: SetApiKeyQuotaParams, options?: RequestOptions): Promise<SetApiKeyQuotaResponse>;
}

// export deleteApiKeyQuota
function deleteApiKeyQuota(client: FactifyClient, params: DeleteApiKeyQuotaParams, options?: RequestOptions): Promise<DeleteApiKeyQuotaResponse>;

// export getOrganizationQuota
function getOrganizationQuota(client: FactifyClient, params?: GetOrganizationQuotaParams, options?: RequestOptions): Promise<GetOrganizationQuotaResponse>;

// export getUsageHistory
function getUsageHistory(client: FactifyClient, params?: GetUsageHistoryParams, options?: RequestOptions): Promise<GetUsageHistoryResponse>;

// export listApiKeyQuotas
function listApiKeyQuotas(client: FactifyClient, params?: ListApiKeyQuotasParams, options?: RequestOptions): Promise<ListApiKeyQuotasResponse>;

// export setApiKeyQuota
function setApiKeyQuota(client: FactifyClient, params: SetApiKeyQuotaParams, options?: RequestOptions): Promise<SetApiKeyQuotaResponse>;

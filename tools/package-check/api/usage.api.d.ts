// API snapshot of @factify/usage "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export APIKeyQuota
interface APIKeyQuota {
    api_key_id?: string | undefined;
    current_usage?: number | undefined;
    is_exceeded?: boolean | undefined;
    limit?: number | null | undefined;
    remaining?: number | undefined;
}

// export DailyUsage
interface DailyUsage {
    date?: string | undefined;
    request_count?: number | undefined;
}

// export DeleteAPIKeyQuotaResponse
type DeleteAPIKeyQuotaResponse = Record<string, unknown>;

// export DeleteApiKeyQuotaParams
interface DeleteApiKeyQuotaParams {
    api_key_id: string;
    organization_id?: string | undefined;
}

// export DeleteApiKeyQuotaResponse
type DeleteApiKeyQuotaResponse = DeleteAPIKeyQuotaResponse;

// export GetOrganizationQuotaParams
interface GetOrganizationQuotaParams {
    organization_id?: string | undefined;
}

// export GetOrganizationQuotaResponse
interface GetOrganizationQuotaResponse {
    quota?: OrganizationQuota | undefined;
}

// export GetUsageHistoryParams
interface GetUsageHistoryParams {
    organization_id?: string | undefined;
    date?: {
        after?: Date | string | undefined;
        before?: Date | string | undefined;
    } | undefined;
}

// export GetUsageHistoryResponse
interface GetUsageHistoryResponse {
    daily_usage?: DailyUsage[] | undefined;
    organization_id?: string | undefined;
    total_requests?: number | undefined;
}

// export ListAPIKeyQuotasResponse
interface ListAPIKeyQuotasResponse {
    quotas?: APIKeyQuota[] | undefined;
}

// export ListApiKeyQuotasParams
interface ListApiKeyQuotasParams {
    organization_id?: string | undefined;
}

// export ListApiKeyQuotasResponse
type ListApiKeyQuotasResponse = ListAPIKeyQuotasResponse;

// export OrganizationQuota
interface OrganizationQuota {
    current_usage?: number | undefined;
    effective_limit?: number | undefined;
    is_exceeded?: boolean | undefined;
    organization_id?: string | undefined;
    period_start?: string | undefined;
    remaining?: number | undefined;
    reset_at?: string | undefined;
    tier?: QuotaTier | (string & {}) | undefined;
    usage_percent?: number | undefined;
}

// export QuotaTier
type QuotaTier = "free" | "custom";

// export SetAPIKeyQuotaResponse
interface SetAPIKeyQuotaResponse {
    quota?: APIKeyQuota | undefined;
}

// export SetApiKeyQuotaParams
interface SetApiKeyQuotaParams {
    api_key_id: string;
    limit: number;
    organization_id?: string | null | undefined;
}

// export SetApiKeyQuotaResponse
type SetApiKeyQuotaResponse = SetAPIKeyQuotaResponse;

// export Usage
class Usage {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    deleteKeyQuota(params: DeleteApiKeyQuotaParams, options?: RequestOptions): APIPromise<DeleteApiKeyQuotaResponse>;
    get(params?: GetOrganizationQuotaParams, options?: RequestOptions): APIPromise<GetOrganizationQuotaResponse>;
    getHistory(params?: GetUsageHistoryParams, options?: RequestOptions): APIPromise<GetUsageHistoryResponse>;
    listKeyQuotas(params?: ListApiKeyQuotasParams, options?: RequestOptions): APIPromise<ListApiKeyQuotasResponse>;
    setKeyQuota(params: SetApiKeyQuotaParams, options?: RequestOptions): APIPromise<SetApiKeyQuotaResponse>;
}

// export deleteApiKeyQuota
function deleteApiKeyQuota(client: FactifyClient, params: DeleteApiKeyQuotaParams, options?: RequestOptions): APIPromise<DeleteApiKeyQuotaResponse>;

// export getOrganizationQuota
function getOrganizationQuota(client: FactifyClient, params?: GetOrganizationQuotaParams, options?: RequestOptions): APIPromise<GetOrganizationQuotaResponse>;

// export getUsageHistory
function getUsageHistory(client: FactifyClient, params?: GetUsageHistoryParams, options?: RequestOptions): APIPromise<GetUsageHistoryResponse>;

// export listApiKeyQuotas
function listApiKeyQuotas(client: FactifyClient, params?: ListApiKeyQuotasParams, options?: RequestOptions): APIPromise<ListApiKeyQuotasResponse>;

// export setApiKeyQuota
function setApiKeyQuota(client: FactifyClient, params: SetApiKeyQuotaParams, options?: RequestOptions): APIPromise<SetApiKeyQuotaResponse>;

// API snapshot of @factify/api-keys "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export ApiKey
interface ApiKey {
    created_at: string;
    expires_at?: string | undefined;
    id: string;
    is_active: boolean;
    key_prefix: string;
    name: string;
    organization_id: string;
    revoked_at?: string | undefined;
}

// export ApiKeys
class ApiKeys {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    create(params: CreateApiKeyParams, options?: RequestOptions): APIPromise<CreateApiKeyResponse>;
    list(params: ListApiKeysParams, options?: RequestOptions): PageRequest<ApiKey, ListApiKeysResponse>;
    revoke(params: RevokeApiKeyParams, options?: RequestOptions): APIPromise<RevokeApiKeyResponse>;
}

// export CreateApiKeyParams
interface CreateApiKeyParams {
    expires_at?: Date | string | undefined;
    name: string;
    organization_id: string;
}

// export CreateApiKeyResponse
interface CreateApiKeyResponse {
    api_key: ApiKey;
    secret: string;
}

// export ListApiKeysParams
interface ListApiKeysParams {
    organization_id: string;
    include_revoked?: boolean | undefined;
    page_token?: string | undefined;
    page_size?: number | undefined;
}

// export ListApiKeysResponse
interface ListApiKeysResponse {
    items?: ApiKey[] | undefined;
    pagination: Pagination;
}

// export RevokeApiKeyParams
interface RevokeApiKeyParams {
    api_key_id: string;
    reason?: string | null | undefined;
}

// export RevokeApiKeyResponse
interface RevokeApiKeyResponse {
    api_key: ApiKey;
}

// export createApiKey
function createApiKey(client: FactifyClient, params: CreateApiKeyParams, options?: RequestOptions): APIPromise<CreateApiKeyResponse>;

// export listApiKeys
function listApiKeys(client: FactifyClient, params: ListApiKeysParams, options?: RequestOptions): PageRequest<ApiKey, ListApiKeysResponse>;

// export revokeApiKey
function revokeApiKey(client: FactifyClient, params: RevokeApiKeyParams, options?: RequestOptions): APIPromise<RevokeApiKeyResponse>;

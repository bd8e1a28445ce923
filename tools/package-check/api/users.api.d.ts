// API snapshot of @factify/users "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export GetMeParams
type GetMeParams = Record<string, never>;

// export GetMeResponse
interface GetMeResponse {
    organizations?: Organization[];
    user: User;
}

// export GetUserPreferencesParams
type GetUserPreferencesParams = Record<string, never>;

// export GetUserPreferencesResponse
interface GetUserPreferencesResponse {
    has_completed_document_tour?: boolean;
    has_completed_hub_onboarding?: boolean;
}

// export Organization
interface Organization {
    created_at: string;
    id: string;
    logo_image_url?: string | null;
    name: string;
}

// export User
interface User {
    email: string;
    family_name?: string | null;
    given_name?: string | null;
    id: string;
    name: string;
    profile_image_url?: string | null;
}

// export UserPreferences
class UserPreferences {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params?: GetUserPreferencesParams, options?: RequestOptions): Promise<GetUserPreferencesResponse>;
}

// export Users
class Users {
    readonly client: FactifyClient;
    readonly preferences: UserPreferences;
    constructor(client: FactifyClient);
    getMe(params?: GetMeParams, options?: RequestOptions): Promise<GetMeResponse>;
}

// export getMe
function getMe(client: FactifyClient, params?: GetMeParams, options?: RequestOptions): Promise<GetMeResponse>;

// export getUserPreferences
function getUserPreferences(client: FactifyClient, params?: GetUserPreferencesParams, options?: RequestOptions): Promise<GetUserPreferencesResponse>;

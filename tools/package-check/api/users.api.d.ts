// API snapshot of @factify/users "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export GetMeParams
type GetMeParams = Record<string, never>;

// export GetMeResponse
interface GetMeResponse {
    organizations?: Organization[] | undefined;
    user: User;
}

// export GetUserPreferencesParams
type GetUserPreferencesParams = Record<string, never>;

// export GetUserPreferencesResponse
interface GetUserPreferencesResponse {
    has_completed_document_tour?: boolean | undefined;
    has_completed_hub_onboarding?: boolean | undefined;
}

// export Organization
interface Organization {
    created_at: string;
    id: string;
    logo_image_url?: string | null | undefined;
    name: string;
}

// export User
interface User {
    email: string;
    family_name?: string | null | undefined;
    given_name?: string | null | undefined;
    id: string;
    name: string;
    profile_image_url?: string | null | undefined;
}

// export UserPreferences
class UserPreferences {
    readonly client: FactifyClient;
    constructor(client: FactifyClient);
    get(params?: GetUserPreferencesParams, options?: RequestOptions): APIPromise<GetUserPreferencesResponse>;
}

// export Users
class Users {
    readonly client: FactifyClient;
    readonly preferences: UserPreferences;
    constructor(client: FactifyClient);
    getMe(params?: GetMeParams, options?: RequestOptions): APIPromise<GetMeResponse>;
}

// export getMe
function getMe(client: FactifyClient, params?: GetMeParams, options?: RequestOptions): APIPromise<GetMeResponse>;

// export getUserPreferences
function getUserPreferences(client: FactifyClient, params?: GetUserPreferencesParams, options?: RequestOptions): APIPromise<GetUserPreferencesResponse>;

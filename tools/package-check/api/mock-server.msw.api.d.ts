// API snapshot of @factify/mock-server "./msw" (./dist/msw.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export FACTIFY_BASE_URLS
const FACTIFY_BASE_URLS: readonly string[];

// export FactifyHandlers
type FactifyHandlers = ReturnType<typeof http.all>[] & {
    readonly mock: MockFactify;
};

// export FactifyHandlersOptions
interface FactifyHandlersOptions extends MockFactifyOptions {
    mock?: MockFactify;
    baseUrls?: readonly string[];
}

// export MockFactify
interface MockFactify {
    readonly client: MockClient;
    readonly clients: DemoClients;
    readonly userClients: DemoUserClients;
    clientFor(token: string, options?: MockClientOptions): MockClient;
    readonly users: typeof DEMO_USERS;
    fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
    dispatch(request: Request): Promise<DispatchResult>;
    readonly tokens: DemoTokens;
    readonly userTokens: DemoUserTokens;
    readonly demo: DemoData;
    reset(options?: {
        seed?: boolean;
    }): void;
    faults: {
        inject(fault: FaultSpec): PendingFault;
        clear(): void;
        pending(): PendingFault[];
    };
    clock: {
        now(): Date;
        advance(ms: number): void;
        set(date: Date): void;
    };
    inspect: {
        inviteToken(inviteId: string): string | undefined;
        state(): State;
    };
    admin: {
        createUser(user: NewUser): CreatedUser;
        completeProcessing(target?: {
            version_id?: string;
            document_id?: string;
            status?: "ready" | "failed";
        }): string[];
        setOrganizationLimits(organizationId: string, limits: {
            request_limit?: number | null;
            document_limit?: number;
        }): void;
    };
    snapshot(): string;
    restore(snapshot: string | object): void;
    onChange(listener: () => void): () => void;
}

// export MockFactifyOptions
interface MockFactifyOptions {
    seed?: boolean;
    now?: () => Date;
    processingDelayMs?: number;
    random?: () => number;
    rateLimit?: false | {
        perMinute?: number;
        postPerMinute?: number;
    };
    baseUrl?: string;
    orgRequestLimit?: number;
    documentLimit?: number;
    inviteTtlMs?: number;
    clientOptions?: MockClientOptions;
}

// export createMockFactify
function createMockFactify(options?: MockFactifyOptions): MockFactify;

// export factifyHandlers
function factifyHandlers(options?: FactifyHandlersOptions): FactifyHandlers;

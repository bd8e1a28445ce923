// API snapshot of @factify/mock-server "./node" (./dist/node.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export DataFileProblem
type DataFileProblem = "is-directory" | "unreadable" | "corrupt" | "unwritable";

// export MockDataFileError
class MockDataFileError extends Error {
    readonly file: string;
    readonly problem: DataFileProblem;
    readonly name = "MockDataFileError";
    constructor(file: string, problem: DataFileProblem, message: string, options?: {
        cause?: unknown;
    });
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

// export MockServer
interface MockServer {
    url: string;
    port: number;
    mock: MockFactify;
    close(): Promise<void>;
}

// export MockServerListenError
class MockServerListenError extends Error {
    readonly port: number;
    readonly host: string;
    readonly code: string | undefined;
    readonly name = "MockServerListenError";
    constructor(port: number, host: string, code: string | undefined, options?: {
        cause?: unknown;
    });
}

// export ServeOptions
interface ServeOptions extends MockFactifyOptions {
    port?: number;
    host?: string;
    mock?: MockFactify;
    dataFile?: string;
    saveDelayMs?: number;
    onSaveError?: (error: unknown) => void;
}

// export createMockFactify
function createMockFactify(options?: MockFactifyOptions): MockFactify;

// export serve
function serve(options?: ServeOptions): Promise<MockServer>;

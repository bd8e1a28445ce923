// API snapshot of @factify/mock-server "." (./dist/index.d.ts). Regenerate: pnpm --filter @factify-tools/package-check run update-api

// export CreatedUser
interface CreatedUser {
    user_id: string;
    token: string;
    api_key?: string;
    api_key_id?: string;
}

// export DEMO_USERS
const DEMO_USERS: {
    readonly owner: {
        readonly id: "user_01ke6p4ym0fvg32g1mbw6g3920";
        readonly name: "Olivia Owner";
        readonly email: "olivia@acme.example";
        readonly organization: "acme";
        readonly role: "owner";
        readonly hasApiKey: true;
    };
    readonly admin: {
        readonly id: "user_01ke6p4ym1682hg0vm9pfpkyp1";
        readonly name: "Adam Admin";
        readonly email: "adam@acme.example";
        readonly organization: "acme";
        readonly role: "admin";
        readonly hasApiKey: true;
    };
    readonly member: {
        readonly id: "user_01ke6p4ym2a8cwkyjk4ey7gm9s";
        readonly name: "Mia Member";
        readonly email: "mia@acme.example";
        readonly organization: "acme";
        readonly role: "member";
        readonly hasApiKey: true;
    };
    readonly outsider: {
        readonly id: "user_01ke6p4ym31y986y9wxhbe6swj";
        readonly name: "Oscar Outsider";
        readonly email: "oscar@globex.example";
        readonly organization: "globex";
        readonly role: "owner";
        readonly hasApiKey: true;
    };
    readonly newcomer: {
        readonly id: "user_01ke6p4ym433yhdbtqzfyp01yk";
        readonly name: "Nora Newcomer";
        readonly email: "nora@newcomer.example";
        readonly organization: null;
        readonly role: null;
        readonly hasApiKey: false;
    };
};

// export DemoClients
type DemoClients = Readonly<Record<DemoKeyHolder, MockClient>>;

// export DemoData
type DemoData = DemoNames;

// export DemoKeyHolder
type DemoKeyHolder = {
    [K in DemoUserName]: (typeof DEMO_USERS)[K]["hasApiKey"] extends true ? K : never;
}[DemoUserName];

// export DemoTokens
type DemoTokens = Readonly<Record<"owner" | "admin" | "member" | "outsider", string>> & Readonly<Record<string, string>>;

// export DemoUser
interface DemoUser {
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly organization: "acme" | "globex" | null;
    readonly role: "owner" | "admin" | "member" | null;
    readonly hasApiKey: boolean;
}

// export DemoUserClients
type DemoUserClients = Readonly<Record<DemoUserName, MockClient>>;

// export DemoUserName
type DemoUserName = keyof typeof DEMO_USERS;

// export DemoUserTokens
type DemoUserTokens = Readonly<Record<"owner" | "admin" | "member" | "outsider" | "newcomer", string>> & Readonly<Record<string, string>>;

// export DispatchResult
type DispatchResult = {
    type: "response";
    response: Response;
} | {
    type: "drop";
} | {
    type: "truncate";
    response: Response;
};

// export FaultKind
type FaultKind = "latency" | "status" | "html" | "drop" | "truncate";

// export FaultSpec
interface FaultSpec {
    kind: FaultKind;
    times?: number;
    token?: string;
    method?: string;
    path?: string;
    ms?: number;
    status?: number;
    retryAfter?: number;
}

// export MockClient
type MockClient = ReturnType<typeof createFactify>;

// export MockClientOptions
type MockClientOptions = NonNullable<Parameters<typeof createFactify>[0]>;

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

// export MockState
interface State {
    version: 1;
    seq: number;
    users: Record<string, UserRec>;
    bots: Record<string, BotRec>;
    orgs: Record<string, OrgRec>;
    members: MemberRec[];
    invites: Record<string, InviteRec>;
    apiKeys: Record<string, ApiKeyRec>;
    userTokens: Record<string, string>;
    documents: Record<string, DocumentRec>;
    versions: Record<string, VersionRec>;
    files: Record<string, FileRec>;
    grants: GrantRec[];
    accessRequests: Record<string, AccessRequestRec>;
    policies: Record<string, PolicyRec>;
    attachments: AttachmentRec[];
    shareLinks: Record<string, ShareLinkRec>;
    events: EventRec[];
    views: Record<string, Record<string, number>>;
    usage: Record<string, Record<string, number>>;
    keyUsage: Record<string, Record<string, number>>;
    demo: DemoNames;
}

// export NewUser
interface NewUser {
    name: string;
    email: string;
    organization_id?: string;
    role?: OrgRole;
}

// export PendingFault
interface PendingFault extends FaultSpec {
    id: string;
    remaining: number;
}

// export createMockFactify
function createMockFactify(options?: MockFactifyOptions): MockFactify;

// export samplePdf
function makePdf(text?: string): Uint8Array<ArrayBuffer>;

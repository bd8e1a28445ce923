// createMockFactify: the emulator as a web-standard fetch function, SDK clients bound to it, and
// test controls.
import { createFactify } from "@factify/core";
import {
  DEMO_USER_NAMES,
  type DemoClients,
  type DemoUserClients,
  KEY_HOLDERS,
  lazyClients,
  MOCK_ORIGIN,
  type MockClient,
  type MockClientOptions,
  mockClientOptions,
} from "./clients";
import { type CreatedUser, completeProcessing, createUser, inviteToken, type NewUser, setOrganizationLimits } from "./internal/controls/test-hooks";
import { createClock } from "./internal/state/clock";
import { type DispatchHost, type DispatchResult, dispatch } from "./internal/dispatch";
import type { Engine } from "./internal/state/engine";
import { ApiError } from "./internal/http/api-error";
import { FaultQueue, type FaultSpec, type PendingFault } from "./internal/controls/faults";
import { cryptoRandom } from "./internal/state/ids";
import { RateLimiter } from "./internal/controls/rate-limiter";
import { DEMO_USERS } from "./internal/demo/demo-users";
import { seedDemo } from "./internal/demo/seed";
import { asState, type DemoNames, emptyState, type State } from "./internal/state/store";

/** Options of createMockFactify. */
export interface MockFactifyOptions {
  /** Fill the emulator with the demo organizations, users, documents and tokens (default true). */
  seed?: boolean;
  /** Time source; the emulator's clock is this plus whatever `clock.advance` added. */
  now?: () => Date;
  /** How long uploads stay `processing` (ms of emulator time); 0 = ready on the next request. Default 25. */
  processingDelayMs?: number;
  /** Random source in [0, 1) for ids and secrets (default: Web Crypto). */
  random?: () => number;
  /** Per-credential limits per minute (default 1000, and 100 for POST); false turns them off. */
  rateLimit?: false | { perMinute?: number; postPerMinute?: number };
  /** Origin for URLs in responses (default: the origin of each request). */
  baseUrl?: string;
  /** Monthly request limit of an organization on the free tier (default 100000). */
  orgRequestLimit?: number;
  /** Document quota of new organizations, 0 = unlimited (default 100). */
  documentLimit?: number;
  /** Lifetime of organization invites in ms (default 7 days). */
  inviteTtlMs?: number;
  /**
   * Options for the clients the emulator hands out (`client`, `clients`, `userClients`,
   * `clientFor`), over the defaults: the emulator's fetch, `rateLimit: false` and quick retries.
   */
  clientOptions?: MockClientOptions;
}

/** Named ids and credentials of the seeded demo world. */
export type DemoData = DemoNames;

/** Demo API key secrets: owner, admin, member (Acme) and outsider (Globex). */
export type DemoTokens = Readonly<Record<"owner" | "admin" | "member" | "outsider", string>> & Readonly<Record<string, string>>;
/** Demo user tokens: the four demo roles plus `newcomer`, who belongs to no organization. */
export type DemoUserTokens = Readonly<Record<"owner" | "admin" | "member" | "outsider" | "newcomer", string>> & Readonly<Record<string, string>>;

// Reading a demo credential of an unseeded emulator fails loudly instead of yielding undefined.
function named<T>(source: Record<string, string>, names: readonly string[], what: string): T {
  const out: Record<string, string> = { ...source };
  for (const n of names) {
    if (n in out) continue;
    Object.defineProperty(out, n, {
      enumerable: false,
      get() {
        throw new Error(`no demo ${what} "${n}": this emulator was created with seed: false`);
      },
    });
  }
  return out as T;
}

/** A running emulator. */
export interface MockFactify {
  /** The owner's client (Olivia, owner of Acme, by API key): pass it to any operation. */
  readonly client: MockClient;
  /** A client per demo user with an API key: owner, admin, member (Acme) and outsider (Globex). */
  readonly clients: DemoClients;
  /** A client per demo user sending its user token; the operations that refuse API keys (`getMe`, `getUserPreferences`) need one. */
  readonly userClients: DemoUserClients;
  /** A client sending any token through this emulator (a key from `createApiKey`, a user from `admin.createUser`). */
  clientFor(token: string, options?: MockClientOptions): MockClient;
  /** The demo users (ids, names, emails, roles); the same values as the exported `DEMO_USERS`. */
  readonly users: typeof DEMO_USERS;
  /** A WHATWG fetch: pass it as the SDK's `fetch` option. Injected drops reject like a network error. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Lower-level entry for servers: tells whether to answer, drop or truncate. */
  dispatch(request: Request): Promise<DispatchResult>;
  /** Demo API key secrets by role; reading one throws when the emulator was not seeded. */
  readonly tokens: DemoTokens;
  /** Demo user tokens (JWT-shaped) by role; reading one throws when the emulator was not seeded. */
  readonly userTokens: DemoUserTokens;
  /** Ids of the demo records (users, orgs, documents, policies, apiKeys). */
  readonly demo: DemoData;
  /** Empties the state (and re-seeds unless `seed: false`), clears faults and rate-limit windows. */
  reset(options?: { seed?: boolean }): void;
  /**
   * Fault injection. Here, in-process, a `status` fault answers `Retry-After: 0` unless
   * `retryAfter` is given, so retry tests finish in milliseconds (faults injected over HTTP at
   * `/__mock/faults` default to 1 second, as a real server would).
   */
  faults: {
    inject(fault: FaultSpec): PendingFault;
    clear(): void;
    pending(): PendingFault[];
  };
  /** The emulator's clock. */
  clock: {
    now(): Date;
    advance(ms: number): void;
    set(date: Date): void;
  };
  /** Test hooks for things no API response reveals. */
  inspect: {
    /** The current token of an invite (responses never include it). */
    inviteToken(inviteId: string): string | undefined;
    /** A deep copy of the whole state. */
    state(): State;
  };
  /** Test controls that no API operation offers. */
  admin: {
    createUser(user: NewUser): CreatedUser;
    completeProcessing(target?: { version_id?: string; document_id?: string; status?: "ready" | "failed" }): string[];
    setOrganizationLimits(organizationId: string, limits: { request_limit?: number | null; document_limit?: number }): void;
  };
  /** The whole state as JSON. */
  snapshot(): string;
  /** Replaces the state with a snapshot (JSON text or parsed). */
  restore(snapshot: string | object): void;
  /** Registers a listener called after requests that may have changed state; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

/**
 * Runs a test hook for a JavaScript caller. The hooks report bad input as API errors, which the
 * HTTP admin endpoints answer as 400s; called from code, the same mistake is a TypeError.
 */
function withInputErrorsAsTypeErrors<T>(hook: () => T): T {
  try {
    return hook();
  } catch (e) {
    if (e instanceof ApiError) throw new TypeError(e.message);
    throw e;
  }
}

/** Creates an in-memory Factify API emulator; returns its fetch function and controls. */
export function createMockFactify(options: MockFactifyOptions = {}): MockFactify {
  const clock = createClock(options.now);
  const listeners = new Set<() => void>();
  const engine: Engine = {
    state: emptyState(),
    clock,
    random: options.random ?? cryptoRandom(),
    config: {
      processingDelayMs: options.processingDelayMs ?? 25,
      rateLimit: options.rateLimit === false ? false : { perMinute: options.rateLimit?.perMinute ?? 1000, postPerMinute: options.rateLimit?.postPerMinute ?? 100 },
      orgRequestLimit: options.orgRequestLimit ?? 100_000,
      documentLimit: options.documentLimit ?? 100,
      inviteTtlMs: options.inviteTtlMs ?? 7 * 86_400_000,
      baseUrl: options.baseUrl?.replace(/\/+$/, ""),
    },
    onMutation: () => {
      for (const l of listeners) l();
    },
  };
  const faults = new FaultQueue();
  const limiter = engine.config.rateLimit ? new RateLimiter(engine.config.rateLimit) : undefined;

  const reset = (seed = options.seed !== false) => {
    engine.state = emptyState();
    if (seed) seedDemo(engine);
    faults.clear();
    limiter?.reset();
  };
  const snapshot = () => JSON.stringify(engine.state);
  const restore = (snap: string | object) => {
    engine.state = asState(typeof snap === "string" ? JSON.parse(snap) : structuredClone(snap));
    limiter?.reset();
  };
  reset();

  const host: DispatchHost = {
    engine,
    faults,
    limiter,
    reset: (seed) => reset(seed),
    snapshot,
    restore: (json) => {
      restore(json);
      engine.onMutation?.();
    },
  };

  const origin = engine.config.baseUrl ?? MOCK_ORIGIN;
  const clientFor = (token: string, overrides?: MockClientOptions): MockClient =>
    createFactify(mockClientOptions(token, mock.fetch, origin, { ...options.clientOptions, ...overrides }));
  const seeded = () => {
    if (!engine.state.demo.tokens.owner) throw new Error("no demo users: this emulator was created with seed: false (use clientFor(token))");
  };
  const clients = lazyClients(KEY_HOLDERS, (name) => {
    seeded();
    return clientFor(engine.state.demo.tokens[name]!);
  });
  const userClients = lazyClients(DEMO_USER_NAMES, (name) => {
    seeded();
    return clientFor(engine.state.demo.userTokens[name]!);
  });

  const mock: MockFactify = {
    get client() {
      return clients.owner;
    },
    clients,
    userClients,
    clientFor,
    get users() {
      seeded();
      return DEMO_USERS;
    },
    async fetch(input, init) {
      const request = new Request(input, init);
      if (request.signal.aborted) throw request.signal.reason;
      const result = await dispatch(host, request);
      if (result.type === "drop") {
        throw new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed (injected drop)"), { code: "UND_ERR_SOCKET" }) });
      }
      if (result.type === "truncate") {
        const bytes = new Uint8Array(await result.response.arrayBuffer());
        const half = bytes.subarray(0, Math.floor(bytes.length / 2));
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(half);
            controller.error(new TypeError("terminated (injected truncation)"));
          },
        });
        return new Response(body, { status: result.response.status, headers: result.response.headers });
      }
      return result.response;
    },
    dispatch: (request) => dispatch(host, request),
    get tokens() {
      return named<DemoTokens>(engine.state.demo.tokens, ["owner", "admin", "member", "outsider"], "API key");
    },
    get userTokens() {
      return named<DemoUserTokens>(engine.state.demo.userTokens, ["owner", "admin", "member", "outsider", "newcomer"], "user token");
    },
    get demo() {
      return structuredClone(engine.state.demo);
    },
    reset: (opts) => reset(opts?.seed ?? options.seed !== false),
    faults: {
      inject: (f) => faults.inject(f.kind === "status" ? { ...f, retryAfter: f.retryAfter ?? 0 } : f),
      clear: () => faults.clear(),
      pending: () => faults.pending(),
    },
    clock: {
      now: () => new Date(clock.now()),
      advance: (ms) => clock.advance(ms),
      set: (d) => clock.set(d),
    },
    inspect: {
      inviteToken: (id) => inviteToken(engine, id),
      state: () => structuredClone(engine.state),
    },
    admin: {
      createUser: (user) => withInputErrorsAsTypeErrors(() => createUser(engine, user)),
      completeProcessing: (target) => completeProcessing(engine, target),
      setOrganizationLimits: (orgId, limits) => withInputErrorsAsTypeErrors(() => setOrganizationLimits(engine, orgId, limits)),
    },
    snapshot,
    restore,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return mock;
}

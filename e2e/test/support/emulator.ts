// One fresh emulator per test, in-process, and SDK clients bound to it with any demo credential.
import { createFactify, type FactifyClient, type FactifyOptions, type Hooks } from "@factify/core";
import { createMockFactify, type MockFactify, type MockFactifyOptions } from "@factify/mock-server";
import { serve } from "@factify/mock-server/node";

/** Short backoff so retried calls in tests settle in milliseconds, not seconds. */
export const FAST_RETRIES = { initialInterval: 5, maxInterval: 20, maxElapsedTime: 10_000 } as const;

/** An emulator and a factory of clients that talk to it through its in-process fetch. */
export interface World {
  mock: MockFactify;
  /** A client sending `token` as bearer auth through `mock.fetch`. */
  as(token: string, options?: FactifyOptions): FactifyClient;
  /** Options for a client of this world (for `new Factify(...)` and resource classes). */
  optionsFor(token: string, options?: FactifyOptions): FactifyOptions;
  /** Fetches a URL the API handed out (an export, an entry page, a logo) the way this world's clients reach it. */
  download(url: string): Promise<Response>;
}

/** A world served over a real loopback port; close it when done. */
export interface PortWorld extends World {
  url: string;
  close(): Promise<void>;
}

/** Starts a seeded in-process emulator; uploads are ready on the next request unless told otherwise. */
export function inProcess(options: MockFactifyOptions = {}, defaults: FactifyOptions = {}): World {
  const mock = createMockFactify({ processingDelayMs: 0, ...options });
  const optionsFor = (token: string, extra: FactifyOptions = {}): FactifyOptions => ({
    bearerAuth: token,
    fetch: mock.fetch,
    retryConfig: FAST_RETRIES,
    ...defaults,
    ...extra,
  });
  return { mock, optionsFor, as: (token, extra) => createFactify(optionsFor(token, extra)), download: (url) => mock.fetch(url) };
}

/** Starts a seeded emulator on 127.0.0.1 and a free port; clients use the runtime's own fetch and `serverURL`. */
export async function overPort(options: MockFactifyOptions = {}, defaults: FactifyOptions = {}): Promise<PortWorld> {
  const server = await serve({ port: 0, host: "127.0.0.1", processingDelayMs: 0, ...options });
  const optionsFor = (token: string, extra: FactifyOptions = {}): FactifyOptions => ({
    bearerAuth: token,
    serverURL: server.url,
    retryConfig: FAST_RETRIES,
    ...defaults,
    ...extra,
  });
  return {
    mock: server.mock,
    url: server.url,
    optionsFor,
    as: (token, extra) => createFactify(optionsFor(token, extra)),
    download: (url) => fetch(url),
    close: () => server.close(),
  };
}

/** The two ways every cross-resource flow runs: through the emulator's fetch, and over a socket. */
export const transports = [
  { name: "in-process", start: async (options?: MockFactifyOptions) => ({ ...inProcess(options), close: async () => {} }) },
  { name: "over a real port", start: (options?: MockFactifyOptions) => overPort(options) },
] as const;

/** Collects the operationId of every request sent through clients that use its hooks. */
export interface OperationRecorder {
  readonly hooks: Hooks;
  readonly called: ReadonlySet<string>;
}

/** Creates an empty recorder. */
export function recordOperations(): OperationRecorder {
  const called = new Set<string>();
  return {
    called,
    hooks: {
      beforeRequest(request) {
        if (request.operationId) called.add(request.operationId);
      },
    },
  };
}

/** The operation ids a package's `/schemas` entry describes (every `*Operation` descriptor it exports). */
export function operationIds(schemasModule: Record<string, unknown>): string[] {
  return Object.entries(schemasModule)
    .filter(([name, value]) => name.endsWith("Operation") && typeof value === "object" && value !== null && "id" in value)
    .map(([, value]) => (value as { id: string }).id)
    .sort();
}

/** Operation ids of `schemasModule` that the recorder never saw. */
export function missedOperations(recorder: OperationRecorder, schemasModule: Record<string, unknown>): string[] {
  return operationIds(schemasModule).filter((id) => !recorder.called.has(id));
}

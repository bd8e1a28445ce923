// `@factify/mock-server/msw`: request handlers for Mock Service Worker, so an application that
// calls Factify at its real address (no `serverURL`, no injected fetch) talks to the emulator in
// tests. msw is an optional peer dependency: versions 2 (Node 20) and 3 (Node 22+) both work,
// because only `http.all` and `HttpResponse.error`, present in both, are used.
import { http, HttpResponse } from "msw";
import { createMockFactify, type MockFactify, type MockFactifyOptions } from "./mock";

/** The API's production and development base URLs, which `createFactify` uses by default (`serverIdx` 0 and 1). */
export const FACTIFY_BASE_URLS: readonly string[] = ["https://api.factify.com", "https://api.factify-dev.com"];

/** Options of factifyHandlers: an existing emulator, or options for a new one. */
export interface FactifyHandlersOptions extends MockFactifyOptions {
  /** The emulator to answer with (default: a new one made with the other options). */
  mock?: MockFactify;
  /**
   * More base URLs to intercept, besides the production and development ones: whatever
   * `serverURL` the application is configured with in tests. A base with a path
   * (`https://gateway.example/factify`) is intercepted below that path.
   */
  baseUrls?: readonly string[];
}

/** The handlers to spread into `setupServer(...)` / `setupWorker(...)`, and the emulator behind them. */
export type FactifyHandlers = ReturnType<typeof http.all>[] & {
  /** The one emulator every handler answers from: its tokens, users, faults and clock. */
  readonly mock: MockFactify;
};

// "https://Api.example.com/x/" -> "https://api.example.com/x": one spelling per base, no trailing slash.
function normalizeBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new TypeError(`factifyHandlers: baseUrls must be absolute URLs, got ${JSON.stringify(base)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`factifyHandlers: baseUrls must be http(s) URLs, got ${JSON.stringify(base)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

// The emulator serves the API at the origin's root (`/v1beta/...`); a base with a path prefix is
// therefore answered as if the prefix were not there.
function withoutPrefix(request: Request, base: string): Request {
  const prefix = new URL(base).pathname;
  if (prefix === "/" || prefix === "") return request;
  const url = new URL(request.url);
  url.pathname = url.pathname.slice(prefix.length) || "/";
  return new Request(url, request);
}

/**
 * Returns msw request handlers that answer every request to the Factify production and
 * development base URLs (and `baseUrls`) from one stateful emulator, so an unmodified
 * application's calls reach it: `setupServer(...factifyHandlers())`. The array carries the
 * emulator as `.mock` (tokens, users, faults, clock). Injected `drop` faults become network
 * errors; `truncate` faults cut the body short.
 */
export function factifyHandlers(options: FactifyHandlersOptions = {}): FactifyHandlers {
  const { mock: given, baseUrls = [], ...emulatorOptions } = options;
  const mock = given ?? createMockFactify(emulatorOptions);
  const bases = [...new Set([...FACTIFY_BASE_URLS, ...baseUrls].map(normalizeBase))];
  const handlers = bases.map((base) =>
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await mock.fetch(withoutPrefix(request, base));
      } catch (error) {
        // The emulator rejects only for an injected drop or an aborted request; msw turns
        // HttpResponse.error() into the network error a dropped connection gives.
        if (request.signal.aborted) throw error;
        return HttpResponse.error();
      }
    }),
  );
  return Object.defineProperty(handlers, "mock", { value: mock, enumerable: false }) as FactifyHandlers;
}

export { createMockFactify, type MockFactify, type MockFactifyOptions } from "./mock";

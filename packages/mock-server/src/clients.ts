// SDK clients bound to an emulator: one per demo user, ready to pass to any operation, with
// client-side pacing off and retries quick, so tests spend no time waiting.
import type { createFactify } from "@factify/core";
import { DEMO_USERS, type DemoKeyHolder, type DemoUserName } from "./internal/demo/demo-users";

/** A client of `@factify/core`, as `createFactify` returns it. */
export type MockClient = ReturnType<typeof createFactify>;
/** Options of `createFactify`, for clients handed out by the emulator. */
export type MockClientOptions = NonNullable<Parameters<typeof createFactify>[0]>;

/** Origin the handed-out clients use; with the emulator's fetch injected, no request leaves the process. */
export const MOCK_ORIGIN = "http://factify-mock.test";

/**
 * Retries that finish in milliseconds: injected faults answer `Retry-After: 0` in-process, and
 * backoff between attempts stays under 10 ms.
 */
export const QUICK_RETRIES = { initialInterval: 1, maxInterval: 10, maxElapsedTime: 5_000 } as const;

/** Returns the options of a client that sends `token` through `fetch`; `overrides` win. */
export function mockClientOptions(token: string, fetch: MockClientOptions["fetch"], serverURL: string, overrides: MockClientOptions = {}): MockClientOptions {
  return { bearerAuth: token, fetch, serverURL, retryConfig: QUICK_RETRIES, rateLimit: false, ...overrides };
}

/** Clients of the demo users that have an API key, by role name. */
export type DemoClients = Readonly<Record<DemoKeyHolder, MockClient>>;
/** Clients that send the demo users' user tokens (for `getMe`, `getUserPreferences`), by role name. */
export type DemoUserClients = Readonly<Record<DemoUserName, MockClient>>;

/** Builds clients lazily (on first read) and caches them; `make(name)` creates one. */
export function lazyClients<K extends string>(names: readonly K[], make: (name: K) => MockClient): Readonly<Record<K, MockClient>> {
  const cache = new Map<K, MockClient>();
  const out = {} as Record<K, MockClient>;
  for (const name of names) {
    Object.defineProperty(out, name, {
      enumerable: true,
      get() {
        let client = cache.get(name);
        if (!client) cache.set(name, (client = make(name)));
        return client;
      },
    });
  }
  return out;
}

/** The role names of demo users with API keys, in the order the emulator seeds them. */
export const KEY_HOLDERS = (Object.keys(DEMO_USERS) as DemoUserName[]).filter((n) => DEMO_USERS[n].hasApiKey) as DemoKeyHolder[];
/** Every demo role name. */
export const DEMO_USER_NAMES = Object.keys(DEMO_USERS) as DemoUserName[];

// A vitest fixture: every test that asks for `mock` or `factify` gets a fresh emulator (its own
// state, faults and clock) and the demo owner's client bound to it. Nothing is shared between
// tests, so they can run in any order.
import { createMockFactify, type MockClient, type MockFactify } from "@factify/mock-server";
import { test as base } from "vitest";

export const test = base.extend<{ mock: MockFactify; factify: MockClient }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern; this one has none.
  mock: async ({}, use) => {
    await use(createMockFactify({ processingDelayMs: 0 }));
  },
  factify: async ({ mock }, use) => {
    await use(mock.client);
  },
});

export { expect } from "vitest";

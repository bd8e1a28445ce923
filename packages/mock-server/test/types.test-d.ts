import { expectTypeOf, test } from "vitest";
import { createMockFactify, DEMO_USERS, type FaultSpec, type MockClient, type MockFactify } from "../src/index";
import { factifyHandlers } from "../src/msw";
import type { MockServer } from "../src/node";

test("mock.fetch can stand in for the global fetch", () => {
  const mock = createMockFactify();
  expectTypeOf(mock.fetch).toMatchTypeOf<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>();
  expectTypeOf(mock.fetch).parameters.toEqualTypeOf<[RequestInfo | URL, (RequestInit | undefined)?]>();
  expectTypeOf(mock.tokens.owner).toEqualTypeOf<string>();
});

test("faults are a closed set of kinds", () => {
  expectTypeOf<FaultSpec["kind"]>().toEqualTypeOf<"latency" | "status" | "html" | "drop" | "truncate">();
  // @ts-expect-error: not a fault kind
  const bad: FaultSpec = { kind: "explode" };
  void bad;
});

test("serve hands back the emulator it runs", () => {
  expectTypeOf<MockServer["mock"]>().toEqualTypeOf<MockFactify>();
  expectTypeOf<MockServer["close"]>().returns.toEqualTypeOf<Promise<void>>();
});

test("handed-out clients are core clients, one per demo user with a key", () => {
  const mock = createMockFactify();
  expectTypeOf(mock.client).toEqualTypeOf<MockClient>();
  expectTypeOf(mock.clients).toHaveProperty("outsider");
  // @ts-expect-error: newcomer has no API key, so no key client
  void mock.clients.newcomer;
  expectTypeOf(mock.userClients.newcomer).toEqualTypeOf<MockClient>();
  expectTypeOf(DEMO_USERS.member.email).toEqualTypeOf<"mia@acme.example">();
});

test("the msw handlers carry their emulator", () => {
  const handlers = factifyHandlers();
  expectTypeOf(handlers.mock).toEqualTypeOf<MockFactify>();
  expectTypeOf(handlers).toMatchTypeOf<unknown[]>();
});

import { expectTypeOf, test } from "vitest";
import { createMockFactify, type FaultSpec, type MockFactify } from "../src/index";
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

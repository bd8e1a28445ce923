// Public surface of @factify/mock-server (web-standard; runs in Node, Bun, Deno, Workers and browsers).
// The Node server and CLI live in the separate `@factify/mock-server/node` entry.
export { makePdf as samplePdf } from "./internal/files";
export { createMockFactify, type DemoData, type DemoTokens, type DemoUserTokens, type MockFactify, type MockFactifyOptions } from "./mock";
export type { CreatedUser, NewUser } from "./internal/admin-ops";
export type { DispatchResult } from "./internal/dispatch";
export type { FaultKind, FaultSpec, PendingFault } from "./internal/faults";
export type { State as MockState } from "./internal/store";

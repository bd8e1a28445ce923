// Public surface of @factify/mock-server (web-standard; runs in Node, Bun, Deno, Workers and browsers).
// The Node server and CLI live in `@factify/mock-server/node`, the msw handlers in `@factify/mock-server/msw`.
export type { DemoClients, DemoUserClients, MockClient, MockClientOptions } from "./clients";
export { makePdf as samplePdf } from "./internal/content/sample-pdf";
export type { CreatedUser, NewUser } from "./internal/controls/test-hooks";
export type { FaultKind, FaultSpec, PendingFault } from "./internal/controls/faults";
export { DEMO_USERS, type DemoKeyHolder, type DemoUser, type DemoUserName } from "./internal/demo/demo-users";
export type { DispatchResult } from "./internal/dispatch";
export type { State as MockState } from "./internal/state/store";
export { createMockFactify, type DemoData, type DemoTokens, type DemoUserTokens, type MockFactify, type MockFactifyOptions } from "./mock";

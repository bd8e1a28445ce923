// Where the spec-driven tests read the API: the committed, prose-free contract and operation map
// of tools/contract. Every clone has them, so those suites always run; only tools/contract's own
// drift check looks at the full OpenAPI document.
export { CONTRACT_PATH, type OperationRow, readContract, readOperations } from "@factify-tools/contract";

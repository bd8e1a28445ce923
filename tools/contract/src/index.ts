// The committed API contract and operation map, for codegen and the tests that are driven by them.
export { CONTRACT_PATH, OPERATIONS_PATH, type OperationRow, REPO_ROOT, readContract, readOperations } from "./files";

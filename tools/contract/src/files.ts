// The committed contract files, where they live and how they are read and written. Every clone
// has them, so whatever reads them (codegen, the conformance tests, the emulator's response
// checks, the docs scripts) runs without the full OpenAPI document.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The repository's root folder. */
export const REPO_ROOT: string = resolve(HERE, "../../..");
/** The prose-free contract: paths, operations, parameters, bodies, responses and schemas. */
export const CONTRACT_PATH: string = resolve(HERE, "../factify.contract.json");
/** The operation map: one row per operation with its package, resource method and wire shape. */
export const OPERATIONS_PATH: string = resolve(HERE, "../factify.operations.json");

/** One row of the operation map. */
export interface OperationRow {
  /** The document's operationId (`deleteAPIKeyQuota`); the SDK's function is its camelCase form. */
  operationId: string;
  /** Package that exports it (`@factify/usage`). */
  package: string;
  /** Method on the package's resource, sub-resources dotted (`members.add`). */
  method: string;
  http: string;
  /** Path as the document writes it, `{name}` placeholders included. */
  path: string;
  /** Media type of the request body, or null when the operation sends none. */
  requestBody: string | null;
  /** Whether the operation is cursor-paged. */
  paged: boolean;
  /** The accessor the earlier single-package SDK used (`organizations.members.add`), or null. */
  earlierSdk: string | null;
}

/** Serializes like every committed contract file: two-space indent, trailing newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const cache = new Map<string, unknown>();
function readJson<T>(path: string): T {
  if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(path, "utf8")));
  return cache.get(path) as T;
}

/** The committed contract, parsed once per process. Treat it as read-only. */
export function readContract<T = any>(): T {
  return readJson<T>(CONTRACT_PATH);
}

/** The committed operation map, parsed once per process. Treat it as read-only. */
export function readOperations(): readonly OperationRow[] {
  return readJson<OperationRow[]>(OPERATIONS_PATH);
}

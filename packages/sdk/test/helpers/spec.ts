// Walks the committed API contract and operation map (tools/contract, read through
// tools/test-support) for the spec-driven tests; every clone has them, so these tests always run.
import { readContract, readOperations } from "@factify-tools/test-support";

/** A JSON Schema node (OpenAPI 3.1 dialect), loosely typed for walking. */
export type Schema = Record<string, any>;

/** One operation of the spec with what the tests need. */
export interface SpecOperation {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  op: Schema;
}

/** One row of the operation map, as these tests use it. */
export interface MapRow {
  pkg: string;
  method: string;
  fn: string;
  http: string;
  path: string;
  paged: boolean;
}

/** The parsed contract (read once). */
export function spec(): Schema {
  return readContract<Schema>();
}

/** Every operation of the spec, in document order. */
export function specOperations(): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec().paths as Record<string, Schema>)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "put", "post", "patch", "delete"].includes(method)) continue;
      out.push({ operationId: op.operationId, method: method.toUpperCase() as SpecOperation["method"], path, op });
    }
  }
  return out;
}

/** Rows of the operation map. */
export function apiMap(): MapRow[] {
  return readOperations().map((r) => ({ pkg: r.package, method: r.method, fn: r.operationId, http: r.http, path: r.path, paged: r.paged }));
}

/** Resolves a `$ref` to its component schema (one level). */
export function deref(schema: Schema): Schema {
  if (typeof schema?.$ref !== "string") return schema;
  const name = schema.$ref.replace("#/components/schemas/", "");
  const target = spec().components.schemas[name];
  if (!target) throw new Error(`unknown $ref ${schema.$ref}`);
  return target;
}

/** Regular camelCase with acronyms folded, as the SDK names functions (`deleteAPIKeyQuota` -> `deleteApiKeyQuota`). */
export function camelCase(name: string): string {
  const words = (name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []).map((w) => w.toLowerCase());
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
}

/** PascalCase of a kebab-case package folder (`api-keys` -> `ApiKeys`). */
export function pascalFromKebab(name: string): string {
  return name
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

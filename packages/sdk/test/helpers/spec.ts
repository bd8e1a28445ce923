// Walks the Factify OpenAPI document and API-MAP.md for the spec-driven tests; where they are found,
// and what a missing spec means in CI, is decided once in tools/test-support.
import { readFileSync } from "node:fs";
import { API_MAP_PATH, readSpec, SPEC_PATH } from "@factify-tools/test-support";

/** A JSON Schema node (OpenAPI 3.1 dialect), loosely typed for walking. */
export type Schema = Record<string, any>;

/** One operation of the spec with what the tests need. */
export interface SpecOperation {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  op: Schema;
}

/** One row of API-MAP.md. */
export interface MapRow {
  pkg: string;
  method: string;
  fn: string;
  http: string;
  path: string;
  paged: boolean;
}

export { API_MAP_PATH, HAVE_SPEC, IN_CI, requireSpecInCi, SPEC_PATH } from "@factify-tools/test-support";

/** The parsed spec (read once). */
export function spec(): Schema {
  const parsed = readSpec<Schema>();
  if (!parsed) throw new Error(`The Factify OpenAPI document is missing at ${SPEC_PATH}`);
  return parsed;
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

/** Rows of API-MAP.md's operation table. */
export function apiMap(): MapRow[] {
  const rows: MapRow[] = [];
  for (const line of readFileSync(API_MAP_PATH, "utf8").split("\n")) {
    const c = line.split("|").map((s) => s.trim());
    if (c.length < 9 || !c[1]?.startsWith("@factify/")) continue;
    rows.push({ pkg: c[1], method: c[2]!, fn: c[3]!, http: c[4]!, path: c[5]!.replace(/`/g, ""), paged: c[7] === "yes" });
  }
  return rows;
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

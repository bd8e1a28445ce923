// Loads the Factify OpenAPI document and API-MAP.md for the spec-driven tests. The spec lives
// outside the repository (`../shared/` from the root, or $FACTIFY_OPENAPI); in CI its absence fails
// the run, locally the spec-driven suites are skipped.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

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

const REPO_ROOT = resolve(fileURLToPath(new URL("../../../..", import.meta.url)));
export const SPEC_PATH = process.env.FACTIFY_OPENAPI ?? resolve(REPO_ROOT, "../shared/factify-openapi.json");
export const API_MAP_PATH = resolve(REPO_ROOT, "../shared/API-MAP.md");
export const HAVE_SPEC = existsSync(SPEC_PATH);
export const IN_CI = process.env.CI === "true" || process.env.CI === "1";

/** Throws in CI when the spec is missing, so a CI run cannot pass by skipping the spec-driven suites. */
export function requireSpecInCi(): void {
  if (!HAVE_SPEC && IN_CI) throw new Error(`The Factify OpenAPI document is missing at ${SPEC_PATH}; CI needs it for the conformance tests.`);
}

let cached: Schema | undefined;

/** The parsed spec (read once). */
export function spec(): Schema {
  cached ??= JSON.parse(readFileSync(SPEC_PATH, "utf8")) as Schema;
  return cached;
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

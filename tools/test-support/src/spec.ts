// Where tests find the Factify OpenAPI document and API-MAP.md: `../shared/` beside the repository,
// or $FACTIFY_OPENAPI. In CI a missing spec is a failure; locally the spec-driven suites skip.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** Path of the OpenAPI document the tests read. */
export const SPEC_PATH: string = process.env.FACTIFY_OPENAPI ?? resolve(REPO_ROOT, "../shared/factify-openapi.json");
/** Path of API-MAP.md, read beside the spec. */
export const API_MAP_PATH: string = resolve(dirname(SPEC_PATH), "API-MAP.md");
/** Whether the spec is there to read. */
export const HAVE_SPEC: boolean = existsSync(SPEC_PATH);
/** Whether this run is CI's, where skipping a spec-driven suite would hide a broken checkout. */
export const IN_CI: boolean = process.env.CI === "true" || process.env.CI === "1";

/** Throws in CI when the spec is missing, so a CI run cannot pass by skipping the spec-driven suites. */
export function requireSpecInCi(): void {
  if (!HAVE_SPEC && IN_CI) throw new Error(`The Factify OpenAPI document is missing at ${SPEC_PATH} (set FACTIFY_OPENAPI); CI needs it.`);
}

let cached: unknown;

/** The parsed spec, read once; throws in CI when absent, returns undefined elsewhere. */
export function readSpec<T = any>(): T | undefined {
  requireSpecInCi();
  if (!HAVE_SPEC) return undefined;
  cached ??= JSON.parse(readFileSync(SPEC_PATH, "utf8"));
  return cached as T;
}

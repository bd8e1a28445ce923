// Where the tests find the real Factify spec and API map, and what to do when they are absent:
// in CI their absence is a failure; locally the spec-driven tests are skipped.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defaultSpecPath, REPO_ROOT } from "../src/main";

export const SPEC_PATH = defaultSpecPath();
export const API_MAP_PATH = resolve(REPO_ROOT, "../shared/API-MAP.md");
export const HAVE_SPEC = existsSync(SPEC_PATH);
export const IN_CI = process.env.CI === "true" || process.env.CI === "1";

/** Throws in CI when the spec is missing, so a broken checkout cannot pass by skipping. */
export function requireSpecInCi(): void {
  if (!HAVE_SPEC && IN_CI) throw new Error(`The Factify OpenAPI document is missing at ${SPEC_PATH}; CI needs it.`);
}

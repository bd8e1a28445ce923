// Validates canned bodies against the response schemas of the API contract (read from ../shared,
// never copied), so the benchmark measures the SDK on responses a real server could send.
import { existsSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// ajv and ajv-formats are CommonJS; depending on the loader their default export sits one level down.
const AjvClass: typeof Ajv2020 = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
const applyFormats: typeof addFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;

/** Path of the API contract, found as every test finds it (tools/test-support). */
export { SPEC_PATH } from "@factify-tools/test-support";

/** Returns the validation errors of `body` against `#/components/schemas/<schema>`; empty when valid. */
export function specErrors(file: string, schema: string, body: unknown): string[] {
  if (!existsSync(file)) throw new Error(`the API contract is missing at ${file}; set FACTIFY_OPENAPI or check out ../shared`);
  const spec = JSON.parse(readFileSync(file, "utf8")) as { components: unknown };
  // strict: false because OpenAPI adds keywords (discriminator, example) that are not JSON Schema.
  const ajv = new AjvClass({ strict: false, allErrors: true });
  applyFormats(ajv);
  ajv.addSchema({ $id: "spec", components: spec.components });
  const validate = ajv.getSchema(`spec#/components/schemas/${schema}`);
  if (!validate) throw new Error(`no schema ${schema} in the contract`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

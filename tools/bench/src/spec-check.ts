// Validates canned bodies against the response schemas of the committed API contract
// (tools/contract), so the benchmark measures the SDK on responses a real server could send.
import { readContract } from "@factify-tools/test-support";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// ajv and ajv-formats are CommonJS; depending on the loader their default export sits one level down.
const AjvClass: typeof Ajv2020 = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
const applyFormats: typeof addFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;

/** Returns the validation errors of `body` against `#/components/schemas/<schema>`; empty when valid. */
export function specErrors(schema: string, body: unknown): string[] {
  const contract = readContract<{ components: unknown }>();
  // strict: false because OpenAPI adds keywords (discriminator) that are not JSON Schema.
  const ajv = new AjvClass({ strict: false, allErrors: true });
  applyFormats(ajv);
  ajv.addSchema({ $id: "spec", components: contract.components });
  const validate = ajv.getSchema(`spec#/components/schemas/${schema}`);
  if (!validate) throw new Error(`no schema ${schema} in the contract`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

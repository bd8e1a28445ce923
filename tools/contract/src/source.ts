// Where the full OpenAPI document is found, when it is: `$FACTIFY_OPENAPI`, else
// `../shared/factify-openapi.json` beside the repository. Only the contract script and its drift
// check look for it; everything else reads the committed contract.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { REPO_ROOT } from "./files";

/** Path of the full document this run would derive from. */
export const SOURCE_PATH: string = process.env.FACTIFY_OPENAPI ? resolve(process.env.FACTIFY_OPENAPI) : resolve(REPO_ROOT, "../shared/factify-openapi.json");

/** Whether the full document is there to read. */
export const HAVE_SOURCE: boolean = existsSync(SOURCE_PATH);

/** Whether the document was named explicitly ($FACTIFY_OPENAPI): then a missing file is an error, not a reason to skip. */
export const SOURCE_NAMED: boolean = Boolean(process.env.FACTIFY_OPENAPI);

/** The full document, parsed. */
export function readSource(): unknown {
  return JSON.parse(readFileSync(SOURCE_PATH, "utf8"));
}

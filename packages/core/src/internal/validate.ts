// Turns valibot issues into the SDK's InvalidRequestError, naming the offending input path the way
// a user would write it in code: `recipients[0].role`.
import { type BaseIssue, type GenericSchema, safeParse } from "valibot";
import { InvalidRequestError } from "../errors";

/** One validation problem: where (input path, `""` for the input itself) and what. */
export interface InputIssue {
  path: string;
  message: string;
}

/**
 * Checks `input` against `schema` and returns nothing when it passes.
 * @throws InvalidRequestError whose message and `field` name the first offending path, with every issue in `issues`.
 */
export function assertValidInput(schema: GenericSchema<unknown, unknown>, input: unknown, operationId?: string): void {
  const result = safeParse(schema, input);
  if (result.success) return;
  throw invalidInputError(result.issues.map(toInputIssue), operationId);
}

/** Builds the error thrown for a failed input check. */
export function invalidInputError(issues: readonly InputIssue[], operationId?: string): InvalidRequestError {
  const first = issues[0] ?? { path: "", message: "Invalid input" };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
  const where = operationId ? ` [${operationId}]` : "";
  return new InvalidRequestError(`${first.path || "(input)"}: ${first.message}${more}${where}`, {
    field: first.path || undefined,
    issues,
  });
}

/** Formats a valibot issue path as `a.b[0].c`. */
export function issuePath(issue: BaseIssue<unknown>): string {
  let out = "";
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string") out += out ? `.${key}` : key;
    else out += `[${String(key)}]`;
  }
  return out;
}

function toInputIssue(issue: BaseIssue<unknown>): InputIssue {
  return { path: issuePath(issue), message: issue.message };
}

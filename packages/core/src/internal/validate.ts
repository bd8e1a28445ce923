// Checks values against the schemas of operation descriptors through the Standard Schema interface
// (`~standard`, which valibot schemas carry), so core needs no schema library code of its own, and
// names each problem's path the way a user would write it in code: `recipients[0].role`.
import { InvalidRequestError, type Issue } from "../errors";
import type { StandardResult, StandardSchema } from "../types";

type Result = StandardResult<unknown>;

/**
 * The issues of `value` against `schema`, with dotted paths; undefined when it passes. Synchronous
 * for synchronous schemas (every generated one): a promise only when the schema returns one.
 */
export function findIssues(schema: StandardSchema, value: unknown): Issue[] | undefined | Promise<Issue[] | undefined> {
  const result = schema["~standard"].validate(value);
  return result instanceof Promise ? result.then(toIssues) : toIssues(result);
}

function toIssues({ issues }: Result): Issue[] | undefined {
  return issues?.map(({ path, message }) => {
    let out = "";
    for (const item of path ?? []) {
      const key = typeof item === "object" ? item.key : item;
      out += typeof key === "string" ? (out ? `.${key}` : key) : `[${String(key)}]`;
    }
    return { path: out, message };
  });
}

/**
 * Checks `input` against `schema`; returns a promise only when the schema is asynchronous.
 * @throws InvalidRequestError whose message and `field` name the first offending path, with every issue in `issues`.
 */
export function assertValidInput(schema: StandardSchema, input: unknown, operationId: string): void | Promise<void> {
  const issues = findIssues(schema, input);
  return issues instanceof Promise ? issues.then((found) => throwIssues(found, operationId)) : throwIssues(issues, operationId);
}

function throwIssues(issues: Issue[] | undefined, operationId: string): void {
  if (!issues) return;
  const { path, message } = issues[0]!;
  const more = issues.length - 1;
  throw new InvalidRequestError(`${path || "(input)"}: ${message}${more ? ` (and ${more} more issue${more > 1 ? "s" : ""})` : ""} [${operationId}]`, {
    field: path || undefined,
    issues,
  });
}

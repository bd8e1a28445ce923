// Expands `{name}` placeholders of an operation's path template with encoded input values.
import { InvalidRequestError } from "../errors";

/**
 * Substitutes each `{name}` in `template` with `encodeURIComponent(params[name])`.
 * @throws InvalidRequestError naming the parameter when its value is missing, not a string,
 * empty, `.`, `..`, or contains `/` (any of which would address a different resource).
 */
export function expandPath(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = params[name];
    // Encoding alone is not enough: "." and ".." survive encodeURIComponent and are resolved away by
    // URL parsers, and many proxies decode %2F back into a separator.
    const problem =
      typeof value !== "string"
        ? value == null
          ? "is missing"
          : `must be a string, got ${Array.isArray(value) ? "an array" : typeof value}`
        : value === "" || value === "." || value === ".."
          ? `must not be ${JSON.stringify(value)}`
          : value.includes("/")
            ? 'must not contain "/"'
            : "";
    if (problem) throw new InvalidRequestError(`${name}: path parameter ${problem}`, { field: name });
    return encodeURIComponent(value as string);
  });
}

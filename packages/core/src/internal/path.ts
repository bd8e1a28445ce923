// Expands `{name}` placeholders of an operation's path template with encoded input values.
import { InvalidRequestError } from "../errors";

// Templates split once into literal text and parameter names: a handful of templates per app, each
// expanded on every call.
const templates = new Map<string, string[]>();

/**
 * Substitutes each `{name}` in `template` with `encodeURIComponent(params[name])`.
 * @throws InvalidRequestError naming the parameter when its value is missing, not a string,
 * empty, `.`, `..`, or contains `/` (any of which would address a different resource).
 */
export function expandPath(template: string, params: Readonly<Record<string, unknown>>): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{([^{}]+)\}/)));
  // Even indexes are literal text, odd ones parameter names.
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
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
    out += encodeURIComponent(value as string) + parts[i + 1];
  }
  return out;
}

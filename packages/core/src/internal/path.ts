// Expands `{name}` placeholders of an operation's path template with encoded input values.
import { InvalidRequestError } from "../errors";

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Substitutes each `{name}` in `template` with `encodeURIComponent(params[name])`.
 * @throws InvalidRequestError naming the parameter when its value is missing, not a string,
 * empty, `.`, `..`, or contains `/` (any of which would address a different resource).
 */
export function expandPath(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => encodeSegment(name, params[name]));
}

function encodeSegment(name: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new InvalidRequestError(`${name}: required path parameter is missing`, { field: name });
  }
  if (typeof value !== "string") {
    throw new InvalidRequestError(`${name}: path parameter must be a string, got ${describe(value)}`, { field: name });
  }
  // Encoding alone is not enough: "." and ".." survive encodeURIComponent and are resolved away by
  // URL parsers, and many proxies decode %2F back into a separator.
  if (value === "" || value === "." || value === "..") {
    throw new InvalidRequestError(`${name}: path parameter must not be ${JSON.stringify(value)}`, { field: name });
  }
  if (value.includes("/")) {
    throw new InvalidRequestError(`${name}: path parameter must not contain "/"`, { field: name });
  }
  return encodeURIComponent(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "an array" : typeof value;
}

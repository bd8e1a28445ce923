// Query-string encoding used by every operation: the API's dotted names (`created.after`) are
// nested objects in input, arrays repeat their key, and Dates travel as RFC 3339.
import { InvalidRequestError } from "../errors";

/**
 * Serializes an input object into a query string without the leading `?`.
 * Nested objects become dotted names, arrays repeat the key, Dates become RFC 3339, booleans
 * `true`/`false`; `undefined` and `null` are skipped. Keys keep their insertion order.
 * @throws InvalidRequestError when a Date is invalid.
 */
export function serializeQuery(params: Readonly<Record<string, unknown>>): string {
  const out: string[] = [];
  const add = (name: string, value: unknown): void => {
    if (value == null) return;
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (typeof value === "object" && !(value instanceof Date)) for (const key in value) add(`${name}.${key}`, (value as Record<string, unknown>)[key]);
    else out.push(`${encodeURIComponent(name)}=${encodeURIComponent(value instanceof Date ? toRfc3339(value, name) : String(value))}`);
  };
  for (const key in params) add(key, params[key]);
  return out.join("&");
}

/**
 * Formats a Date as an RFC 3339 UTC timestamp (`toISOString`).
 * @throws InvalidRequestError naming `field` when the Date is invalid.
 */
export function toRfc3339(date: Date, field: string): string {
  const year = date.getUTCFullYear();
  // toISOString writes years outside 0000-9999 with a sign and six digits, which RFC 3339 forbids.
  if (!(year >= 0 && year <= 9999)) throw new InvalidRequestError(`${field || "(input)"}: Invalid Date`, { field });
  return date.toISOString();
}

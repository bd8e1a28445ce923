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
  for (const key of Object.keys(params)) appendValue(out, key, params[key]);
  return out.join("&");
}

function appendValue(out: string[], name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendValue(out, name, item);
    return;
  }
  if (value instanceof Date) {
    out.push(`${encodeURIComponent(name)}=${encodeURIComponent(toRfc3339(value, name))}`);
    return;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) appendValue(out, `${name}.${key}`, record[key]);
    return;
  }
  out.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
}

/**
 * Formats a Date as an RFC 3339 UTC timestamp (`toISOString`).
 * @throws InvalidRequestError naming `field` when the Date is invalid.
 */
export function toRfc3339(date: Date, field: string): string {
  const year = date.getUTCFullYear();
  // toISOString writes years outside 0000-9999 with a sign and six digits, which RFC 3339 forbids.
  if (Number.isNaN(year) || year < 0 || year > 9999) {
    throw new InvalidRequestError(`${field || "(input)"}: Invalid Date`, { field });
  }
  return date.toISOString();
}

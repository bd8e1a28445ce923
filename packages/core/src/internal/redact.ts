// Everything the SDK logs passes through here first, so credentials never reach a log sink:
// the Authorization header, Factify API secrets (`ffy_...`), JWT-shaped user tokens, and any field,
// header or query parameter whose name says it holds a secret or token.

/** Placeholder written instead of a redacted value. */
export const REDACTED = "[REDACTED]";

// `token`, `secret`, `password`, `api_key`, `authorization`, `cookie` and names ending in them
// (`access_token`, `client_secret`, `x-api-key`, `set-cookie`), but not pagination cursors, which
// are named like tokens and carry nothing secret.
const SENSITIVE_KEY = /^(?!(next_|prev_)?page_token$)(.*[_-])?(token|secret|password|api[_-]?key|authorization|cookie)$|^(secret|password|authorization)/i;

/** True when a field, header or parameter with this name should never be logged. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/** Replaces sensitive query parameters, API secrets and JWTs inside free text (URLs included). */
export function redactText(text: string): string {
  return text
    .replace(/([?&])([^=&#\s]+)=[^&#\s]*/g, (pair, sep: string, name: string) => (isSensitiveKey(name) ? `${sep}${name}=${REDACTED}` : pair))
    .replace(/ffy_\w+|\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, REDACTED);
}

/** A deep copy of a JSON-like value (or of Headers) with sensitive fields and embedded secrets replaced. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (!value || typeof value !== "object") return value;
  if (depth > 8) return "[...]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of value instanceof Headers ? value : Object.entries(value)) out[k] = isSensitiveKey(k) ? REDACTED : redactValue(v, depth + 1);
  return out;
}

// Everything the SDK logs passes through here first, so credentials never reach a log sink:
// the Authorization header, Factify API secrets (`ffy_...`), JWT-shaped user tokens, and any field or
// query parameter whose name says it holds a secret or token.

/** Placeholder written instead of a redacted value. */
export const REDACTED = "[REDACTED]";

const SENSITIVE_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);
// `token`, `secret`, `password`, `api_key`, `authorization` and names ending in them (`access_token`,
// `client_secret`); pagination cursors are named like tokens but carry nothing secret.
const SENSITIVE_KEY = /(^|[_-])(token|secret|password|api_?key|authorization)$|^(secret|password|authorization)/i;
const CURSOR_KEYS = new Set(["page_token", "next_page_token", "prev_page_token"]);
const FFY_SECRET = /ffy_[A-Za-z0-9_]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

/** True when a field or parameter with this name should never be logged. */
export function isSensitiveKey(key: string): boolean {
  return !CURSOR_KEYS.has(key.toLowerCase()) && SENSITIVE_KEY.test(key);
}

/** Replaces API secrets and JWTs inside free text. */
export function redactText(text: string): string {
  return text.replace(FFY_SECRET, `ffy_${REDACTED}`).replace(JWT, REDACTED);
}

/** Headers as a plain object with credentials replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SENSITIVE_HEADERS.has(name) ? REDACTED : redactText(value);
  });
  return out;
}

/** The URL with sensitive query parameters and embedded secrets replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return redactText(url);
  const params = url
    .slice(q + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // Malformed escapes: judge the raw name.
      }
      return eq >= 0 && isSensitiveKey(decoded) ? `${name}=${REDACTED}` : pair;
    });
  return redactText(`${url.slice(0, q)}?${params.join("&")}`);
}

/** A deep copy of a JSON-like value with sensitive fields and embedded secrets replaced. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth > 8) return "[...]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = isSensitiveKey(k) ? REDACTED : redactValue(v, depth + 1);
  }
  return out;
}

// Headers every request carries, in the order they are layered: SDK defaults, body headers, then the
// caller's per-call headers (last, so a caller can override anything, Authorization included).
import { InvalidRequestError } from "../errors";

/** The SDK's own user agent token, e.g. `@factify/core/0.1.0`. */
export const SDK_USER_AGENT = `@factify/core/${__PACKAGE_VERSION__}`;

/** The full user agent: the application's prefix (if any) followed by the SDK's token. */
export function userAgentFor(prefix: string | undefined): string {
  return prefix ? `${prefix} ${SDK_USER_AGENT}` : SDK_USER_AGENT;
}

/** Inputs of `buildHeaders`. */
export interface HeaderParts {
  token: string;
  userAgent: string;
  body?: Record<string, string>;
  call?: Record<string, string> | Headers;
}

/**
 * Builds the headers of one attempt.
 * @throws InvalidRequestError when a per-call header has an invalid name or value.
 */
export function buildHeaders(parts: HeaderParts): Headers {
  const headers = new Headers({
    Accept: "application/json",
    Authorization: `Bearer ${parts.token}`,
    // Browsers refuse to set User-Agent from script (it is silently dropped), so the same value
    // also travels in a header they allow.
    "User-Agent": parts.userAgent,
    "X-Factify-Client": parts.userAgent,
  });
  for (const [name, value] of Object.entries(parts.body ?? {})) headers.set(name, value);
  if (parts.call) {
    try {
      new Headers(parts.call).forEach((value, name) => {
        headers.set(name, value);
      });
    } catch (cause) {
      throw new InvalidRequestError(`headers: ${(cause as Error).message}`, { field: "headers" });
    }
  }
  return headers;
}

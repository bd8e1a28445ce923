// What goes into the headers of a request, checked by the runtime's own Headers before anything is
// sent: a value it refuses (any character, not only line breaks) fails with an error naming the option
// and never quoting the value, which may be a secret.
import { fail } from "../internal/options";

/**
 * Checks a token from `source` (`bearerAuth`, or `FACTIFY_API_KEY` read from the environment).
 * `returned` says it came from a token provider function.
 * @throws InvalidRequestError naming the option when the token is empty or not a valid header value.
 */
export function checkToken(token: unknown, source: string, returned = false): asserts token is string {
  const must = returned ? "must return" : "must be";
  if (typeof token !== "string" || !token.trim()) fail(source, `${must} a non-empty string`);
  try {
    new Headers().set("authorization", `Bearer ${token}`);
  } catch {
    fail(source, `${must} a token that fits in an HTTP header`);
  }
}

/**
 * Copies the caller's headers one by one, so that a refused one is named.
 * @throws InvalidRequestError naming `headers.<name>` (the value is not quoted).
 */
export function copyHeaders(given: Record<string, string> | Headers): Headers {
  const headers = new Headers();
  for (const [name, value] of given instanceof Headers ? given : Object.entries(given)) {
    try {
      headers.set(name, value);
    } catch {
      fail(`headers.${name}`, "is not a valid HTTP header");
    }
  }
  return headers;
}

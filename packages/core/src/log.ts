// Debug logging, one option away and only in bundles that use it: `debugLogger: debugLog(console)`.
// The request path knows only the DebugLogger interface; the line formats and the redaction live
// here, so a client without a logger carries neither.
import { check } from "./internal/options";
import { redactText, redactValue } from "./internal/redact";
import type { DebugLogger, Logger } from "./types";

/**
 * Makes the `debugLogger` option from a console-shaped logger. Every attempt writes two `debug` lines
 * (the request, then its outcome) with details; warnings go to `warn` (or `debug`). The Authorization
 * header, API secrets, JWTs and fields or query parameters named like secrets are redacted first.
 * @throws InvalidRequestError when `logger` has no `debug` function.
 */
export function debugLog(logger: Logger): DebugLogger {
  check(logger, ["*o", { debug: "*f", warn: "f" }], "logger");
  const debug = (line: string, details: object) => logger.debug(`factify: ${redactText(line)}`, redactValue(details));
  return {
    request(details) {
      debug(`${details.method} ${details.url} (attempt ${details.attempt})`, details);
    },
    response({ error, ...details }) {
      const { method, url, attempt, status, durationMs, retryInMs } = details;
      const next = error ? `, ${retryInMs === undefined ? "giving up" : `retrying in ${retryInMs} ms`}` : "";
      const outcome = status !== undefined ? `-> ${status}` : `failed: ${error?.message}`;
      debug(`${method} ${url} ${outcome} in ${durationMs} ms (attempt ${attempt}${next})`, { ...details, error: error?.name });
    },
    warn(message) {
      (logger.warn ?? logger.debug).call(logger, `factify: ${redactText(message)}`);
    },
  };
}

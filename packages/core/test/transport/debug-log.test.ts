// The debug logger's lines: exact wording for a request, a response, a failure with and without a
// retry, warnings (to warn, or to debug when there is none), and redaction of what it writes.
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import { debugLog } from "../../src/log";

function capture() {
  const debug: unknown[][] = [];
  const warn: unknown[][] = [];
  return { debug, warn, logger: { debug: (...a: unknown[]) => debug.push(a), warn: (...a: unknown[]) => warn.push(a) } };
}

const base = { operationId: "getThing", method: "GET" as const, url: "https://api.test/v1/x?token=s3cret&q=1", attempt: 2 };

describe("debugLog", () => {
  it("writes the request line with redacted URL and details", () => {
    const { debug, logger } = capture();
    debugLog(logger).request({ ...base, headers: new Headers({ authorization: "Bearer ffy_abc", accept: "application/json" }), body: { password: "p", n: 1 } });
    expect(debug).toHaveLength(1);
    expect(debug[0]![0]).toBe("factify: GET https://api.test/v1/x?token=[REDACTED]&q=1 (attempt 2)");
    expect(debug[0]![1]).toMatchObject({
      url: "https://api.test/v1/x?token=[REDACTED]&q=1",
      headers: { authorization: "[REDACTED]", accept: "application/json" },
      body: { password: "[REDACTED]", n: 1 },
      attempt: 2,
    });
  });

  it("writes a status line, a failure that gives up, and a failure that retries", () => {
    const { debug, logger } = capture();
    const log = debugLog(logger);
    const headers = new Headers();
    log.response({ ...base, headers, status: 200, durationMs: 12 });
    log.response({ ...base, headers, status: 503, durationMs: 5, error: new RangeError("busy"), retryInMs: 250 });
    log.response({ ...base, headers, durationMs: 7, error: new TypeError("socket hang up") });
    log.response({ ...base, headers, durationMs: 7, error: new TypeError("reset"), retryInMs: 0 });
    // Neither a status nor an error (a hook's report of an attempt that never ended) still gives a line.
    log.response({ ...base, headers, durationMs: 1 });
    expect(debug.map((line) => line[0])).toEqual([
      "factify: GET https://api.test/v1/x?token=[REDACTED]&q=1 -> 200 in 12 ms (attempt 2)",
      "factify: GET https://api.test/v1/x?token=[REDACTED]&q=1 -> 503 in 5 ms (attempt 2, retrying in 250 ms)",
      "factify: GET https://api.test/v1/x?token=[REDACTED]&q=1 failed: socket hang up in 7 ms (attempt 2, giving up)",
      "factify: GET https://api.test/v1/x?token=[REDACTED]&q=1 failed: reset in 7 ms (attempt 2, retrying in 0 ms)",
      "factify: GET https://api.test/v1/x?token=[REDACTED]&q=1 failed: undefined in 1 ms (attempt 2)",
    ]);
    expect(debug[0]![1]).toMatchObject({ status: 200, durationMs: 12, error: undefined });
    expect(debug[1]![1]).toMatchObject({ status: 503, error: "RangeError", retryInMs: 250 });
    expect(debug[2]![1]).toMatchObject({ error: "TypeError" });
  });

  it("sends warnings to warn, or to debug when the logger has no warn, redacted and bound to the logger", () => {
    const { debug, warn, logger } = capture();
    debugLog(logger).warn("store failed for ffy_key1");
    expect(warn).toEqual([["factify: store failed for [REDACTED]"]]);
    expect(debug).toEqual([]);
    const lines: unknown[] = [];
    const debugOnly = {
      prefix: "p",
      debug(this: { prefix: string }, line: unknown) {
        lines.push(`${this.prefix}:${line}`);
      },
    };
    debugLog(debugOnly).warn("cursor repeated");
    expect(lines).toEqual(["p:factify: cursor repeated"]);
  });

  it("rejects a logger without debug, naming it", () => {
    expect(() => debugLog({} as never)).toThrow(InvalidRequestError);
    expect(() => debugLog({} as never)).toThrow("logger.debug is required");
    expect(() => debugLog(undefined as never)).toThrow("logger is required");
    expect(() => debugLog({ debug: () => 1, warn: 1 } as never)).toThrow("logger.warn must be a function");
  });
});

// The option-checking rules on their own: each kind of rule, the message it gives, nested tables,
// and the tables createFactify, per-call options and request specs are checked against.
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import { check, checkAll, FACTIFY_OPTIONS, REQUEST_OPTIONS, REQUEST_SPEC } from "../../src/internal/options";

function message(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return (error as InvalidRequestError).message;
  }
  return "passed";
}

describe("check", () => {
  it("type letters accept their type and name every allowed type when they fail", () => {
    expect(message(() => check("x", "s", "a"))).toBe("passed");
    expect(message(() => check(() => 1, "sf", "a"))).toBe("passed");
    expect(message(() => check(1, "sf", "a"))).toBe("a must be a string or a function");
    expect(message(() => check(true, "b", "a"))).toBe("passed");
    expect(message(() => check("true", "b", "a"))).toBe("a must be a boolean");
    expect(message(() => check({}, "o", "a"))).toBe("passed");
    expect(message(() => check(null, "o", "a"))).toBe("a must be an object");
    expect(message(() => check([], "o", "a"))).toBe("a must be an object");
    expect(message(() => check(false, "o!", "a"))).toBe("passed");
    expect(message(() => check(true, "o!", "a"))).toBe("a must be an object or false");
    expect(message(() => check(false, "o", "a"))).toBe("a must be an object");
  });

  it("numeric rules check the minimum, integers and finiteness", () => {
    expect(message(() => check(0, "i0", "n"))).toBe("passed");
    expect(message(() => check(-1, "i0", "n"))).toBe("n must be an integer, at least 0");
    expect(message(() => check(1.5, "i0", "n"))).toBe("n must be an integer, at least 0");
    expect(message(() => check("1", "i0", "n"))).toBe("n must be an integer, at least 0");
    expect(message(() => check(1.5, "n1", "n"))).toBe("passed");
    expect(message(() => check(0.5, "n1", "n"))).toBe("n must be a finite number, at least 1");
    expect(message(() => check(Number.POSITIVE_INFINITY, "n0", "n"))).toBe("n must be a finite number, at least 0");
    expect(message(() => check(Number.NaN, "n0", "n"))).toBe("n must be a finite number, at least 0");
    expect(message(() => check(Number.POSITIVE_INFINITY, "t1", "n"))).toBe("passed");
    expect(message(() => check(0, "t1", "n"))).toBe("n must be a number, at least 1");
    expect(message(() => check("5", "t1", "n"))).toBe("n must be a number, at least 1");
    expect(message(() => check(Number.NaN, "t0", "n"))).toBe("n must be a number, at least 0");
    expect(message(() => check(12, "i10", "n"))).toBe("passed");
    expect(message(() => check(9, "i10", "n"))).toBe("n must be an integer, at least 10");
  });

  it("value lists compare JSON and list the choices", () => {
    expect(message(() => check("full", '="full"|"equal"', "j"))).toBe("passed");
    expect(message(() => check("half", '="full"|"equal"', "j"))).toBe('j must be "full" or "equal"');
    expect(message(() => check(1, "=0|1", "s"))).toBe("passed");
    expect(message(() => check("1", "=0|1", "s"))).toBe("s must be 0 or 1");
  });

  it("a star makes the option required; otherwise undefined passes", () => {
    expect(message(() => check(undefined, "*s", "path"))).toBe("path is required");
    expect(message(() => check(undefined, "s", "path"))).toBe("passed");
    expect(message(() => check(3, "*s", "path"))).toBe("path must be a string");
    expect(message(() => check("/x", "*s", "path"))).toBe("passed");
  });

  it("checks the fields of an object value against its table, under dotted names", () => {
    const rule = ["o!", { inner: "i0", deep: ["o", { leaf: "*f" }] }] as const;
    expect(message(() => check({ inner: -1 }, rule, "outer"))).toBe("outer.inner must be an integer, at least 0");
    expect(message(() => check({ deep: {} }, rule, "outer"))).toBe("outer.deep.leaf is required");
    expect(message(() => check(false, rule, "outer"))).toBe("passed");
    expect(message(() => check({ inner: 2, deep: { leaf: () => 1 } }, rule, "outer"))).toBe("passed");
  });
});

describe("checkAll and the option tables", () => {
  it("names top-level options by their own name and skips an absent object", () => {
    expect(message(() => checkAll(undefined, FACTIFY_OPTIONS, "options"))).toBe("passed");
    expect(message(() => checkAll(null, FACTIFY_OPTIONS, "options"))).toBe("options must be an object");
    expect(message(() => checkAll("x", FACTIFY_OPTIONS, "options"))).toBe("options must be an object");
    expect(message(() => checkAll({ timeoutMs: 0 }, FACTIFY_OPTIONS, "options"))).toBe("timeoutMs must be a number, at least 1");
    expect(message(() => checkAll({ serverIdx: 2 }, FACTIFY_OPTIONS, "options"))).toBe("serverIdx must be 0 or 1");
    expect(message(() => checkAll({ retryConfig: { maxRetries: 1.5 } }, FACTIFY_OPTIONS, "options"))).toBe(
      "retryConfig.maxRetries must be an integer, at least 0",
    );
    expect(message(() => checkAll({ retryConfig: { exponent: 0.5 } }, FACTIFY_OPTIONS, "options"))).toBe(
      "retryConfig.exponent must be a finite number, at least 1",
    );
    expect(message(() => checkAll({ retryConfig: { jitter: "none" } }, FACTIFY_OPTIONS, "options"))).toBe(
      'retryConfig.jitter must be "full" or "equal"',
    );
    expect(message(() => checkAll({ rateLimit: { store: { reserve: () => 1 } } }, FACTIFY_OPTIONS, "options"))).toBe(
      "rateLimit.store.pause is required",
    );
    expect(message(() => checkAll({ rateLimit: { requestsPerWindow: 0 } }, FACTIFY_OPTIONS, "options"))).toBe(
      "rateLimit.requestsPerWindow must be an integer, at least 1",
    );
    expect(message(() => checkAll({ hooks: { onError: 1 } }, FACTIFY_OPTIONS, "options"))).toBe("hooks.onError must be a function");
    expect(
      message(() =>
        checkAll(
          { bearerAuth: "t", serverIdx: 0, timeoutMs: Number.POSITIVE_INFINITY, rateLimit: false, retryConfig: false, validate: true },
          FACTIFY_OPTIONS,
          "options",
        ),
      ),
    ).toBe("passed");
  });

  it("checks per-call options and request specs", () => {
    expect(message(() => checkAll({ signal: { addEventListener: true } }, REQUEST_OPTIONS, "options"))).toBe("signal.addEventListener must be a function");
    expect(message(() => checkAll({ retries: { maxRetryAfter: -1 } }, REQUEST_OPTIONS, "options"))).toBe(
      "retries.maxRetryAfter must be a number, at least 0",
    );
    expect(message(() => checkAll({ onUploadProgress: {} }, REQUEST_OPTIONS, "options"))).toBe("onUploadProgress must be a function");
    expect(message(() => checkAll({ path: "/x" }, REQUEST_SPEC, "spec"))).toBe("method is required");
    expect(message(() => checkAll({ method: "GET" }, REQUEST_SPEC, "spec"))).toBe("path is required");
    expect(message(() => checkAll({ method: "HEAD", path: "/x" }, REQUEST_SPEC, "spec"))).toBe(
      'method must be "GET" or "POST" or "PUT" or "PATCH" or "DELETE"',
    );
    expect(message(() => checkAll({ method: "DELETE", path: "/x", body: { kind: "form" } }, REQUEST_SPEC, "spec"))).toBe(
      'body.kind must be "json" or "stream"',
    );
    expect(message(() => checkAll({ method: "PATCH", path: "/x", body: { kind: "json" } }, REQUEST_SPEC, "spec"))).toBe("passed");
  });
});

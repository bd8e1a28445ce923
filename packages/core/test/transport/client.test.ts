import { describe, expect, it } from "vitest";
import { createFactify, request } from "../../src/index";
import { json, invalidRequest } from "./fake-fetch";


describe("createFactify", () => {
  it("resolves the base URL from serverURL, then serverIdx, then production", () => {
    expect(createFactify({ bearerAuth: "t" }).baseURL).toBe("https://api.factify.com");
    expect(createFactify({ bearerAuth: "t", serverIdx: 1 }).baseURL).toBe("https://api.factify-dev.com");
    expect(createFactify({ bearerAuth: "t", serverIdx: 1, serverURL: "http://127.0.0.1:4010/" }).baseURL).toBe("http://127.0.0.1:4010");
  });

  it("validates by default, and exposes a frozen copy of its options without the token", () => {
    const options = { bearerAuth: "t", validate: false };
    const client = createFactify(options);
    expect(client.validate).toBe(false);
    expect(createFactify({ bearerAuth: "t" }).validate).toBe(true);
    expect(client.options).toEqual({ validate: false });
    expect(client.options).not.toBe(options);
    expect(Object.isFrozen(client.options)).toBe(true);
    expect(Object.keys(client).sort()).toEqual(["baseURL", "options", "validate"]);
  });

  it.each([
    [{ serverIdx: 2 }, "serverIdx", "serverIdx must be 0 or 1"],
    [{ serverURL: "api.factify.com" }, "serverURL", "absolute http(s) URL"],
    [{ serverURL: 42 }, "serverURL", "must be a string"],
    [{ bearerAuth: 123 }, "bearerAuth", "string or a function"],
    [{ fetch: "fetch" }, "fetch", "must be a function"],
    [{ timeoutMs: -1 }, "timeoutMs", "at least 1"],
    [{ timeoutMs: "30s" }, "timeoutMs", "must be a number"],
    [{ retryConfig: { maxRetries: 1.5 } }, "retryConfig.maxRetries", "integer"],
    [{ retryConfig: { jitter: "half" } }, "retryConfig.jitter", '"full" or "equal"'],
    [{ retryConfig: true }, "retryConfig", "object or false"],
    [{ rateLimit: { postsPerWindow: 0 } }, "rateLimit.postsPerWindow", "at least 1"],
    [{ validate: "yes" }, "validate", "boolean"],
    [{ debugLogger: {} }, "debugLogger", "debugLog(console)"],
    [{ debugLogger: console }, "debugLogger", "must be made by debugLog(logger)"],
    [{ debugLogger: "console" }, "debugLogger", "must be an object"],
    [{ hooks: { beforeRequest: "x" } }, "hooks.beforeRequest", "function"],
    [{ userAgent: "bad\nagent" }, "userAgent", "header value"],
    [{ userAgent: "caf\u0100" }, "userAgent", "header value"],
    [{ bearerAuth: "" }, "bearerAuth", "must be a non-empty string"],
    [{ bearerAuth: " \t" }, "bearerAuth", "must be a non-empty string"],
    // Anything Headers refuses, not only line breaks: NUL, and characters beyond Latin-1.
    [{ bearerAuth: "tok\u0000en" }, "bearerAuth", "HTTP header"],
    [{ bearerAuth: "tok\u0100en" }, "bearerAuth", "HTTP header"],
    [{ bearerAuth: "tok\nen" }, "bearerAuth", "HTTP header"],
  ])("rejects %j naming %s", (options, field, message) => {
    const error = invalidRequest(() => createFactify({ bearerAuth: "t", ...(options as object) } as never));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it("rejects options that are not an object", () => {
    expect(invalidRequest(() => createFactify("token" as never)).field).toBe("options");
  });
});

describe("the client's fetch", () => {
  it("calls an injected fetch as a plain function, so a browser's window.fetch keeps working", async () => {
    const seen: unknown[] = [];
    // Mimics browsers: window.fetch throws "Illegal invocation" when `this` is some other object.
    const strictFetch = function (this: unknown) {
      seen.push(this);
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return Promise.resolve(json(200, { ok: true }));
    };
    const client = createFactify({ bearerAuth: "t", fetch: strictFetch as never, rateLimit: false });
    await expect(request(client, { method: "GET", path: "/v1beta/me" })).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(1);
  });
});

// The redaction rules one by one: which names count as secret, which free-text patterns are hidden,
// and how deep copies treat arrays, Headers and nesting.
import { describe, expect, it } from "vitest";
import { isSensitiveKey, REDACTED, redactText, redactValue } from "../../src/internal/redact";

describe("isSensitiveKey", () => {
  it("flags secret-holding names, with prefixes, separators and any case", () => {
    for (const key of [
      "token",
      "access_token",
      "refresh-token",
      "secret",
      "client_secret",
      "password",
      "db_password",
      "api_key",
      "apikey",
      "x-api-key",
      "API-KEY",
      "authorization",
      "Proxy-Authorization",
      "cookie",
      "set-cookie",
      "secretValue",
      "passwordHash",
      "Authorization2",
    ]) {
      expect(isSensitiveKey(key), key).toBe(true);
    }
  });

  it("leaves pagination cursors and ordinary names alone", () => {
    for (const key of ["page_token", "next_page_token", "prev_page_token", "tokens", "tokenizer", "mytoken", "name", "cookies", "x"]) {
      expect(isSensitiveKey(key), key).toBe(false);
    }
    // A cursor name with anything in front is not a cursor any more.
    expect(isSensitiveKey("x_page_token")).toBe(true);
  });
});

describe("redactText", () => {
  it("hides sensitive query values and keeps the rest of the URL", () => {
    expect(redactText("https://h/x?a=1&token=abc&page_token=p#frag")).toBe(`https://h/x?a=1&token=${REDACTED}&page_token=p#frag`);
    expect(redactText("/x?api_key=k1&b=2")).toBe(`/x?api_key=${REDACTED}&b=2`);
    expect(redactText("/x?password=&b=2")).toBe(`/x?password=${REDACTED}&b=2`);
    expect(redactText("a=token b")).toBe("a=token b");
  });

  it("hides API secrets and JWT-shaped tokens anywhere", () => {
    expect(redactText("key ffy_live_abc123 end")).toBe(`key ${REDACTED} end`);
    expect(redactText("Bearer eyJhbGci.eyJzdWIi.sig-_x")).toBe(`Bearer ${REDACTED}`);
    expect(redactText("Bearer eyJhbGci.eyJzdWIi.")).toBe(`Bearer ${REDACTED}`);
    // Too short to be a JWT, and an `eyJ` inside a word is not one.
    expect(redactText("eyJab.cd.ef")).toBe("eyJab.cd.ef");
    expect(redactText("xeyJhbGci.eyJzdWIi.sig")).toBe("xeyJhbGci.eyJzdWIi.sig");
  });
});

describe("redactValue", () => {
  it("copies objects and arrays, replacing sensitive fields and secrets inside strings", () => {
    const input = { name: "n", token: { nested: "x" }, list: ["ffy_abc", 2, null, { password: "p" }], ok: true, zero: 0 };
    const out = redactValue(input);
    expect(out).toEqual({ name: "n", token: REDACTED, list: [REDACTED, 2, null, { password: REDACTED }], ok: true, zero: 0 });
    expect(out).not.toBe(input);
    expect(input.list[0]).toBe("ffy_abc");
  });

  it("reads Headers entry by entry", () => {
    const headers = new Headers({ authorization: "Bearer x", "x-request-id": "r1", "x-note": "ffy_s" });
    expect(redactValue(headers)).toEqual({ authorization: REDACTED, "x-request-id": "r1", "x-note": REDACTED });
  });

  it("stops after nine levels of nesting", () => {
    let value: unknown = { leaf: "v" };
    for (let i = 0; i < 9; i++) value = { n: value };
    let out = redactValue(value) as Record<string, unknown>;
    for (let i = 0; i < 9; i++) out = out.n as Record<string, unknown>;
    expect(out).toBe("[...]");
    let shallow: unknown = { leaf: "v" };
    for (let i = 0; i < 8; i++) shallow = { n: shallow };
    let kept = redactValue(shallow) as Record<string, unknown>;
    for (let i = 0; i < 8; i++) kept = kept.n as Record<string, unknown>;
    expect(kept).toEqual({ leaf: "v" });
    expect(redactValue([[[[[[[[[["deep"]]]]]]]]]])).toEqual([[[[[[[[["[...]"]]]]]]]]]);
  });

  it("returns primitives as they are", () => {
    expect(redactValue(5)).toBe(5);
    expect(redactValue(undefined)).toBeUndefined();
    expect(redactValue(false)).toBe(false);
  });
});

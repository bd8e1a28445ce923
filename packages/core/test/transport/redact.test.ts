import { describe, expect, it } from "vitest";
import { isSensitiveKey, REDACTED, redactText, redactValue } from "../../src/internal/redact";

const SECRET = "ffy_test_01h2xcejqtf2nbrexx3vqjhp41AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl";

describe("redaction", () => {
  it("replaces Factify secrets and JWTs inside text", () => {
    const out = redactText(`key=${SECRET} and Bearer ${JWT}.`);
    expect(out).not.toContain(SECRET.slice(4));
    expect(out).not.toContain(JWT);
    expect(out).toBe(`key=${REDACTED} and Bearer ${REDACTED}.`);
  });

  it("hides credential headers and keeps the rest", () => {
    const headers = new Headers({ Authorization: `Bearer ${SECRET}`, Cookie: "s=1", "X-Api-Key": "k", Accept: "application/json" });
    expect(redactValue(headers)).toEqual({ authorization: REDACTED, cookie: REDACTED, "x-api-key": REDACTED, accept: "application/json" });
  });

  it("hides sensitive query parameters but keeps pagination cursors", () => {
    const url = redactText("GET https://api.example/v1?token=abc&page_token=cur1&access_token=xyz&q=ok (attempt 1)");
    expect(url).toBe(`GET https://api.example/v1?token=${REDACTED}&page_token=cur1&access_token=${REDACTED}&q=ok (attempt 1)`);
    expect(redactText(`https://api.example/v1/${SECRET}`)).toBe(`https://api.example/v1/${REDACTED}`);
  });

  it("hides secret and token fields at any depth, and secrets inside other strings", () => {
    const value = {
      api_key: { name: "ci", key_prefix: "ffy_test_01h2xce" },
      secret: SECRET,
      nested: [{ token: "invite-token", note: `use ${SECRET}` }],
      pagination: { next_page_token: "cursor" },
    };
    expect(redactValue(value)).toEqual({
      api_key: REDACTED,
      secret: REDACTED,
      nested: [{ token: REDACTED, note: `use ${REDACTED}` }],
      pagination: { next_page_token: "cursor" },
    });
  });

  it("classifies key names", () => {
    for (const k of ["token", "secret", "client_secret", "access_token", "password", "api_key", "Authorization", "x-api-key", "set-cookie"]) {
      expect(isSensitiveKey(k), k).toBe(true);
    }
    for (const k of ["page_token", "next_page_token", "title", "tokenizer", "document_id"]) {
      expect(isSensitiveKey(k), k).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import { expandPath } from "../../src/internal/path";

function rejection(template: string, params: Record<string, unknown>): InvalidRequestError {
  try {
    expandPath(template, params);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return error as InvalidRequestError;
  }
  throw new Error("expandPath did not throw");
}

describe("expandPath", () => {
  it("substitutes every placeholder with its input value", () => {
    expect(
      expandPath("/v1beta/documents/{document_id}/access-requests/{access_request_id}/approve", {
        document_id: "doc_01h2xcejqtf2nbrexx3vqjhp41",
        access_request_id: "acr_01h2xcejqtf2nbrexx3vqjhp41",
      }),
    ).toBe("/v1beta/documents/doc_01h2xcejqtf2nbrexx3vqjhp41/access-requests/acr_01h2xcejqtf2nbrexx3vqjhp41/approve");
  });

  it("percent-encodes reserved and non-ASCII characters in a segment", () => {
    expect(expandPath("/x/{id}", { id: "a b?c#d%e&f=g" })).toBe("/x/a%20b%3Fc%23d%25e%26f%3Dg");
    expect(expandPath("/x/{id}", { id: "émoji😀" })).toBe("/x/%C3%A9moji%F0%9F%98%80");
  });

  it("leaves a template without placeholders unchanged", () => {
    expect(expandPath("/v1beta/me", {})).toBe("/v1beta/me");
  });

  it.each([
    ["an empty string", ""],
    ["a dot", "."],
    ["two dots", ".."],
  ])("rejects %s and names the parameter", (_, value) => {
    const error = rejection("/v1beta/documents/{document_id}", { document_id: value });
    expect(error.field).toBe("document_id");
    expect(error.message).toMatch(/^document_id: /);
  });

  it("rejects a value containing a slash", () => {
    const error = rejection("/v1beta/documents/{document_id}", { document_id: "a/b" });
    expect(error.field).toBe("document_id");
    expect(error.message).toContain('"/"');
  });

  it("rejects a missing value", () => {
    const error = rejection("/v1beta/versions/{version_id}", {});
    expect(error.field).toBe("version_id");
    expect(error.message).toContain("missing");
  });

  it("rejects a value that is not a string", () => {
    expect(rejection("/x/{id}", { id: 42 }).message).toContain("number");
    expect(rejection("/x/{id}", { id: ["a"] }).message).toContain("array");
  });

  it("accepts dots inside a longer value", () => {
    expect(expandPath("/x/{id}", { id: "a..b" })).toBe("/x/a..b");
  });
});

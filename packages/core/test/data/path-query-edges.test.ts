// Path templates and query strings at their edges: every refused path value with its message,
// templates reused from the cache, and query encoding of nesting, arrays, Dates and skipped values.
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import { expandPath } from "../../src/internal/path";
import { serializeQuery } from "../../src/internal/query";

function refusal(template: string, params: Record<string, unknown>): string {
  try {
    expandPath(template, params);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).field).toBe("id");
    return (error as Error).message;
  }
  return "expanded";
}

describe("expandPath", () => {
  it("encodes values and keeps the literal text around each placeholder", () => {
    expect(expandPath("/a/{id}/b/{sub}.json", { id: "x y", sub: "é?" })).toBe("/a/x%20y/b/%C3%A9%3F.json");
    expect(expandPath("/a/{id}/b/{sub}.json", { id: "1", sub: "2" })).toBe("/a/1/b/2.json");
    expect(expandPath("/static", {})).toBe("/static");
    expect(expandPath("{id}", { id: "...x" })).toBe("...x");
  });

  it("refuses each kind of bad value with its own message", () => {
    expect(refusal("/a/{id}", {})).toBe("id: path parameter is missing");
    expect(refusal("/a/{id}", { id: null })).toBe("id: path parameter is missing");
    expect(refusal("/a/{id}", { id: 5 })).toBe("id: path parameter must be a string, got number");
    expect(refusal("/a/{id}", { id: ["x"] })).toBe("id: path parameter must be a string, got an array");
    expect(refusal("/a/{id}", { id: "" })).toBe('id: path parameter must not be ""');
    expect(refusal("/a/{id}", { id: "." })).toBe('id: path parameter must not be "."');
    expect(refusal("/a/{id}", { id: ".." })).toBe('id: path parameter must not be ".."');
    expect(refusal("/a/{id}", { id: "a/b" })).toBe('id: path parameter must not contain "/"');
    expect(refusal("/a/{id}", { id: "a.b" })).toBe("expanded");
  });
});

describe("serializeQuery", () => {
  it("writes nested objects as dotted names, repeats arrays, skips null and undefined, keeps order", () => {
    const query = serializeQuery({
      b: 1,
      a: [true, null, false],
      created: { after: new Date(Date.UTC(2026, 0, 1)), before: undefined, tags: ["x y"] },
      none: null,
      gone: undefined,
      "odd key": "a&b=c",
    });
    expect(query).toBe("b=1&a=true&a=false&created.after=2026-01-01T00%3A00%3A00.000Z&created.tags=x%20y&odd%20key=a%26b%3Dc");
    expect(serializeQuery({})).toBe("");
    expect(serializeQuery({ z: 0, e: "" })).toBe("z=0&e=");
  });

  it("refuses an invalid Date, naming its dotted field", () => {
    expect(() => serializeQuery({ created: { after: new Date(Number.NaN) } })).toThrow("created.after: Invalid Date");
  });
});

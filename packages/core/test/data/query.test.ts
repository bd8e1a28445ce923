import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import { serializeQuery } from "../../src/internal/query";

describe("serializeQuery", () => {
  it("flattens nested objects into dotted names", () => {
    const after = new Date("2026-01-01T00:00:00Z");
    expect(serializeQuery({ created: { after, before: "2026-02-01T00:00:00Z" } })).toBe(
      "created.after=2026-01-01T00%3A00%3A00.000Z&created.before=2026-02-01T00%3A00%3A00Z",
    );
    expect(serializeQuery({ email: { contains: "acme" } })).toBe("email.contains=acme");
  });

  it("repeats the key for each array element", () => {
    expect(serializeQuery({ role: ["admin", "member"] })).toBe("role=admin&role=member");
    expect(serializeQuery({ role: [] })).toBe("");
  });

  it("sends Dates as RFC 3339 UTC timestamps", () => {
    const q = new URLSearchParams(serializeQuery({ at: new Date(Date.UTC(2026, 2, 4, 5, 6, 7, 89)) }));
    expect(q.get("at")).toBe("2026-03-04T05:06:07.089Z");
  });

  it("writes booleans and numbers as text and skips undefined and null", () => {
    expect(serializeQuery({ include_revoked: true, async: false, page_size: 50, a: undefined, b: null })).toBe(
      "include_revoked=true&async=false&page_size=50",
    );
  });

  it("keeps insertion order and encodes keys and values", () => {
    expect(serializeQuery({ z: "1", a: "x y&z=w", query: "ümlaut" })).toBe("z=1&a=x%20y%26z%3Dw&query=%C3%BCmlaut");
  });

  it("round-trips through URLSearchParams", () => {
    const text = serializeQuery({ sort: "-created_at", access_level: ["private", "public"], created: { after: "2026-01-01T00:00:00+02:00" } });
    const parsed = new URLSearchParams(text);
    expect(parsed.getAll("access_level")).toEqual(["private", "public"]);
    expect(parsed.get("created.after")).toBe("2026-01-01T00:00:00+02:00");
    expect(parsed.get("sort")).toBe("-created_at");
  });

  it("rejects an invalid Date, naming its dotted field", () => {
    expect(() => serializeQuery({ created: { after: new Date("nope") } })).toThrow(InvalidRequestError);
    try {
      serializeQuery({ created: { after: new Date("nope") } });
    } catch (error) {
      expect((error as InvalidRequestError).field).toBe("created.after");
    }
  });

  it("gives an empty string for an empty object", () => {
    expect(serializeQuery({})).toBe("");
  });
});

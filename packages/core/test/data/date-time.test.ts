// RFC 3339 at its edges: first and last days of months, leap years, leap seconds, offsets at and
// past their limits, and Dates whose year RFC 3339 cannot write.
import { safeParse } from "valibot";
import { describe, expect, it } from "vitest";
import { toRfc3339 } from "../../src/internal/query";
import { dateTimeInput, isRfc3339DateTime, openEnum, paginationSchema, uploadable } from "../../src/schema";

describe("isRfc3339DateTime", () => {
  it("accepts the edges of every field", () => {
    for (const value of [
      "2026-01-01T00:00:00Z",
      "2026-01-31T23:59:59z",
      "2026-12-31t23:59:59.999999+23:59",
      "2024-02-29T12:00:00-00:00",
      "2000-02-29T12:00:00Z",
      "0000-02-29T12:00:00Z",
      "0096-02-29T12:00:00Z",
      "2026-04-30T12:00:00+01:00",
      "2016-12-31T23:59:60Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59Z",
      "2026-06-15T08:30:00.5-09:30",
    ]) {
      expect(isRfc3339DateTime(value), value).toBe(true);
    }
  });

  it("rejects each field just past its limit", () => {
    for (const value of [
      "2026-01-00T00:00:00Z",
      "2026-01-32T00:00:00Z",
      "2026-02-29T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "0100-02-29T00:00:00Z",
      "0001-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-00-10T00:00:00Z",
      "2026-13-10T00:00:00Z",
      "2026-01-10T24:00:00Z",
      "2026-01-10T23:60:00Z",
      "2026-01-10T23:59:61Z",
      "2026-01-10T12:00:00+24:00",
      "2026-01-10T12:00:00-01:60",
      "2026-01-10T12:00:00",
      "2026-01-10 12:00:00Z",
      "x2026-01-10T12:00:00Z",
      "2026-01-10T12:00:00Zx",
      "2026-01-10T12:00:00.Z",
      "+02026-01-10T12:00:00Z",
      "2026-1-10T12:00:00Z",
    ]) {
      expect(isRfc3339DateTime(value), value).toBe(false);
    }
  });
});

describe("dateTimeInput", () => {
  const schema = dateTimeInput();
  const ok = (value: unknown) => safeParse(schema, value).success;

  it("accepts valid Dates within years 0-9999 and RFC 3339 strings", () => {
    expect(ok(new Date(Date.UTC(2026, 0, 1)))).toBe(true);
    expect(ok(new Date(Date.UTC(9999, 11, 31, 23, 59, 59)))).toBe(true);
    expect(ok(new Date("0000-01-01T00:00:00Z"))).toBe(true);
    expect(ok("2026-01-01T00:00:00Z")).toBe(true);
  });

  it("rejects invalid Dates, years outside 0-9999, bad strings and other types, with the documented message", () => {
    expect(ok(new Date(Number.NaN))).toBe(false);
    expect(ok(new Date(Date.UTC(10000, 0, 1)))).toBe(false);
    expect(ok(new Date("-000001-12-31T00:00:00Z"))).toBe(false);
    expect(ok("2026-02-30T00:00:00Z")).toBe(false);
    expect(ok(1767225600000)).toBe(false);
    expect(ok({ toString: () => "2026-01-01T00:00:00Z" })).toBe(false);
    const result = safeParse(schema, "yesterday");
    expect(result.issues?.[0]?.message).toBe("Invalid date-time: expected a Date or an RFC 3339 string such as 2026-01-31T12:00:00Z");
  });
});

describe("toRfc3339", () => {
  it("writes UTC with milliseconds for years 0-9999", () => {
    expect(toRfc3339(new Date(Date.UTC(2026, 0, 1)), "at")).toBe("2026-01-01T00:00:00.000Z");
    expect(toRfc3339(new Date("0000-01-01T00:00:00Z"), "at")).toBe("0000-01-01T00:00:00.000Z");
    expect(toRfc3339(new Date("9999-12-31T23:59:59.999Z"), "at")).toBe("9999-12-31T23:59:59.999Z");
  });

  it("rejects years RFC 3339 cannot write and invalid Dates, naming the field or (input)", () => {
    expect(() => toRfc3339(new Date("+010000-01-01T00:00:00Z"), "at")).toThrow("at: Invalid Date");
    expect(() => toRfc3339(new Date("-000001-12-31T23:59:59Z"), "at")).toThrow("at: Invalid Date");
    expect(() => toRfc3339(new Date(Number.NaN), "")).toThrow("(input): Invalid Date");
  });
});

describe("other schema helpers", () => {
  it("openEnum accepts unknown strings and keeps its options", () => {
    const schema = openEnum(["a", "b"] as const);
    expect(schema.options).toEqual(["a", "b"]);
    expect(safeParse(schema, "c").success).toBe(true);
    expect(safeParse(schema, 1).success).toBe(false);
  });

  it("uploadable lists the accepted kinds when it fails", () => {
    expect(safeParse(uploadable(), new Uint8Array(1)).success).toBe(true);
    expect(safeParse(uploadable(), "file.txt").issues?.[0]?.message).toMatch(/^Invalid upload: expected a Blob, File, Uint8Array/);
  });

  it("paginationSchema checks the cursor fields and keeps unknown ones", () => {
    const schema = paginationSchema();
    expect(safeParse(schema, { next_page_token: "n", has_more: true, extra: 1 }).output).toEqual({ next_page_token: "n", has_more: true, extra: 1 });
    expect(safeParse(schema, { has_more: "yes" }).success).toBe(false);
    expect(safeParse(schema, { prev_page_token: 1 }).success).toBe(false);
    expect(safeParse(schema, { next_page_token: 1 }).success).toBe(false);
  });
});

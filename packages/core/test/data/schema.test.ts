import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  dateTimeInput,
  isRfc3339DateTime,
  openEnum,
  paginationSchema,
  uploadable,
} from "../../src/schema";

describe("openEnum", () => {
  const role = openEnum(["owner", "admin", "member"]);

  it("accepts known and unknown string values alike", () => {
    expect(v.parse(role, "admin")).toBe("admin");
    expect(v.parse(role, "auditor")).toBe("auditor");
  });

  it("still rejects a value that is not a string", () => {
    expect(v.safeParse(role, 3).success).toBe(false);
  });

  it("keeps the known values for tooling", () => {
    expect(role.options).toEqual(["owner", "admin", "member"]);
  });
});

describe("dateTimeInput", () => {
  const schema = dateTimeInput();

  it.each([
    "2026-01-31T12:00:00Z",
    "2026-01-31t12:00:00z",
    "2023-01-15T01:30:15.01Z",
    "2026-01-31T12:00:00.123456789+05:30",
    "2024-02-29T00:00:00-08:00",
    "2016-12-31T23:59:60Z",
  ])("accepts the RFC 3339 string %s", (value) => {
    expect(v.safeParse(schema, value).success).toBe(true);
  });

  it.each([
    "2026-01-31",
    "2026-01-31T12:00:00",
    "2026-01-31 12:00:00Z",
    "2026-13-01T00:00:00Z",
    "2025-02-29T00:00:00Z",
    "2026-01-31T24:00:00Z",
    "2026-01-31T12:00:00+0530",
    "yesterday",
  ])("rejects %s with a message saying what is expected", (value) => {
    const result = v.safeParse(schema, value);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toContain("RFC 3339");
  });

  it("accepts a valid Date and rejects an invalid one", () => {
    expect(v.safeParse(schema, new Date()).success).toBe(true);
    expect(v.safeParse(schema, new Date("nope")).success).toBe(false);
    expect(v.safeParse(schema, 1_700_000_000_000).success).toBe(false);
  });

  it("agrees with isRfc3339DateTime", () => {
    expect(isRfc3339DateTime("2026-04-31T00:00:00Z")).toBe(false);
    expect(isRfc3339DateTime("2026-04-30T00:00:00Z")).toBe(true);
  });
});

describe("uploadable", () => {
  const schema = uploadable();

  it("accepts every upload kind", async () => {
    const { Readable } = await import("node:stream");
    for (const value of [
      new Blob(["x"]),
      new File(["x"], "a.pdf"),
      new Uint8Array(1),
      new ArrayBuffer(1),
      new ReadableStream(),
      Readable.from([new Uint8Array(1)]),
      (async function* () {})(),
      { data: new Uint8Array(1), filename: "a.pdf" },
    ]) {
      expect(v.safeParse(schema, value).success).toBe(true);
    }
  });

  it("rejects strings, numbers and unrelated objects with a clear message", () => {
    for (const value of ["file.pdf", 1, { path: "a.pdf" }, { data: "text" }, null]) {
      const result = v.safeParse(schema, value);
      expect(result.success).toBe(false);
      expect(result.issues?.[0]?.message).toContain("Invalid upload");
    }
  });
});

describe("paginationSchema", () => {
  it("accepts the API's pagination block and checks its field types", () => {
    const schema = paginationSchema();
    expect(v.parse(schema, { next_page_token: "abc", prev_page_token: "", has_more: true, extra: 1 })).toMatchObject({
      next_page_token: "abc",
      extra: 1,
    });
    expect(v.safeParse(schema, { next_page_token: 1 }).success).toBe(false);
  });
});

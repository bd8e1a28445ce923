// The multipart framing functions on their own: which fields become parts and how, header escaping,
// and an exact length that matches the bytes a server would read.
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../src/errors";
import {
  closing,
  createBoundary,
  type MultipartPart,
  multipartContentType,
  multipartLength,
  partHead,
  toMultipartParts,
  utf8,
} from "../../src/internal/multipart";

const boundary = "----B";

function texts(parts: MultipartPart[]): [string, string][] {
  return parts.map((p) => ["text" in p ? [p.name, p.text] : [p.name, `file:${p.file.filename}`]][0] as [string, string]);
}

describe("toMultipartParts", () => {
  it("turns fields into text parts in insertion order, repeating arrays and skipping null/undefined", () => {
    const parts = toMultipartParts({
      title: "Q1",
      tags: ["a", null, "b", undefined],
      count: 3,
      ok: false,
      meta: { k: [1, "x"] },
      when: new Date(Date.UTC(2026, 0, 1, 0, 0, 0)),
      gone: undefined,
      none: null,
    });
    expect(texts(parts)).toEqual([
      ["title", "Q1"],
      ["tags", "a"],
      ["tags", "b"],
      ["count", "3"],
      ["ok", "false"],
      ["meta", '{"k":[1,"x"]}'],
      ["when", "2026-01-01T00:00:00.000Z"],
    ]);
  });

  it("resolves only the listed file fields as uploads and skips a null upload", () => {
    const parts = toMultipartParts({ file: new Uint8Array([1]), other: new Uint8Array([2]), skipped: null }, ["file", "skipped"]);
    expect("file" in parts[0]! && parts[0].file.filename).toBe("blob");
    expect(parts.length).toBe(2);
    expect("text" in parts[1]! && parts[1].text).toBe('{"0":2}');
    expect(toMultipartParts({ a: "x" })).toEqual([{ name: "a", text: "x" }]);
    expect(toMultipartParts({ file: undefined, big: 10n, list: [undefined, 1n] }, ["file"])).toEqual([
      { name: "big", text: "10" },
      { name: "list", text: "1" },
    ]);
  });

  it("rejects a Date outside RFC 3339's years, naming the field", () => {
    const far = new Date(Date.UTC(10000, 0, 1));
    expect(() => toMultipartParts({ at: far })).toThrow(InvalidRequestError);
    expect(() => toMultipartParts({ at: far })).toThrow(/^at: Invalid Date/);
    expect(() => toMultipartParts({ at: [new Date(Number.NaN)] })).toThrow(/^at: Invalid Date/);
  });

  it("rejects a non-upload in a file field, naming it", () => {
    expect(() => toMultipartParts({ doc: "not bytes" }, ["doc"])).toThrow(/^doc: expected a Blob/);
  });
});

describe("framing", () => {
  it("creates distinct boundaries of 32 hex digits after a fixed prefix", () => {
    const a = createBoundary();
    const b = createBoundary();
    expect(a).toMatch(/^----FactifyFormBoundary[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it("writes the exact text-part and file-part heads, percent-encoding quote, CR and LF", () => {
    expect(partHead(boundary, { name: 'a"b\r\nc', text: "x" })).toBe(
      '------B\r\nContent-Disposition: form-data; name="a%22b%0D%0Ac"\r\n\r\n',
    );
    const [file] = toMultipartParts({ f: { data: new Uint8Array(2), filename: 'x"\n.txt', contentType: "text/plain" } }, ["f"]);
    expect(partHead(boundary, file!)).toBe(
      '------B\r\nContent-Disposition: form-data; name="f"; filename="x%22%0A.txt"\r\nContent-Type: text/plain\r\n\r\n',
    );
    expect(closing(boundary)).toBe("------B--\r\n");
    expect(multipartContentType(boundary)).toBe("multipart/form-data; boundary=----B");
  });

  it("computes the length of the encoded body byte for byte, counting UTF-8 by bytes", () => {
    const parts = toMultipartParts({ name: "é€", f: { data: new Uint8Array(5), filename: "ü.bin" } }, ["f"]);
    const expected =
      utf8(partHead(boundary, parts[0]!)).byteLength + utf8("é€").byteLength + 2 +
      utf8(partHead(boundary, parts[1]!)).byteLength + 5 + 2 +
      utf8(closing(boundary)).byteLength;
    expect(multipartLength(boundary, parts)).toBe(expected);
    // The hand count matches a body built the obvious way.
    const body = `${partHead(boundary, parts[0]!)}é€\r\n${partHead(boundary, parts[1]!)}\0\0\0\0\0\r\n${closing(boundary)}`;
    expect(multipartLength(boundary, parts)).toBe(utf8(body).byteLength);
    expect(multipartLength(boundary, [])).toBe(utf8("------B--\r\n").byteLength);
  });

  it("has no length when a file's size is unknown", () => {
    async function* one() {
      yield new Uint8Array(1);
    }
    const parts = toMultipartParts({ a: "x", f: one() }, ["f"]);
    expect(multipartLength(boundary, parts)).toBeUndefined();
    const sized = toMultipartParts({ f: { data: one(), size: 1 } }, ["f"]);
    expect(multipartLength(boundary, sized)).toBeGreaterThan(1);
  });
});

// How an upload field's value is recognised and resolved: sources that only look like a Blob, bytes
// from another realm, views over part of a buffer, and the metadata checks that name the field.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isBlobLike, isReadableStream, isUploadSource, resolveUpload } from "../../src/internal/multipart-source";
import { isUploadable } from "../../src/upload";
import { invalidRequest } from "../transport/fake-fetch";

/** An object with a Blob's shape that is not a Blob (a polyfill, or a Blob from another realm). */
function blobLike(extra: Record<string, unknown> = {}) {
  return {
    size: 3,
    type: "text/plain",
    stream: () => new Blob(["abc"]).stream(),
    arrayBuffer: async () => new TextEncoder().encode("abc").buffer,
    ...extra,
  };
}

async function* noChunks(): AsyncGenerator<Uint8Array> {}


describe("isBlobLike", () => {
  it("accepts a real Blob and an object shaped like one", () => {
    expect(isBlobLike(new Blob(["x"]))).toBe(true);
    expect(isBlobLike(blobLike())).toBe(true);
  });

  it("rejects an object missing any one of size, type, stream, arrayBuffer", () => {
    expect(isBlobLike(blobLike({ size: "3" }))).toBe(false);
    expect(isBlobLike(blobLike({ type: undefined }))).toBe(false);
    expect(isBlobLike(blobLike({ stream: "no" }))).toBe(false);
    expect(isBlobLike(blobLike({ arrayBuffer: 1 }))).toBe(false);
  });

  it("rejects null, primitives and functions carrying the fields", () => {
    expect(isBlobLike(null)).toBe(false);
    expect(isBlobLike(undefined)).toBe(false);
    expect(isBlobLike("blob")).toBe(false);
    const fn = Object.assign(() => undefined, blobLike());
    expect(isBlobLike(fn)).toBe(false);
  });
});

describe("isReadableStream / isUploadSource / isUploadable", () => {
  it("recognise streams by shape and reject nullish values", () => {
    expect(isReadableStream(new ReadableStream())).toBe(true);
    expect(isReadableStream({ getReader: () => undefined })).toBe(true);
    expect(isReadableStream({ getReader: 1 })).toBe(false);
    expect(isReadableStream(null)).toBe(false);
    expect(isReadableStream(undefined)).toBe(false);
  });

  it("accept every kind of source, including a DataView and an ArrayBuffer from another realm", () => {
    expect(isUploadSource(new Uint8Array(1))).toBe(true);
    expect(isUploadSource(new DataView(new ArrayBuffer(2)))).toBe(true);
    expect(isUploadSource(new ArrayBuffer(2))).toBe(true);
    const foreign = runInNewContext("new ArrayBuffer(4)");
    expect(foreign instanceof ArrayBuffer).toBe(false);
    expect(isUploadSource(foreign)).toBe(true);
    expect(isUploadSource(new ReadableStream())).toBe(true);
    expect(isUploadSource(noChunks())).toBe(true);
    expect(isUploadSource(blobLike())).toBe(true);
  });

  it("reject what is not a source", () => {
    for (const value of [null, undefined, "text", 3, {}, [], { [Symbol.asyncIterator]: 1 }]) {
      expect(isUploadSource(value)).toBe(false);
      expect(isUploadable(value)).toBe(false);
    }
  });

  it("reject functions, even ones carrying a stream's or an iterable's methods", () => {
    const iterableFn = Object.assign(() => undefined, { [Symbol.asyncIterator]: noChunks });
    const readerFn = Object.assign(() => undefined, { getReader: () => undefined });
    expect(isUploadSource(iterableFn)).toBe(false);
    expect(isUploadSource(readerFn)).toBe(false);
    expect(isUploadable({ data: readerFn })).toBe(false);
  });

  it("accept a { data } wrapper only around a source", () => {
    expect(isUploadable({ data: new Uint8Array(1), filename: "a.bin" })).toBe(true);
    expect(isUploadable({ data: "text" })).toBe(false);
    expect(isUploadable({ data: null })).toBe(false);
  });
});

describe("resolveUpload", () => {
  it("takes name and type from a File, and falls back to blob / octet-stream", () => {
    const file = resolveUpload(new File(["hello"], "notes.txt", { type: "text/plain" }), "file");
    expect(file).toMatchObject({ filename: "notes.txt", contentType: "text/plain", size: 5, replayable: true });
    const bare = resolveUpload(new Blob(["hey"]), "file");
    expect(bare).toMatchObject({ filename: "blob", contentType: "application/octet-stream", size: 3, replayable: true });
  });

  it("lets the wrapper's metadata win over the Blob's own", () => {
    const file = new File(["hello"], "notes.txt", { type: "text/plain" });
    const resolved = resolveUpload({ data: file, filename: "other.md", contentType: "text/markdown" }, "file");
    expect(resolved).toMatchObject({ source: file, filename: "other.md", contentType: "text/markdown", size: 5 });
  });

  it("resolves a Blob-like object that is not a Blob as a replayable Blob source", () => {
    const like = blobLike({ name: "like.txt" });
    const resolved = resolveUpload(like, "file");
    expect(resolved).toEqual({ source: like, filename: "like.txt", contentType: "text/plain", size: 3, replayable: true });
    const untyped = resolveUpload(blobLike({ type: "" }), "file");
    expect(untyped.contentType).toBe("application/octet-stream");
    expect(untyped.filename).toBe("blob");
  });

  it("uses exactly the bytes a DataView or typed-array view covers, not its whole buffer", () => {
    const buffer = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
    const view = resolveUpload(new DataView(buffer, 2, 3), "file");
    expect(Array.from(view.source as Uint8Array)).toEqual([2, 3, 4]);
    expect(view).toMatchObject({ filename: "blob", contentType: "application/octet-stream", size: 3, replayable: true });
    const typed = resolveUpload(new Uint16Array(buffer, 4, 2), "file");
    expect(Array.from(typed.source as Uint8Array)).toEqual([4, 5, 6, 7]);
    expect(typed.size).toBe(4);
  });

  it("wraps a whole ArrayBuffer, including one from another realm", () => {
    const own = resolveUpload(new Uint8Array([9, 8, 7]).buffer, "file");
    expect(own.source).toBeInstanceOf(Uint8Array);
    expect(Array.from(own.source as Uint8Array)).toEqual([9, 8, 7]);
    const foreign = runInNewContext("new Uint8Array([1, 2]).buffer");
    const resolved = resolveUpload({ data: foreign, filename: "f.bin", contentType: "image/png" }, "file");
    expect(Array.from(resolved.source as Uint8Array)).toEqual([1, 2]);
    expect(resolved).toMatchObject({ filename: "f.bin", contentType: "image/png", size: 2, replayable: true });
  });

  it("treats streams as one-shot, with the declared size and a base name from a Node stream's path", () => {
    const stream = new ReadableStream();
    expect(resolveUpload({ data: stream, size: 10 }, "file")).toEqual({
      source: stream,
      filename: "blob",
      contentType: "application/octet-stream",
      size: 10,
      replayable: false,
    });
    const fromPath = (path: unknown) => resolveUpload(Object.assign(noChunks(), { path }), "file").filename;
    expect(fromPath("/tmp/dir/report.pdf")).toBe("report.pdf");
    expect(fromPath("C:\\data\\scan.png")).toBe("scan.png");
    expect(fromPath("/tmp/dir/")).toBe("blob");
    expect(fromPath("")).toBe("blob");
    expect(fromPath(42)).toBe("blob");
    const numbered = Object.assign(noChunks(), { name: 42, path: "/x/z.csv" });
    expect(resolveUpload(numbered, "file").filename).toBe("z.csv");
    const named = Object.assign(noChunks(), { name: "", path: "/x/y.csv" });
    expect(resolveUpload(named, "file").filename).toBe("y.csv");
    expect(resolveUpload({ data: noChunks(), filename: "given.txt" }, "file")).toMatchObject({ filename: "given.txt", size: undefined });
  });

  it("names the field and describes what it got when the value is not an upload", () => {
    const cases: [unknown, string][] = [
      [null, "got null"],
      [[1], "got an array"],
      [{ a: 1 }, "got an object (Object)"],
      [new Date(0), "got an object (Date)"],
      [5, "got number"],
      ["path.txt", "got string"],
      [{ data: "text" }, "got an object (Object)"],
    ];
    for (const [value, described] of cases) {
      const error = invalidRequest(() => resolveUpload(value, "attachment"));
      expect(error.message.startsWith("attachment: expected a Blob")).toBe(true);
      expect(error.message.endsWith(described)).toBe(true);
      expect(error.field).toBe("attachment");
    }
  });

  it("rejects malformed metadata, naming the sub-field", () => {
    const data = new Uint8Array(1);
    const bad: [Record<string, unknown>, string][] = [
      [{ filename: 3 }, "doc.filename"],
      [{ contentType: 3 }, "doc.contentType"],
      [{ contentType: "text/plain\r\nx-evil: 1" }, "doc.contentType"],
      [{ contentType: "text/plain\nx" }, "doc.contentType"],
      [{ contentType: "text/plain\rx" }, "doc.contentType"],
      [{ size: -1 }, "doc.size"],
      [{ size: 1.5 }, "doc.size"],
      [{ size: Number.NaN }, "doc.size"],
      [{ size: "4" }, "doc.size"],
    ];
    for (const [meta, field] of bad) {
      const error = invalidRequest(() => resolveUpload({ data, ...meta }, "doc"));
      expect(error.field).toBe(field);
      expect(error.message.startsWith(`${field}: expected`)).toBe(true);
    }
    expect(resolveUpload({ data: noChunks(), size: 0, filename: "", contentType: "text/plain" }, "doc")).toMatchObject({
      size: 0,
      filename: "",
      contentType: "text/plain",
    });
  });
});

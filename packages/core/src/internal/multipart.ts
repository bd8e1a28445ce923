// multipart/form-data framing (RFC 7578, with the escaping rules of the WHATWG HTML form encoder),
// independent of how the bytes are finally delivered (Blob or stream).
import { type ResolvedUpload, resolveUpload } from "./multipart-source";
import { toRfc3339 } from "./query";

/** One part of a multipart body: a text field or a file. */
export type MultipartPart =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly file: ResolvedUpload };

const encoder = /* @__PURE__ */ new TextEncoder();

/** Encodes a string as UTF-8. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Turns an operation's body fields into parts, in insertion order: keys listed in `fileParams` are
 * resolved as uploads, others become text (arrays repeat the field, Dates become RFC 3339, objects
 * JSON). `undefined` and `null` fields are left out.
 * @throws InvalidRequestError naming the field when an upload value is not an accepted kind.
 */
export function toMultipartParts(fields: Readonly<Record<string, unknown>>, fileParams: readonly string[] = []): MultipartPart[] {
  const parts: MultipartPart[] = [];
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (value === undefined || value === null) continue;
    if (fileParams.includes(name)) {
      parts.push({ name, file: resolveUpload(value, name) });
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      parts.push({ name, text: textValue(item, name) });
    }
  }
  return parts;
}

function textValue(value: unknown, name: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path only; String(value) below gives the same text.
  if (typeof value === "string") return value;
  if (value instanceof Date) return toRfc3339(value, name);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A boundary with 128 random bits, so it cannot plausibly occur inside a file. */
export function createBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return `----FactifyFormBoundary${hex}`;
}

// Browsers percent-encode these three in names and filenames; servers (busboy, undici, Go, Python)
// decode them back, and nothing else can break out of the quoted string.
function quote(value: string): string {
  return `"${value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;
}

/** The delimiter line and headers that open a part, ending with the blank line before its content. */
export function partHead(boundary: string, part: MultipartPart): string {
  if ("text" in part) {
    return `--${boundary}\r\nContent-Disposition: form-data; name=${quote(part.name)}\r\n\r\n`;
  }
  return (
    `--${boundary}\r\nContent-Disposition: form-data; name=${quote(part.name)}; filename=${quote(part.file.filename)}\r\n` +
    `Content-Type: ${part.file.contentType}\r\n\r\n`
  );
}

/** The closing delimiter of the body. */
export function closing(boundary: string): string {
  return `--${boundary}--\r\n`;
}

/** Exact byte length of the encoded body, or `undefined` when a file's size is unknown. */
export function multipartLength(boundary: string, parts: readonly MultipartPart[]): number | undefined {
  let total = utf8(closing(boundary)).byteLength;
  for (const part of parts) {
    total += utf8(partHead(boundary, part)).byteLength + 2;
    if ("text" in part) total += utf8(part.text).byteLength;
    else if (part.file.size === undefined) return undefined;
    else total += part.file.size;
  }
  return total;
}

/** The content-type header value for a body framed with `boundary`. */
export function multipartContentType(boundary: string): string {
  return `multipart/form-data; boundary=${boundary}`;
}

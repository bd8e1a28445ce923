// Opaque page tokens: base64url JSON `{ id, d, k, f, s }` where `id` is the anchor item, `d` the
// direction, `k` its sort key, `f` a hash of the filters the token was issued for and `s` a
// checksum. A token that fails to decode, was edited, or comes back with other filters is a 400
// invalid_cursor, so a client bug shows up instead of a silently wrong page.
import { invalid } from "./api-error";

/** The decoded content of a page token. */
export interface CursorData {
  id: string;
  d: "next" | "prev";
  k: Array<string | number | null>;
  f: string;
}

/** Returns a 32-bit FNV-1a hash of a string, as 8 hex chars. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(token: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new Error("not base64url");
  const bin = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

const SALT = "factify-mock-cursor";

/** Encodes cursor data as an opaque token. */
export function encodeCursor(data: CursorData): string {
  const body = { id: data.id, d: data.d, k: data.k, f: data.f };
  return toBase64Url(JSON.stringify({ ...body, s: fnv1a(SALT + JSON.stringify(body)) }));
}

/** Decodes a token issued for `filterHash`; throws 400 invalid_cursor (param `param`) when it is not one. */
export function decodeCursor(token: string, filterHash: string, param = "page_token"): CursorData {
  let parsed: any;
  try {
    parsed = JSON.parse(fromBase64Url(token));
  } catch {
    throw invalid("invalid_cursor", param, `${param} is not a token this server issued`);
  }
  const body = parsed && { id: parsed.id, d: parsed.d, k: parsed.k, f: parsed.f };
  if (
    !body ||
    typeof body.id !== "string" ||
    (body.d !== "next" && body.d !== "prev") ||
    !Array.isArray(body.k) ||
    typeof body.f !== "string" ||
    parsed.s !== fnv1a(SALT + JSON.stringify(body))
  ) {
    throw invalid("invalid_cursor", param, `${param} is not a token this server issued`);
  }
  if (body.f !== filterHash) {
    throw invalid("invalid_cursor", param, `${param} was issued for a different filter, sort or parent`);
  }
  return body as CursorData;
}

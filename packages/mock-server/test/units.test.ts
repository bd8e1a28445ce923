import { describe, expect, it } from "vitest";
import { sha256Hex, sha256HexSync } from "../src/internal/content/bytes";
import { decodeCursor, encodeCursor } from "../src/internal/http/page-token";
import { apiKeySecret, isTypeId, newId, seededRandom, typeIdSuffix, uuid } from "../src/internal/state/ids";
import { compareKeys } from "../src/internal/http/pagination";
import { sniffFormat, sniffImage } from "../src/internal/content/sniff";
import { createMockFactify } from "../src/index";

describe("ids", () => {
  it("makes TypeIDs of 26 lowercase Crockford base32 chars that sort by time", () => {
    const rnd = seededRandom(1);
    const a = newId("doc", Date.UTC(2026, 0, 1), rnd);
    const b = newId("doc", Date.UTC(2026, 0, 2), rnd);
    expect(a).toMatch(/^doc_[0-7][0-9a-hjkmnp-tv-z]{25}$/);
    expect(a < b).toBe(true);
    expect(isTypeId(a, "doc")).toBe(true);
    expect(isTypeId(a, "ver")).toBe(false);
    expect(isTypeId("doc_0123456789abcdefghjkmnpqrI", "doc")).toBe(false);
    expect(typeIdSuffix(0, () => 0)).toBe("0".repeat(26));
  });

  it("makes v4 UUIDs and 78-char API secrets", () => {
    expect(uuid(seededRandom(2))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const s = apiKeySecret(Date.now(), seededRandom(3));
    expect(s).toHaveLength(78);
    expect(s).toMatch(/^ffy_test_[A-Za-z0-9]+$/);
  });

  it("gives the same demo credentials on every start and different random ids otherwise", () => {
    const a = createMockFactify();
    const b = createMockFactify();
    expect(a.tokens).toEqual(b.tokens);
    expect(a.demo.documents).toEqual(b.demo.documents);
    const empty = createMockFactify({ seed: false });
    expect(Object.keys(empty.tokens)).toEqual([]);
    expect(() => empty.tokens.owner).toThrow(/seed: false/);
    expect(a.admin.createUser({ name: "X", email: "x@example.com" }).user_id).not.toBe(b.admin.createUser({ name: "X", email: "x@example.com" }).user_id);
  });
});

describe("cursor codec", () => {
  it("round-trips and binds tokens to their filters", () => {
    const t = encodeCursor({ id: "doc_1", d: "next", k: [5, "doc_1"], f: "abc" });
    expect(decodeCursor(t, "abc")).toEqual({ id: "doc_1", d: "next", k: [5, "doc_1"], f: "abc" });
    expect(() => decodeCursor(t, "other")).toThrow(/different filter/);
    expect(() => decodeCursor("%%%", "abc")).toThrow(/not a token/);
  });

  it("orders keys with nulls last in both directions", () => {
    expect(compareKeys([1, "a"], [2, "a"])).toBe(-1);
    expect(compareKeys([1, "a"], [2, "a"], [true])).toBe(1);
    expect(compareKeys([null, "a"], [2, "a"])).toBe(1);
    expect(compareKeys([null, "a"], [2, "a"], [true])).toBe(1);
  });
});

describe("hashing and sniffing", () => {
  it("agrees with Web Crypto on SHA-256", async () => {
    for (const text of ["", "abc", "x".repeat(1000)]) {
      const bytes = new TextEncoder().encode(text);
      expect(sha256HexSync(bytes)).toBe(await sha256Hex(bytes));
    }
    expect(sha256HexSync(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("tells document formats and image types apart", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffFormat(enc("%PDF-1.7"), "", "")).toBe("pdf");
    expect(sniffFormat(enc("a,b"), "x.csv", "")).toBe("csv");
    expect(sniffFormat(enc("# hi"), "", "text/markdown")).toBe("markdown");
    expect(sniffFormat(enc("plain"), "x.txt", "text/plain")).toBeUndefined();
    expect(sniffFormat(new Uint8Array([0, 1, 2]), "x.csv", "")).toBeUndefined();
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImage(enc("RIFF1234WEBPVP8 "))).toBe("image/webp");
    expect(sniffImage(enc("GIF89a"))).toBeUndefined();
  });
});

// Identifier formats the API uses: TypeIDs (prefix + 26 lowercase Crockford base32 chars that
// encode a UUIDv7-like value), UUIDs for records and timeline events, API key secrets.

/** Lowercase Crockford base32, the TypeID alphabet (no i, l, o, u). */
export const BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A source of uniform numbers in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** Returns a random source backed by the Web Crypto API. */
export function cryptoRandom(): RandomSource {
  const buf = new Uint32Array(64);
  let i = buf.length;
  return () => {
    if (i >= buf.length) {
      crypto.getRandomValues(buf);
      i = 0;
    }
    return buf[i++]! / 0x1_0000_0000;
  };
}

/** Returns a deterministic random source (mulberry32) for reproducible seeds. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

function randomBits(random: RandomSource, bits: number): bigint {
  let v = 0n;
  for (let b = 0; b < bits; b += 16) v = (v << 16n) | BigInt(Math.floor(random() * 0x10000));
  return v & ((1n << BigInt(bits)) - 1n);
}

/** Returns the 26-char TypeID suffix for a millisecond timestamp: 48 time bits, then 80 random bits. */
export function typeIdSuffix(ms: number, random: RandomSource): string {
  let v = (BigInt(Math.max(0, Math.floor(ms))) << 80n) | randomBits(random, 80);
  let out = "";
  for (let i = 0; i < 26; i++) {
    out = BASE32[Number(v & 31n)]! + out;
    v >>= 5n;
  }
  return out;
}

/** Returns `prefix_` + a TypeID suffix. */
export function newId(prefix: string, ms: number, random: RandomSource): string {
  return `${prefix}_${typeIdSuffix(ms, random)}`;
}

/** Returns a random RFC 4122 version 4 UUID. */
export function uuid(random: RandomSource): string {
  const h = Array.from({ length: 16 }, () => Math.floor(random() * 256));
  h[6] = (h[6]! & 0x0f) | 0x40;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Returns `n` random base62 characters. */
export function base62(n: number, random: RandomSource): string {
  let s = "";
  for (let i = 0; i < n; i++) s += BASE62[Math.floor(random() * 62)]!;
  return s;
}

/** Returns an API key secret: `ffy_test_` + 26 base32 + 43 base62 = 78 characters. */
export function apiKeySecret(ms: number, random: RandomSource): string {
  return `ffy_test_${typeIdSuffix(ms, random)}${base62(43, random)}`;
}

/** Tells whether `value` is `prefix_` followed by a valid TypeID suffix. */
export function isTypeId(value: string, prefix: string | readonly string[]): boolean {
  const prefixes = typeof prefix === "string" ? [prefix] : prefix;
  const m = /^([a-z]+)_([0-9a-hjkmnp-tv-z]{26})$/.exec(value);
  return m !== null && prefixes.includes(m[1]!);
}

// JSON text of ASCII characters only, so btoa applies directly.
function base64UrlOfAscii(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Returns a JWT-shaped user token for a user (the signature is random; nothing verifies it). */
export function userToken(userId: string, random: RandomSource): string {
  const header = base64UrlOfAscii(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64UrlOfAscii(JSON.stringify({ sub: userId, iss: "factify-mock" }));
  return `${header}.${payload}.${base62(43, random)}`;
}

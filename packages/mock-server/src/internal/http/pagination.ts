// Generic cursor pagination over an in-memory list (AIP-158 shape: next/prev tokens, has_more).
import { type CursorData, decodeCursor, encodeCursor, fnv1a } from "./page-token";
import { qInt } from "./query";

export type SortKey = Array<string | number | null>;

/** Compares two sort keys; `desc[i]` flips key i; nulls sort last in either direction. */
export function compareKeys(a: SortKey, b: SortKey, desc: readonly boolean[] = []): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = x < y ? -1 : 1;
    return desc[i] ? -c : c;
  }
  return 0;
}

/** The wire shape of Pagination. */
export interface PaginationWire {
  next_page_token: string;
  prev_page_token: string;
  has_more: boolean;
}

/** Options for one paged listing. */
export interface PageOptions<T> {
  url: URL;
  /** Sort key of an item; its last element should be the id, to break ties. */
  key: (item: T) => SortKey;
  desc?: readonly boolean[];
  id: (item: T) => string;
  /** What the token is bound to: operation, parent ids and every filter/sort input. */
  scope: unknown;
  tokenParam?: string;
  sizeParam?: string;
}

/** Returns a stable hash of a filter scope, for binding tokens to it. */
export function scopeHash(scope: unknown): string {
  return fnv1a(JSON.stringify(scope));
}

/** Sorts `items`, applies page_token / page_size (1-100, default 50) and returns one page. */
export function paginate<T>(items: readonly T[], opts: PageOptions<T>): { items: T[]; pagination: PaginationWire } {
  const tokenParam = opts.tokenParam ?? "page_token";
  const size = qInt(opts.url, opts.sizeParam ?? "page_size", 1, 100) ?? 50;
  const desc = opts.desc ?? [];
  const sorted = [...items].sort((a, b) => compareKeys(opts.key(a), opts.key(b), desc));
  const f = scopeHash(opts.scope);
  const token = opts.url.searchParams.get(tokenParam);
  let start = 0;
  let end = Math.min(size, sorted.length);
  if (token) {
    const c: CursorData = decodeCursor(token, f, tokenParam);
    if (c.d === "next") {
      start = sorted.findIndex((it) => compareKeys(opts.key(it), c.k, desc) > 0);
      if (start < 0) start = sorted.length;
      end = Math.min(start + size, sorted.length);
    } else {
      let firstAfter = sorted.findIndex((it) => compareKeys(opts.key(it), c.k, desc) >= 0);
      if (firstAfter < 0) firstAfter = sorted.length;
      end = firstAfter;
      start = Math.max(0, end - size);
    }
  }
  const page = sorted.slice(start, end);
  const last = page[page.length - 1];
  const first = page[0];
  const hasMore = end < sorted.length;
  return {
    items: page,
    pagination: {
      next_page_token: hasMore && last ? encodeCursor({ id: opts.id(last), d: "next", k: opts.key(last), f }) : "",
      prev_page_token: start > 0 && first ? encodeCursor({ id: opts.id(first), d: "prev", k: opts.key(first), f }) : "",
      has_more: hasMore,
    },
  };
}

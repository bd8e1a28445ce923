import { describe, expect, it } from "vitest";
import type { Sent } from "../../src/request/send";
import { FactifyError, isFactifyError } from "../../src/errors";
import { Page, type PageFetcher, PageRequest, PaginationCycleError } from "../../src/pagination";

let served = 0;
/** A body as an exchange hands it over: with an HTTP response and a request id per page. */
function sent<T>(data: T): Sent<T> {
  const requestId = `req_${++served}`;
  return { data, response: new Response(null, { headers: { "x-request-id": requestId } }), requestId };
}

/** A PageFetcher over a function from cursor to body. */
function bodies<Item, B extends { items: Item[]; next: string; more?: boolean }>(
  body: (cursor: string | undefined) => B,
  extra: Partial<PageFetcher<Item, B>> = {},
): PageFetcher<Item, B> & { requested: (string | undefined)[] } {
  const requested: (string | undefined)[] = [];
  return {
    requested,
    fetchPage: async (cursor) => {
      requested.push(cursor);
      return sent(body(cursor));
    },
    items: (b) => b.items,
    nextCursor: (b) => b.next,
    ...extra,
  };
}

interface Item {
  n: number;
}
interface Body {
  items: Item[];
  pagination: { next_page_token?: string; prev_page_token?: string; has_more?: boolean };
}

/** An in-memory list of `pages` pages of `perPage` items, with opaque cursors, counting fetches. */
function fakeList(pages: number, perPage: number) {
  const requested: (string | undefined)[] = [];
  const fetcher: PageFetcher<Item, Body> = {
    async fetchPage(cursor) {
      requested.push(cursor);
      const index = cursor === undefined ? 0 : Number(cursor.slice(4));
      const items = Array.from({ length: perPage }, (_, i) => ({ n: index * perPage + i }));
      const last = index === pages - 1;
      return sent({ items, pagination: { next_page_token: last ? "" : `tok_${index + 1}`, has_more: !last } });
    },
    items: (body) => body.items,
    nextCursor: (body) => body.pagination.next_page_token,
  };
  return { fetcher, requested };
}

describe("PageRequest and Page", () => {
  it("sends nothing until awaited or iterated", async () => {
    const { fetcher, requested } = fakeList(3, 2);
    const request = new PageRequest(fetcher);
    await new Promise((r) => setTimeout(r, 5));
    expect(requested).toEqual([]);
    await request;
    expect(requested).toEqual([undefined]);
  });

  it("fetches the first page once however often it is awaited", async () => {
    const { fetcher, requested } = fakeList(3, 2);
    const request = new PageRequest(fetcher);
    const [a, b] = await Promise.all([request, request]);
    const c = await request;
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(requested).toEqual([undefined]);
  });

  it("exposes items, the body, its pagination block, the HTTP response and the request id", async () => {
    const page = await new PageRequest(fakeList(3, 2).fetcher);
    expect(page).toBeInstanceOf(Page);
    expect(page.items).toEqual([{ n: 0 }, { n: 1 }]);
    expect(page.body.items).toBe(page.items);
    expect(page.response).toBeInstanceOf(Response);
    expect(page.requestId).toMatch(/^req_\d+$/);
    expect(page.response.headers.get("x-request-id")).toBe(page.requestId);
    const second = (await page.next())!;
    expect(second.requestId).not.toBe(page.requestId);
    expect(page.pagination).toEqual({ next_page_token: "tok_1", has_more: true });
    expect(page.hasNextPage()).toBe(true);
  });

  it("walks pages with next() and gets null after the last one", async () => {
    const { fetcher, requested } = fakeList(3, 1);
    let page: Page<Item, Body> | null = await new PageRequest(fetcher);
    const seen: number[] = [];
    while (page) {
      seen.push(...page.items.map((i) => i.n));
      if (seen.length === 3) expect(page.hasNextPage()).toBe(false);
      page = await page.next();
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(requested).toEqual([undefined, "tok_1", "tok_2"]);
  });

  it("walks 1,000 pages with for await and items()", async () => {
    const { fetcher, requested } = fakeList(1000, 3);
    let pages = 0;
    for await (const page of new PageRequest(fetcher)) {
      expect(page.items).toHaveLength(3);
      pages++;
    }
    expect(pages).toBe(1000);

    let count = 0;
    let last = -1;
    for await (const item of new PageRequest(fetcher).items()) {
      expect(item.n).toBe(last + 1);
      last = item.n;
      count++;
    }
    expect(count).toBe(3000);
    expect(requested).toHaveLength(2000);
  });

  it("toArray({ limit }) stops early without fetching a page it does not need", async () => {
    const { fetcher, requested } = fakeList(10, 5);
    const items = await new PageRequest(fetcher).toArray({ limit: 7 });
    expect(items.map((i) => i.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(requested).toEqual([undefined, "tok_1"]);

    requested.length = 0;
    expect(await new PageRequest(fetcher).toArray({ limit: 5 })).toHaveLength(5);
    expect(requested).toEqual([undefined]);

    requested.length = 0;
    expect(await new PageRequest(fetcher).toArray({ limit: 0 })).toEqual([]);
    expect(requested).toEqual([]);
  });

  it("toArray() without a limit collects every item, from any page on", async () => {
    const { fetcher } = fakeList(4, 2);
    expect((await new PageRequest(fetcher).toArray()).map((i) => i.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const second = (await (await new PageRequest(fetcher)).next())!;
    expect((await second.toArray()).map((i) => i.n)).toEqual([2, 3, 4, 5, 6, 7]);
    expect((await second.toArray({ limit: 3 })).map((i) => i.n)).toEqual([2, 3, 4]);
  });

  it("iterating a page yields it and every page after it", async () => {
    const { fetcher } = fakeList(4, 1);
    const second = (await (await new PageRequest(fetcher)).next())!;
    const seen: number[] = [];
    for await (const page of second) seen.push(page.items[0]!.n);
    expect(seen).toEqual([1, 2, 3]);
    const items: number[] = [];
    for await (const item of second.iterItems()) items.push(item.n);
    expect(items).toEqual([1, 2, 3]);
  });

  it("fails with PaginationCycleError, after the pages it got, when the server repeats the cursor it was given", async () => {
    const fetcher = bodies<number, { items: number[]; next: string }>((cursor) => (cursor === undefined ? { items: [1], next: "same" } : { items: [2], next: "same" }));
    const seen: number[] = [];
    const walk = async () => {
      for await (const item of new PageRequest(fetcher).items()) seen.push(item);
    };
    const error = await walk().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect(error).toBeInstanceOf(FactifyError);
    expect(isFactifyError(error)).toBe(true);
    expect(error).toMatchObject({ code: "pagination_cycle", cursor: "same" });
    expect(seen).toEqual([1, 2]);
    expect(fetcher.requested).toEqual([undefined, "same"]);
  });

  it("catches a short cycle of cursors", async () => {
    const cycle: Record<string, string> = { a: "b", b: "c", c: "a" };
    const fetcher = bodies<string, { items: string[]; next: string }>((cursor) => ({ items: [cursor ?? "first"], next: cursor === undefined ? "a" : cycle[cursor]! }));
    await expect(new PageRequest(fetcher).toArray()).rejects.toBeInstanceOf(PaginationCycleError);
    // Brent's bound: the walk stops within a few laps of a 3-cursor cycle.
    expect(fetcher.requested.length).toBeLessThanOrEqual(1 + 3 * 3);
  });

  it.each([
    [1, 0],
    [2, 5],
    [17, 3],
    [100, 0],
    [1000, 250],
  ])("catches a cycle of %i cursors entered after %i pages, within a bounded number of fetches", async (length, lead) => {
    // Cursors c0..c(lead-1) lead into a loop of `length` cursors; nothing ever ends the list.
    const next = (i: number) => (i + 1 < lead + length ? i + 1 : lead);
    const fetcher = bodies<number, { items: number[]; next: string }>((cursor) => {
      const i = cursor === undefined ? 0 : Number(cursor.slice(1));
      return { items: [i], next: `c${next(i)}` };
    });
    const error = await new PageRequest(fetcher).toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationCycleError);
    // Every cursor the error names was followed before; the walk never fetched forever.
    expect(fetcher.requested).toContain((error as PaginationCycleError).cursor);
    expect(fetcher.requested.length).toBeLessThanOrEqual(2 * Math.max(lead, length) + length + 2);
  });

  it("does not mistake a long list of distinct cursors for a cycle", async () => {
    const fetcher = bodies<number, { items: number[]; next: string }>((cursor) => {
      const i = cursor === undefined ? 0 : Number(cursor);
      return { items: [i], next: i < 4999 ? String(i + 1) : "" };
    });
    expect(await new PageRequest(fetcher).toArray()).toHaveLength(5000);
  });

  it("treats a repeat of the caller's own starting cursor as a cycle", async () => {
    const fetcher = bodies<number, { items: number[]; next: string }>(() => ({ items: [1], next: "start" }), { firstCursor: "start" });
    const page = await new PageRequest(fetcher);
    expect(fetcher.requested).toEqual(["start"]);
    expect(page.hasNextPage()).toBe(true);
    await expect(page.next()).rejects.toBeInstanceOf(PaginationCycleError);
    expect(fetcher.requested).toEqual(["start"]);
  });

  it("ends when hasMore says so even if a cursor is present", async () => {
    const fetcher = bodies<number, { items: number[]; next: string; more: boolean }>(() => ({ items: [1], next: "x", more: false }), { hasMore: (b) => b.more });
    const page = await new PageRequest(fetcher);
    expect(page.hasNextPage()).toBe(false);
    expect(await page.next()).toBeNull();
    expect(await new PageRequest(fetcher).toArray()).toEqual([1]);
  });

  it("treats a missing items field as an empty page", async () => {
    const fetcher: PageFetcher<number, object> = {
      fetchPage: async () => sent({}),
      items: () => undefined as unknown as number[],
      nextCursor: () => undefined,
    };
    const page = await new PageRequest(fetcher);
    expect(page.items).toEqual([]);
    expect(page.pagination).toBeUndefined();
  });

  it("rejects the awaited first page and its iteration when the fetch fails", async () => {
    const fetcher: PageFetcher<number, object> = {
      fetchPage: async () => {
        throw new Error("down");
      },
      items: () => [],
      nextCursor: () => undefined,
    };
    const request = new PageRequest(fetcher);
    await expect(request).rejects.toThrow("down");
    await expect(request.toArray()).rejects.toThrow("down");
    await expect(request.catch((e: Error) => e.message)).resolves.toBe("down");
  });

  it("keeps memory flat: pages already walked are released while the walk goes on", async () => {
    // 1,000 pages of 100 items. Every response body is registered; those of pages already passed
    // must become collectable while iteration is still running (a chain of retained pages would not).
    let collected = 0;
    const registry = new FinalizationRegistry<number>(() => {
      collected++;
    });
    const { fetcher } = fakeList(1000, 100);
    let created = 0;
    const tracking: PageFetcher<Item, Body> = {
      ...fetcher,
      async fetchPage(cursor) {
        const page = await fetcher.fetchPage(cursor);
        registry.register(page.data, created++);
        return page;
      },
    };
    const gc = (globalThis as { gc?: () => void }).gc;
    let count = 0;
    let collectedMidWalk = -1;
    for await (const item of new PageRequest(tracking).items()) {
      count++;
      if (item.n === 95_000) {
        // Without --expose-gc the collector runs when it likes: prompt it with garbage and yield
        // so finalizers can run, a bounded number of times.
        for (let i = 0; i < 30 && collected < 900; i++) {
          gc?.();
          Array.from({ length: 300_000 }, (_, k) => ({ k }));
          await new Promise((r) => setTimeout(r, 5));
        }
        collectedMidWalk = collected;
      }
    }
    expect(count).toBe(100_000);
    expect(created).toBe(1000);
    // 951 pages fetched by then; only the first (the awaited value of the PageRequest) and the
    // current one may still be held.
    expect(collectedMidWalk).toBeGreaterThanOrEqual(900);
  });
});

// paginate() and Page with scripted pages: a caller's own page_token, has_more:false beside a
// cursor, other cursor shapes, cycles of several lengths, limits, and bodies missing fields.
import { describe, expect, it } from "vitest";
import { createFactify } from "../../src/client";
import { APIError, isFactifyError } from "../../src/errors";
import type { OperationDescriptor } from "../../src/operation";
import { Page, type PageFetcher, PageRequest, PaginationCycleError, paginate } from "../../src/pagination";
import type { FetchLike } from "../../src/types";

type Body = Record<string, unknown>;
const list: OperationDescriptor<Record<string, unknown>, Body> = {
  id: "listThings",
  method: "GET",
  path: "/v1/things",
  queryParams: ["page_token", "cursor", "q"],
};

/** Answers each page_token (or `cursor`) with a scripted body; "" is the first page. */
function scripted(pages: Record<string, Body>, param = "page_token") {
  const seen: (string | null)[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(new Request(input, init).url);
    const token = url.searchParams.get(param);
    seen.push(token);
    const body = pages[token ?? ""];
    return body ? Response.json(body, { headers: { "x-request-id": `req-${token ?? "first"}` } }) : Response.json({ error: "no page" }, { status: 404 });
  };
  const client = createFactify({ bearerAuth: "t", serverURL: "http://api.test", fetch, rateLimit: false, retryConfig: false });
  return { client, seen };
}

const page = (ids: string[], next?: string, hasMore?: boolean) => ({
  items: ids.map((id) => ({ id })),
  pagination: { next_page_token: next, ...(hasMore === undefined ? {} : { has_more: hasMore }) },
});

describe("paginate with scripted pages", () => {
  it("starts at the caller's page_token and sends it on the first request", async () => {
    const { client, seen } = scripted({ c1: page(["b"], "c2"), c2: page(["c"]) });
    const ids = (await paginate(client, list, { page_token: "c1", q: "x" }).toArray()).map((i) => (i as { id: string }).id);
    expect(ids).toEqual(["b", "c"]);
    expect(seen).toEqual(["c1", "c2"]);
  });

  it("treats an empty caller page_token as the start of the list", async () => {
    const { client, seen } = scripted({ "": page(["a"]) });
    const first = await paginate(client, list, { page_token: "" });
    expect(first.items).toEqual([{ id: "a" }]);
    // The empty value is the caller's input and goes out as given; the walk starts at the list's start.
    expect(seen).toEqual([""]);
  });

  it("catches a server that hands back the caller's own first cursor", async () => {
    const { client } = scripted({ c1: page(["b"], "c1") });
    const first = await paginate(client, list, { page_token: "c1" });
    expect(first.hasNextPage()).toBe(true);
    const error = await first.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect(error).toMatchObject({ cursor: "c1", operationId: "listThings", code: "pagination_cycle", requestId: "req-c1" });
    expect((error as Error).message).toBe('listThings: the server returned page cursor "c1" again, which would page forever; stopped');
  });

  it("stops at has_more:false even when a cursor is present, and follows has_more:true", async () => {
    const { client, seen } = scripted({ "": page(["a"], "stale", false), stale: page(["z"]) });
    const first = await paginate(client, list, {});
    expect(first.hasNextPage()).toBe(false);
    expect(await first.next()).toBeNull();
    expect(seen).toEqual([null]);
    const more = scripted({ "": page(["a"], "n", true), n: page(["b"], "", true) });
    expect(await paginate(more.client, list, {}).toArray()).toEqual([{ id: "a" }, { id: "b" }]);
  });

  it("reads other cursor shapes from the config, where has_more is not looked at unless named", async () => {
    const { client, seen } = scripted(
      { "": { data: [{ id: "a" }], meta: { next: "m2" }, pagination: { has_more: false } }, m2: { data: [{ id: "b" }], meta: {} } },
      "cursor",
    );
    const got = await paginate(client, list, {}, undefined, { items: "data", cursorParam: "cursor", nextCursor: ["meta", "next"] }).toArray();
    expect(got).toEqual([{ id: "a" }, { id: "b" }]);
    expect(seen).toEqual([null, "m2"]);
    const named = scripted({ "": { data: [{ id: "a" }], meta: { next: "m2", more: false } } }, "cursor");
    const first = await paginate(named.client, list, {}, undefined, {
      items: "data",
      cursorParam: "cursor",
      nextCursor: ["meta", "next"],
      hasMore: ["meta", "more"],
    });
    expect(first.hasNextPage()).toBe(false);
  });

  it("copes with a body without items, pagination, or with a cursor that is not a string", async () => {
    const { client } = scripted({ "": { pagination: { next_page_token: 5 } } });
    const first = await paginate(client, list, {});
    expect(first.items).toEqual([]);
    expect(first.hasNextPage()).toBe(false);
    expect(first.pagination).toEqual({ next_page_token: 5 });
    const bare = await paginate(scripted({ "": { items: "nope", pagination: "x" } }).client, list, {});
    expect(bare.items).toEqual([]);
    expect(bare.pagination).toBeUndefined();
    expect(bare.body).toEqual({ items: "nope", pagination: "x" });
    expect(bare.requestId).toBe("req-first");
    expect(bare.response.status).toBe(200);
  });

  it("takes a missing input and a body without a pagination block as a single page", async () => {
    const { client, seen } = scripted({ "": { items: [{ id: "a" }] } });
    const first = await paginate(client, list, undefined);
    expect(first.items).toEqual([{ id: "a" }]);
    expect(first.hasNextPage()).toBe(false);
    expect(first.pagination).toBeUndefined();
    expect(seen).toEqual([null]);
    const nullBody: PageFetcher<unknown, null> = {
      fetchPage: async () => ({ data: null, response: new Response(null), requestId: undefined }),
      items: () => [],
      nextCursor: () => undefined,
    };
    const empty = await new PageRequest(nullBody);
    expect(empty.body).toBeNull();
    expect(empty.pagination).toBeUndefined();
  });

  it("sends nothing until used, fetches the first page once, and gives it with its response", async () => {
    const { client, seen } = scripted({ "": page(["a"], "n"), n: page(["b"]) });
    const request = paginate(client, list, {});
    expect(request).toBeInstanceOf(PageRequest);
    await Promise.resolve();
    expect(seen).toEqual([]);
    const sent = await request.withResponse();
    expect(sent.requestId).toBe("req-first");
    expect(sent.response.status).toBe(200);
    expect(sent.data.items).toEqual([{ id: "a" }]);
    expect((await request).items).toEqual([{ id: "a" }]);
    const ids: unknown[] = [];
    for await (const item of request.items()) ids.push(item);
    expect(ids).toEqual([{ id: "a" }, { id: "b" }]);
    expect(seen).toEqual([null, "n"]);
    // then() of a PageRequest chains into a plain Promise.
    const chained = request.then((p) => p.items.length);
    expect(chained).not.toBeInstanceOf(PageRequest);
    expect(await chained).toBe(1);
  });

  it("rejects with the first page's error through await, iteration and withResponse", async () => {
    const { client } = scripted({});
    const request = paginate(client, list, {});
    const error = await request.catch((e: unknown) => e);
    expect(isFactifyError(error)).toBe(true);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(404);
    await expect(request.withResponse()).rejects.toBe(error);
    await expect(request.toArray()).rejects.toBe(error);
  });
});

/** A fetcher over an in-memory chain of cursors: page k's next cursor is `chain[k]`, and the page
 *  fetched with a cursor is the one after its first place in the chain. */
function chainFetcher(chain: (string | undefined)[]): PageFetcher<number, { i: number }> & { calls: (string | undefined)[] } {
  const calls: (string | undefined)[] = [];
  return {
    calls,
    fetchPage: async (cursor) => {
      calls.push(cursor);
      const at = cursor === undefined ? 0 : chain.indexOf(cursor) + 1;
      return { data: { i: at }, response: new Response(null), requestId: undefined };
    },
    items: (body) => [body.i],
    nextCursor: (body) => chain[body.i],
  };
}

describe("cycle detection", () => {
  it("catches a cycle of any length after any lead-in, and only then", async () => {
    for (const [lead, length] of [
      [0, 2],
      [0, 3],
      [1, 1],
      [3, 5],
      [7, 2],
      [2, 9],
    ] as const) {
      const names = Array.from({ length: lead + length }, (_, k) => `c${k}`);
      // Page k points at names[k]; the last one points back to the start of the cycle.
      const chain = [...names, names[lead]!];
      const fetcher = chainFetcher(chain);
      const error = await new PageRequest(fetcher).toArray().catch((e: unknown) => e);
      expect(error, `${lead}+${length}`).toBeInstanceOf(PaginationCycleError);
      // Brent's method catches the cycle at one of its cursors, not necessarily where it was entered.
      expect(names.slice(lead)).toContain((error as PaginationCycleError).cursor);
      expect((error as Error).message.startsWith("pagination: ")).toBe(true);
      // Every cursor of the cycle was followed at least once before it was caught, and not endlessly.
      expect(fetcher.calls.length).toBeGreaterThan(lead + length - 1);
      expect(fetcher.calls.length).toBeLessThanOrEqual(2 * Math.max(lead, length) + length + 2);
    }
  });

  it("never reports a cycle on a long walk with distinct cursors", async () => {
    const chain = [...Array.from({ length: 300 }, (_, k) => `c${k}`), undefined];
    const items = await new PageRequest(chainFetcher(chain)).toArray();
    expect(items).toHaveLength(301);
  });
});

describe("toArray limits", () => {
  const chain = ["a", "b", "c", undefined];

  it("stops fetching once the limit is reached", async () => {
    const fetcher = chainFetcher(chain);
    expect(await new PageRequest(fetcher).toArray({ limit: 2 })).toEqual([0, 1]);
    expect(fetcher.calls).toEqual([undefined, "a"]);
    const none = chainFetcher(chain);
    expect(await new PageRequest(none).toArray({ limit: 0 })).toEqual([]);
    expect(none.calls).toEqual([]);
    const all = chainFetcher(chain);
    expect(await new PageRequest(all).toArray()).toEqual([0, 1, 2, 3]);
    expect(await new PageRequest(chainFetcher(chain)).toArray({ limit: 10 })).toEqual([0, 1, 2, 3]);
  });

  it("works the same from a page", async () => {
    const first = await new PageRequest(chainFetcher(chain));
    expect(first).toBeInstanceOf(Page);
    expect(await first.toArray({ limit: 3 })).toEqual([0, 1, 2]);
    const items: number[] = [];
    for await (const item of first.iterItems()) items.push(item);
    expect(items).toEqual([0, 1, 2, 3]);
  });
});

import { debugLog } from "../../src/log";
import * as v from "valibot";
import { describe, expect, it, vi } from "vitest";
import { createFactify } from "../../src/client";
import { InvalidRequestError } from "../../src/errors";
import type { OperationDescriptor } from "../../src/operation";
import { PaginationCycleError, paginate } from "../../src/pagination";
import type { FetchLike } from "../../src/types";

interface Doc {
  id: string;
}
interface ListResponse {
  items: Doc[];
  pagination: { next_page_token: string; prev_page_token: string; has_more: boolean };
}

const listDocuments: OperationDescriptor<{ page_size?: number; page_token?: string; query?: string }, ListResponse> = {
  id: "listDocuments",
  method: "GET",
  path: "/v1beta/documents",
  queryParams: ["page_token", "page_size", "query"],
  input: v.object({ page_size: v.optional(v.pipe(v.number(), v.maxValue(100))), page_token: v.optional(v.string()), query: v.optional(v.string()) }),
};

/** A list endpoint of `total` documents over fetch, with base64url JSON cursors like the API's. */
function fakeApi(total: number, overrides: { repeat?: boolean } = {}) {
  const urls: URL[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(new Request(input, init).url);
    urls.push(url);
    const size = Number(url.searchParams.get("page_size") ?? 50);
    const token = url.searchParams.get("page_token");
    const start = token ? (JSON.parse(atob(token)) as { at: number }).at : 0;
    const items = Array.from({ length: Math.min(size, total - start) }, (_, i) => ({ id: `doc_${start + i}` }));
    const end = start + items.length;
    const next = end < total ? btoa(JSON.stringify({ at: overrides.repeat ? start : end })) : "";
    return Response.json({ items, pagination: { next_page_token: next, prev_page_token: token ?? "", has_more: end < total } });
  };
  return { fetch: vi.fn(fetch), urls };
}

function client(fetch: FetchLike, debugLogger?: { debug: () => void; warn?: (...a: unknown[]) => void }) {
  return createFactify({ bearerAuth: "t", serverURL: "http://api.test", fetch, rateLimit: false, retryConfig: false, debugLogger: debugLogger && debugLog(debugLogger) });
}

describe("paginate", () => {
  it("walks every page of a list operation, sending the cursor back as page_token", async () => {
    const api = fakeApi(250);
    const ids: string[] = [];
    for await (const doc of paginate(client(api.fetch), listDocuments, { page_size: 100, query: "q" }).items()) ids.push(doc.id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(api.urls).toHaveLength(3);
    expect(api.urls.every((u) => u.searchParams.get("query") === "q" && u.searchParams.get("page_size") === "100")).toBe(true);
    expect(api.urls[0]!.searchParams.has("page_token")).toBe(false);
    expect(api.urls[1]!.searchParams.get("page_token")).toBeTruthy();
  });

  it("walks 120 pages through the real transport", async () => {
    const api = fakeApi(1200);
    let pages = 0;
    for await (const page of paginate(client(api.fetch), listDocuments, { page_size: 10 })) {
      expect(page.items).toHaveLength(10);
      pages++;
    }
    expect(pages).toBe(120);
  });

  it("exposes the pagination block and ends with next() === null", async () => {
    const api = fakeApi(3);
    const first = await paginate(client(api.fetch), listDocuments, { page_size: 2 });
    expect(first.pagination?.has_more).toBe(true);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.next();
    expect(second?.items.map((d) => d.id)).toEqual(["doc_2"]);
    expect(second?.hasNextPage()).toBe(false);
    expect(await second?.next()).toBeNull();
  });

  it("sends nothing until used, then the first page only once", async () => {
    const api = fakeApi(10);
    const request = paginate(client(api.fetch), listDocuments, { page_size: 5 });
    expect(api.fetch).not.toHaveBeenCalled();
    await request;
    await request;
    expect(await request.toArray({ limit: 5 })).toHaveLength(5);
    expect(api.fetch).toHaveBeenCalledTimes(1);
  });

  it("ends with PaginationCycleError, naming the operation, when the server repeats a cursor", async () => {
    const api = fakeApi(100, { repeat: true });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const doc of paginate(client(api.fetch), listDocuments, { page_size: 10 }).items()) seen.push(doc.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationCycleError);
    expect((error as Error).message).toContain("listDocuments");
    expect(seen).toHaveLength(20);
    expect(api.fetch).toHaveBeenCalledTimes(2);
  });

  it("starts from the caller's page_token", async () => {
    const api = fakeApi(100);
    const start = btoa(JSON.stringify({ at: 90 }));
    const ids = (await paginate(client(api.fetch), listDocuments, { page_size: 50, page_token: start }).toArray()).map((d) => d.id);
    expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `doc_${90 + i}`));
    expect(api.urls[0]!.searchParams.get("page_token")).toBe(start);
  });

  it("ends at has_more: false even when a cursor is present beside it", async () => {
    const fetch: FetchLike = async () => Response.json({ items: [{ id: "doc_1" }], pagination: { next_page_token: "more?", has_more: false } });
    const spy = vi.fn(fetch);
    const page = await paginate(client(spy), listDocuments, {});
    expect(page.hasNextPage()).toBe(false);
    expect(await page.toArray()).toEqual([{ id: "doc_1" }]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("gives each page the request id of its response, and withResponse() for the first", async () => {
    let n = 0;
    const fetch: FetchLike = async () =>
      Response.json(
        { items: [{ id: `doc_${n}` }], pagination: { next_page_token: n < 1 ? "next" : "", has_more: n < 1 } },
        { headers: { "x-request-id": `req_${++n}` } },
      );
    const request = paginate(client(fetch), listDocuments, {});
    const { data, requestId, response } = await request.withResponse();
    expect(requestId).toBe("req_1");
    expect(response.status).toBe(200);
    expect(data.requestId).toBe("req_1");
    expect((await data.next())!.requestId).toBe("req_2");
  });

  it("rejects invalid input when the first page is requested, without sending", async () => {
    const api = fakeApi(10);
    const request = paginate(client(api.fetch), listDocuments, { page_size: 1000 });
    await expect(request).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(request).rejects.toMatchObject({ field: "page_size" });
    expect(api.fetch).not.toHaveBeenCalled();
  });

  it("follows other cursor shapes through the config (the timeline's cursor / next_cursor / events)", async () => {
    const urls: URL[] = [];
    const fetch: FetchLike = async (input, init) => {
      const url = new URL(new Request(input, init).url);
      urls.push(url);
      const cursor = Number(url.searchParams.get("cursor") ?? 0);
      const last = cursor === 2;
      // The last page still carries a cursor; has_more: false must end the walk.
      return Response.json({ events: [{ event_id: `e${cursor}` }], has_more: !last, next_cursor: String(cursor + 1) });
    };
    const getDocumentTimeline: OperationDescriptor<{ document_id: string; cursor?: string }, unknown> = {
      id: "getDocumentTimeline",
      method: "GET",
      path: "/v1beta/documents/{document_id}/timeline",
      queryParams: ["cursor"],
    };
    const events = await paginate<{ document_id: string }, unknown, { event_id: string }>(
      client(fetch),
      getDocumentTimeline,
      { document_id: "doc_x" },
      undefined,
      { items: "events", cursorParam: "cursor", nextCursor: ["next_cursor"], hasMore: ["has_more"] },
    ).toArray();
    expect(events.map((e) => e.event_id)).toEqual(["e0", "e1", "e2"]);
    expect(urls.map((u) => u.searchParams.get("cursor"))).toEqual([null, "1", "2"]);
    expect(urls[0]!.pathname).toBe("/v1beta/documents/doc_x/timeline");
  });

  it("passes per-call options to every page (an aborted signal stops the walk)", async () => {
    const api = fakeApi(100);
    const controller = new AbortController();
    const request = paginate(client(api.fetch), listDocuments, { page_size: 10 }, { signal: controller.signal });
    let pages = 0;
    await expect(
      (async () => {
        for await (const _ of request) {
          if (++pages === 2) controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ name: "RequestAbortedError" });
    expect(api.fetch).toHaveBeenCalledTimes(2);
  });
});

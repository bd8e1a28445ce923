// PageRequest and APIPromise are real Promise subclasses: they fit wherever a promise is expected,
// send their exchange once however they are used, and report a failure once, to whoever asked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APIPromise } from "../../src/api-promise";
import type { Sent } from "../../src/request/send";
import { Page, type PageFetcher, PageRequest } from "../../src/pagination";

function sent<T>(data: T, requestId = "req_1"): Sent<T> {
  return { data, response: new Response(null, { headers: { "x-request-id": requestId } }), requestId };
}

function counted(fail = false) {
  const requested: (string | undefined)[] = [];
  const fetcher: PageFetcher<number, { items: number[] }> = {
    fetchPage: async (cursor) => {
      requested.push(cursor);
      if (fail) throw new Error("down");
      return sent({ items: [1, 2] });
    },
    items: (b) => b.items,
    nextCursor: () => undefined,
  };
  return { fetcher, requested };
}

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on("unhandledRejection", onUnhandled);
});
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
});
/** Lets Node report unhandled rejections of the promises made so far. */
const settle = () => new Promise((r) => setTimeout(r, 10));

describe("PageRequest as a Promise", () => {
  it("is a Promise of its first page", async () => {
    const request = new PageRequest(counted().fetcher);
    expect(request).toBeInstanceOf(Promise);
    expect(Object.prototype.toString.call(request)).toBe("[object Promise]");
    const page = await request;
    expect(page).toBeInstanceOf(Page);
    expect(page.items).toEqual([1, 2]);
  });

  it("fetches once across then, catch, finally, await, Promise.all, withResponse and iteration", async () => {
    const { fetcher, requested } = counted();
    const request = new PageRequest(fetcher);
    const viaThen = await request.then((p) => p.items.length);
    const viaCatch = await request.catch(() => null);
    let finallyRan = false;
    const viaFinally = await request.finally(() => {
      finallyRan = true;
    });
    const [viaAll, other] = await Promise.all([request, Promise.resolve(7)]);
    const viaRace = await Promise.race([request]);
    const viaResponse = await request.withResponse();
    const pages: Page<number, unknown>[] = [];
    for await (const page of request) pages.push(page);
    expect(viaThen).toBe(2);
    expect(viaCatch).toBe(viaFinally);
    expect(finallyRan).toBe(true);
    expect(viaAll).toBe(viaFinally);
    expect(viaRace).toBe(viaFinally);
    expect(other).toBe(7);
    expect(viaResponse.data).toBe(viaFinally);
    expect(pages).toEqual([viaFinally]);
    expect(requested).toEqual([undefined]);
  });

  it("chains into plain promises, not new PageRequests", () => {
    const request = new PageRequest(counted().fetcher);
    const chained = request.then((p) => p);
    expect(chained).toBeInstanceOf(Promise);
    expect(chained).not.toBeInstanceOf(PageRequest);
    expect(request.catch(() => 0)).not.toBeInstanceOf(PageRequest);
  });

  it("withResponse() gives the first page with its HTTP response and request id", async () => {
    const { data, response, requestId } = await new PageRequest(counted().fetcher).withResponse();
    expect(data).toBeInstanceOf(Page);
    expect(response).toBeInstanceOf(Response);
    expect(requestId).toBe("req_1");
    expect(data.requestId).toBe("req_1");
    expect(data.response).toBe(response);
  });

  it("stays lazy: creating one sends nothing", async () => {
    const { fetcher, requested } = counted();
    new PageRequest(fetcher);
    await settle();
    expect(requested).toEqual([]);
  });

  it("reports a failed first page to the iteration that asked, without an unhandled rejection", async () => {
    const request = new PageRequest(counted(true).fetcher);
    await expect(request.toArray()).rejects.toThrow("down");
    await expect(request.withResponse()).rejects.toThrow("down");
    await settle();
    expect(unhandled).toEqual([]);
    await expect(request).rejects.toThrow("down");
  });

  it("leaves an unhandled failure of a then() chain to be reported like any promise", async () => {
    const request = new PageRequest(counted(true).fetcher);
    request.then(() => 1);
    await settle();
    expect(unhandled).toHaveLength(1);
  });
});

describe("APIPromise", () => {
  it("resolves to the data and is a Promise", async () => {
    const call = APIPromise.from(Promise.resolve(sent({ id: "doc_1" })));
    expect(call).toBeInstanceOf(Promise);
    expect(await call).toEqual({ id: "doc_1" });
    const [a] = await Promise.all([call]);
    expect(a).toEqual({ id: "doc_1" });
    expect(call.then((x) => x)).not.toBeInstanceOf(APIPromise);
  });

  it("withResponse() gives data, response and request id of the same exchange", async () => {
    let exchanges = 0;
    const call = APIPromise.from(
      (async () => {
        exchanges++;
        return sent({ id: "doc_1" }, "req_9");
      })(),
    );
    const both = await call.withResponse();
    expect(both.data).toEqual({ id: "doc_1" });
    expect(both.requestId).toBe("req_9");
    expect(both.response.headers.get("x-request-id")).toBe("req_9");
    expect(await call).toBe(both.data);
    expect(exchanges).toBe(1);
  });

  it("a failure seen through withResponse() alone is not also reported unhandled", async () => {
    const call = APIPromise.from<number>(Promise.reject(new Error("nope")));
    await expect(call.withResponse()).rejects.toThrow("nope");
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("an ignored failed call is reported unhandled, like any promise", async () => {
    APIPromise.from<number>(Promise.reject(new Error("ignored")));
    await settle();
    expect(unhandled).toHaveLength(1);
  });
});

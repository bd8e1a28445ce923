import { describe, expect, it } from "vitest";
import { call, errorOf } from "./helpers";
import { createMockFactify } from "../src/index";

describe("rate limits", () => {
  it("sends X-RateLimit headers and answers 429 resource_exhausted once a key spends 1000 requests in a minute", async () => {
    let now = Date.UTC(2026, 5, 1, 12, 0, 0);
    const mock = createMockFactify({ now: () => new Date(now) });
    const first = await call(mock, "GET", "/documents/quota");
    expect(first.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("999");
    const reset = Number(first.headers.get("x-ratelimit-reset"));
    expect(reset).toBe(Math.ceil((now + 60_000) / 1000));
    for (let i = 0; i < 998; i++) await mock.fetch("http://mock.test/v1beta/documents/quota", { headers: { authorization: `Bearer ${mock.tokens.owner}` } });
    const lastOk = await call(mock, "GET", "/documents/quota");
    expect(lastOk.status).toBe(200);
    expect(lastOk.headers.get("x-ratelimit-remaining")).toBe("0");
    const limited = await call(mock, "GET", "/documents/quota");
    expect(errorOf(limited)).toEqual({ status: 429, code: "resource_exhausted", reason: "rate_limit_exceeded", param: undefined });
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.headers.get("x-ratelimit-reset")).toBe(String(reset));
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another key has its own budget.
    expect((await call(mock, "GET", "/documents/quota", { token: mock.tokens.admin })).status).toBe(200);
    // Moving the injected clock past the window restores the budget.
    now += 60_000;
    const fresh = await call(mock, "GET", "/documents/quota");
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("x-ratelimit-remaining")).toBe("999");
  });

  it("allows 100 POSTs a minute per key, separately from reads", async () => {
    const mock = createMockFactify();
    const post = () => call(mock, "POST", `/documents/${mock.demo.documents.report}/share-links`, { json: {} });
    const r1 = await post();
    expect(r1.headers.get("x-ratelimit-limit")).toBe("100");
    expect(r1.headers.get("x-ratelimit-remaining")).toBe("99");
    for (let i = 0; i < 99; i++) expect((await post()).status).toBe(200);
    const limited = await post();
    expect(errorOf(limited)).toMatchObject({ status: 429, reason: "rate_limit_exceeded" });
    expect(limited.headers.get("x-ratelimit-limit")).toBe("100");
    expect((await call(mock, "GET", "/documents/quota")).status).toBe(200);
    mock.clock.advance(60_000);
    expect((await post()).status).toBe(200);
  });

  it("can be configured or switched off", async () => {
    const tight = createMockFactify({ rateLimit: { perMinute: 2 } });
    expect((await call(tight, "GET", "/documents/quota")).status).toBe(200);
    expect((await call(tight, "GET", "/documents/quota")).status).toBe(200);
    expect((await call(tight, "GET", "/documents/quota")).status).toBe(429);
    const off = createMockFactify({ rateLimit: false });
    const r = await call(off, "GET", "/documents/quota");
    expect(r.headers.get("x-ratelimit-limit")).toBeNull();
  });
});

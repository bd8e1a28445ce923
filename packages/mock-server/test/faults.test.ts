import { afterEach, describe, expect, it } from "vitest";
import { serve, type MockServer } from "../src/node";
import { call, errorOf, newMock } from "./helpers";

describe("faults in-process", () => {
  it("adds latency and honours an abort signal while waiting", async () => {
    const mock = newMock();
    mock.faults.inject({ kind: "latency", ms: 150 });
    const t0 = performance.now();
    expect((await call(mock, "GET", "/documents/quota")).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    mock.faults.inject({ kind: "latency", ms: 10_000 });
    const ctl = new AbortController();
    const pending = mock.fetch("http://mock.test/v1beta/documents/quota", { headers: { authorization: `Bearer ${mock.tokens.owner}` }, signal: ctl.signal });
    setTimeout(() => ctl.abort(new DOMException("stop", "AbortError")), 20);
    const t1 = performance.now();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - t1).toBeLessThan(2_000);
  });

  it("answers 429 with Retry-After, 500, 503 and an HTML page for the next N requests only", async () => {
    const mock = newMock();
    mock.faults.inject({ kind: "status", status: 429, retryAfter: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const r = await call(mock, "GET", "/documents/quota");
      expect(errorOf(r)).toMatchObject({ status: 429, code: "resource_exhausted", reason: "rate_limit_exceeded" });
      expect(r.headers.get("retry-after")).toBe("7");
      expect(r.headers.get("x-ratelimit-remaining")).toBe("0");
    }
    expect((await call(mock, "GET", "/documents/quota")).status).toBe(200);
    mock.faults.inject({ kind: "status", status: 500 });
    expect(errorOf(await call(mock, "GET", "/documents/quota"))).toMatchObject({ status: 500, code: "internal", reason: "internal_error" });
    mock.faults.inject({ kind: "status", status: 503, retryAfter: 2 });
    const unavailable = await call(mock, "GET", "/documents/quota");
    expect(errorOf(unavailable)).toMatchObject({ status: 503, code: "unavailable", reason: "service_unavailable" });
    expect(unavailable.headers.get("retry-after")).toBe("2");
    mock.faults.inject({ kind: "html" });
    const html = await call(mock, "GET", "/documents/quota");
    expect(html.status).toBe(502);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(html.body).toContain("<html>");
    expect(mock.faults.pending()).toEqual([]);
  });

  it("scopes faults to a token, method and path", async () => {
    const mock = newMock();
    mock.faults.inject({ kind: "status", status: 500, token: mock.tokens.member, method: "GET", path: "/documents/quota" });
    expect((await call(mock, "GET", "/documents/quota")).status).toBe(200);
    expect((await call(mock, "GET", "/documents", { token: mock.tokens.member })).status).toBe(200);
    expect((await call(mock, "GET", "/documents/quota", { token: mock.tokens.member })).status).toBe(500);
    expect((await call(mock, "GET", "/documents/quota", { token: mock.tokens.member })).status).toBe(200);
  });

  it("drops the connection as a rejected fetch and truncates bodies so reading them fails", async () => {
    const mock = newMock();
    mock.faults.inject({ kind: "drop" });
    await expect(call(mock, "GET", "/documents")).rejects.toThrow(TypeError);
    mock.faults.inject({ kind: "truncate" });
    const res = await mock.fetch("http://mock.test/v1beta/documents", { headers: { authorization: `Bearer ${mock.tokens.owner}` } });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("takes faults from the admin endpoint and lists and clears them", async () => {
    const mock = newMock();
    const added = await call(mock, "POST", "/__mock/faults", { token: null, json: { kind: "status", status: 503, times: 3 } });
    expect(added.body.fault).toMatchObject({ kind: "status", remaining: 3 });
    expect((await call(mock, "GET", "/documents/quota")).status).toBe(503);
    expect((await call(mock, "GET", "/__mock/faults", { token: null })).body.faults[0].remaining).toBe(2);
    await call(mock, "DELETE", "/__mock/faults", { token: null });
    expect((await call(mock, "GET", "/documents/quota")).status).toBe(200);
    expect(errorOf(await call(mock, "POST", "/__mock/faults", { token: null, json: { kind: "explode" } }))).toMatchObject({ status: 400 });
    expect(() => mock.faults.inject({ kind: "status", status: 418 })).toThrow(TypeError);
  });
});

describe("faults over a real socket", () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("serves the API on port 0, drops connections and truncates bodies for real", async () => {
    server = await serve({ port: 0, host: "127.0.0.1", processingDelayMs: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const auth = { authorization: `Bearer ${server.mock.tokens.owner}` };
    const ok = await fetch(`${server.url}/v1beta/documents`, { headers: auth });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.items[0].url.startsWith(server.url)).toBe(true);

    server.mock.faults.inject({ kind: "drop" });
    await expect(fetch(`${server.url}/v1beta/documents`, { headers: auth })).rejects.toThrow(TypeError);

    server.mock.faults.inject({ kind: "truncate" });
    const cut = await fetch(`${server.url}/v1beta/documents`, { headers: auth });
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();

    // Multipart uploads stream through the Node adapter.
    const fd = new FormData();
    fd.append("title", "Over the wire");
    fd.append("payload", new File(["%PDF-1.4\n%%EOF\n"], "w.pdf", { type: "application/pdf" }));
    const created = await fetch(`${server.url}/v1beta/documents`, { method: "POST", headers: auth, body: fd });
    expect(created.status).toBe(200);
    expect((await created.json()).document.title).toBe("Over the wire");
    expect((await fetch(`${server.url}/v1beta/documents`, { headers: auth })).status).toBe(200);
  });
});

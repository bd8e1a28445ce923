import { describe, expect, it } from "vitest";
import { call, createDoc, errorOf, newMock } from "./helpers";

describe("pagination", () => {
  it("walks every document exactly once forward and back", async () => {
    const mock = newMock();
    const created = new Set<string>();
    for (let i = 0; i < 23; i++) {
      created.add((await createDoc(mock, undefined, { title: `Doc ${String(i).padStart(2, "0")}` })).id);
      mock.clock.advance(i % 3 === 0 ? 0 : 10); // ties on created_at must still page cleanly
    }
    const seen: string[] = [];
    const pages: any[] = [];
    let token: string | undefined;
    do {
      const r = await call(mock, "GET", "/documents", { query: { page_size: 5, title_contains: "doc ", ...(token ? { page_token: token } : {}) } });
      expect(r.status).toBe(200);
      pages.push(r.body);
      seen.push(...r.body.items.map((d: any) => d.id));
      token = r.body.pagination.next_page_token || undefined;
      expect(r.body.pagination.has_more).toBe(Boolean(token));
    } while (token);
    expect(pages).toHaveLength(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(created);
    expect(pages[0].pagination.prev_page_token).toBe("");
    // Newest first by default.
    const created_at = (await Promise.all(seen.slice(0, 5).map(async (id) => (await call(mock, "GET", `/documents/${id}`)).body.document.created_at))) as string[];
    expect([...created_at].sort().reverse()).toEqual(created_at);
    // Going back from page 3 gives page 2 again.
    const back = await call(mock, "GET", "/documents", { query: { page_size: 5, title_contains: "doc ", page_token: pages[2].pagination.prev_page_token } });
    expect(back.body.items.map((d: any) => d.id)).toEqual(pages[1].items.map((d: any) => d.id));
    expect(back.body.pagination.next_page_token).not.toBe("");
  });

  it("sorts by name ascending or descending", async () => {
    const mock = newMock();
    for (const t of ["beta", "Alpha", "gamma"]) await createDoc(mock, undefined, { title: t });
    const asc = (await call(mock, "GET", "/documents", { query: { sort: "name", query: "a" } })).body.items.map((d: any) => d.title);
    expect(asc.filter((t: string) => ["beta", "Alpha", "gamma"].includes(t))).toEqual(["Alpha", "beta", "gamma"]);
    const desc = (await call(mock, "GET", "/documents", { query: { sort: "-name" } })).body.items.map((d: any) => d.title);
    expect(desc.indexOf("gamma")).toBeLessThan(desc.indexOf("Alpha"));
    expect(errorOf(await call(mock, "GET", "/documents", { query: { sort: "size" } }))).toMatchObject({ status: 400, reason: "invalid_enum_value", param: "sort" });
  });

  it("rejects page sizes outside 1..100", async () => {
    const mock = newMock();
    for (const size of ["0", "101", "-1", "abc", "1.5"]) {
      expect(errorOf(await call(mock, "GET", "/documents", { query: { page_size: size } })), size).toMatchObject({ status: 400, param: "page_size" });
    }
    for (const size of ["1", "100"]) expect((await call(mock, "GET", "/documents", { query: { page_size: size } })).status).toBe(200);
  });

  it("rejects tampered tokens and tokens reused with other filters or another parent", async () => {
    const mock = newMock();
    for (let i = 0; i < 4; i++) await createDoc(mock);
    const first = (await call(mock, "GET", "/documents", { query: { page_size: 2 } })).body.pagination.next_page_token;
    expect(first).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = JSON.parse(atob(first.replace(/-/g, "+").replace(/_/g, "/")));
    const tampered = btoa(JSON.stringify({ ...decoded, id: "doc_00000000000000000000000000" })).replace(/=+$/, "");
    for (const bad of [tampered, "garbage", `${first}x`]) {
      expect(errorOf(await call(mock, "GET", "/documents", { query: { page_size: 2, page_token: bad } }))).toMatchObject({ status: 400, reason: "invalid_cursor", param: "page_token" });
    }
    const reused = await call(mock, "GET", "/documents", { query: { page_size: 2, page_token: first, sort: "name" } });
    expect(errorOf(reused)).toMatchObject({ status: 400, reason: "invalid_cursor" });
    const otherUser = await call(mock, "GET", "/documents", { token: mock.tokens.admin, query: { page_size: 2, page_token: first } });
    expect(errorOf(otherUser)).toMatchObject({ status: 400, reason: "invalid_cursor" });
    // A page_size change with the same filters is fine.
    expect((await call(mock, "GET", "/documents", { query: { page_size: 3, page_token: first } })).status).toBe(200);
  });

  it("pages the timeline with its own cursor", async () => {
    const mock = newMock();
    const doc = await createDoc(mock);
    for (let i = 0; i < 6; i++) await call(mock, "PATCH", `/documents/${doc.id}`, { json: { title: `T${i}` } });
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const r: any = await call(mock, "GET", `/documents/${doc.id}/timeline`, { query: { page_size: 3, ...(cursor ? { cursor } : {}) } });
      ids.push(...r.body.events.map((e: any) => e.event_id));
      cursor = r.body.next_cursor;
      expect(r.body.has_more).toBe(cursor !== null);
    } while (cursor);
    expect(ids).toHaveLength(8); // created, loaded, 6 updates
    expect(new Set(ids).size).toBe(8);
    const other = await createDoc(mock);
    const first = (await call(mock, "GET", `/documents/${doc.id}/timeline`, { query: { page_size: 1 } })).body.next_cursor;
    expect(errorOf(await call(mock, "GET", `/documents/${other.id}/timeline`, { query: { cursor: first } }))).toMatchObject({ status: 400, reason: "invalid_cursor", param: "cursor" });
  });
});

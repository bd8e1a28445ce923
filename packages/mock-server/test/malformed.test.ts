import { describe, expect, it } from "vitest";
import { seededRandom } from "../src/internal/state/ids";
import { ROUTES } from "../src/internal/handlers/routes";
import { call, errorOf, file, newMock, pdfFile } from "./helpers";

describe("malformed input", () => {
  it("answers 400 (never 5xx) to broken bodies, wrong content types, oversize fields and unknown values", async () => {
    const mock = newMock();
    const d = mock.demo;
    const doc = `/documents/${d.documents.report}`;
    const expect400 = async (label: string, method: string, path: string, opts: Parameters<typeof call>[3], param?: string) => {
      const r = await call(mock, method, path, opts);
      expect(r.status, label).toBe(400);
      expect(r.body.code, label).toBe("invalid_argument");
      if (param) expect(r.body.details[0].param, label).toBe(param);
    };
    await expect400("bad JSON", "PATCH", doc, { rawBody: "{not json", headers: { "content-type": "application/json" } }, "body");
    await expect400("JSON array", "PATCH", doc, { json: [1, 2] }, "body");
    await expect400("text/plain body", "PATCH", doc, { rawBody: '{"title":"x"}', headers: { "content-type": "text/plain" } }, "content-type");
    await expect400("missing body", "POST", `${doc}/trash`, {}, "body");
    await expect400("unknown field", "PATCH", doc, { json: { colour: "red" } }, "colour");
    await expect400("wrong type", "PATCH", doc, { json: { title: 42 } }, "title");
    await expect400("oversize title", "PATCH", doc, { json: { title: "x".repeat(256) } }, "title");
    await expect400("empty title", "PATCH", doc, { json: { title: "" } }, "title");
    await expect400("oversize upload title", "POST", "/documents", { form: { title: "x".repeat(256), payload: pdfFile() } }, "title");
    await expect400("missing upload title", "POST", "/documents", { form: { payload: pdfFile() } }, "title");
    await expect400("missing payload", "POST", "/documents", { form: { title: "x" } }, "payload");
    await expect400("payload as text", "POST", "/documents", { form: { title: "x", payload: "%PDF-1.4" } }, "payload");
    await expect400("read-only field", "POST", "/documents", { form: { title: "x", document_id: "doc_x", payload: pdfFile() } }, "document_id");
    await expect400("non-PDF upload", "POST", "/documents", { form: { title: "x", payload: file(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), "photo.jpg", "image/jpeg") } }, "payload");
    await expect400("JSON to a multipart op", "POST", "/documents", { json: { title: "x" } }, "content-type");
    await expect400("unknown enum in query", "GET", "/documents", { query: { processing_status: "done" } }, "processing_status");
    await expect400("bad boolean", "GET", "/documents", { query: { organization_scope: "yes" } }, "organization_scope");
    await expect400("bad date", "GET", "/documents", { query: { "created.after": "yesterday" } }, "created.after");
    await expect400("bad id in query", "GET", "/documents", { query: { created_by_id: "olivia" } }, "created_by_id");
    await expect400("bad path id", "GET", "/documents/doc_123", {}, "document_id");
    await expect400("wrong prefix", "GET", `/documents/${d.users.owner}`, {}, "document_id");
    await expect400("bad enum in body", "POST", `${doc}/access-requests`, { token: mock.tokens.outsider, json: { permission: "own" } }, "permission");
    await expect400("oversize message", "POST", `${doc}/access-requests`, { token: mock.tokens.outsider, json: { permission: "view", message: "m".repeat(1025) } }, "message");
    await expect400("too many recipients", "POST", `${doc}/share`, { json: { recipients: Array.from({ length: 51 }, () => ({ recipient: "a@b.co", role: "viewer" })) } }, "recipients");
    await expect400("bad email", "POST", `/organizations/${d.orgs.acme}/invites`, { json: { email: "not-an-email" } }, "email");
    await expect400("bad base64", "POST", `/organizations/${d.orgs.acme}/logo`, { json: { image_data: "***" } }, "image_data");
    await expect400("int32 overflow", "PUT", `/quota/keys/${d.apiKeys.member}`, { json: { limit: 2 ** 40 } }, "limit");
  });

  it("answers 404 with the error body for unknown paths and methods", async () => {
    const mock = newMock();
    expect(errorOf(await call(mock, "GET", "/nothing-here"))).toMatchObject({ status: 404, code: "not_found" });
    expect(errorOf(await call(mock, "DELETE", "/documents"))).toMatchObject({ status: 404, code: "not_found" });
    const res = await mock.fetch("http://mock.test/", { headers: { authorization: `Bearer ${mock.tokens.owner}` } });
    expect(res.status).toBe(404);
  });

  it("answers CORS preflights and exposes its headers to browsers", async () => {
    const mock = newMock();
    const pre = await mock.fetch("http://mock.test/v1beta/documents", { method: "OPTIONS", headers: { origin: "http://app.test", "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
    const custom = await mock.fetch("http://mock.test/v1beta/documents", {
      method: "OPTIONS",
      headers: { origin: "http://app.test", "access-control-request-method": "GET", "access-control-request-headers": "authorization, x-trace-id" },
    });
    expect(custom.headers.get("access-control-allow-headers")).toBe("authorization, x-trace-id");
    const r = await call(mock, "GET", "/documents");
    expect(r.headers.get("access-control-expose-headers")).toContain("x-ratelimit-remaining");
  });

  it("survives a few hundred random requests without a 5xx", async () => {
    const mock = newMock();
    const rnd = seededRandom(1234);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const d = mock.demo;
    const ids = [d.documents.report, d.documents.pricing, d.orgs.acme, d.users.member, d.apiKeys.member, d.policies.confidential, "doc_zzzzzzzzzzzzzzzzzzzzzzzzzz", "x", "", "%E0%A4%A", "..", "doc_01ke6p4ymnxt0v068m03m2ecte"];
    const values: unknown[] = [null, true, 0, -1, 1.5, 2 ** 53, "", "x".repeat(300), "a@b.co", [], [{}], {}, { nested: { deep: [1] } }, "view", "viewer", "organization", d.users.outsider];
    const fields = ["title", "description", "permission", "general_access_level", "recipients", "document_role", "policy_id", "new_owner_id", "email", "token", "name", "role", "user_id", "limit", "organization_id", "image_data", "async", "version_id", "message", "reason", "expires_at"];
    const tokens = [mock.tokens.owner, mock.tokens.member, mock.tokens.outsider, mock.userTokens.newcomer, "ffy_test_bogus", null];
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    let count = 0;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const route = pick(ROUTES);
      const path = route.path.replace("/v1beta", "").replace(/\{\w+\}/g, () => String(pick(ids)));
      const method = rnd() < 0.8 ? route.method : pick(methods);
      const body: Record<string, unknown> = {};
      for (let f = Math.floor(rnd() * 4); f > 0; f--) body[pick(fields)] = pick(values);
      const kind = rnd();
      const opts: Parameters<typeof call>[3] = { token: pick(tokens) };
      if (method !== "GET" && method !== "DELETE") {
        if (kind < 0.6) opts.json = body;
        else if (kind < 0.75) opts.form = { title: String(pick(values)), payload: rnd() < 0.5 ? pdfFile() : file("??", "x.bin") };
        else if (kind < 0.9) {
          opts.rawBody = JSON.stringify(body).slice(0, Math.floor(rnd() * 20));
          opts.headers = { "content-type": pick(["application/json", "text/plain", "multipart/form-data; boundary=x", ""]) };
        }
      }
      if (rnd() < 0.5) opts.query = { page_size: String(pick(values)), page_token: pick(["", "abc", "eyJpZCI6IngifQ"]), sort: String(pick(values)) };
      const r = await call(mock, method, path, opts);
      expect(r.status, `${method} ${path} ${JSON.stringify(opts).slice(0, 300)}`).toBeLessThan(500);
      expect(r.body?.code ?? "ok").not.toBe("internal");
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      count++;
    }
    expect(count).toBe(400);
    // The walk reaches handlers, not only the auth and routing layers.
    for (const status of [200, 400, 401, 404]) expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(5);
    // And the emulator still works normally afterwards.
    expect((await call(mock, "GET", "/documents")).status).toBe(200);
  });
});

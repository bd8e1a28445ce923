import { describe, expect, it } from "vitest";
import { call, errorOf, newMock } from "./helpers";

const HOUR = 3_600_000;

describe("API keys", () => {
  it("shows the secret once, in the ffy_test_ format, and the key works until revoked", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    const created = (await call(mock, "POST", "/api-keys", { json: { organization_id: org, name: "Deploy" } })).body;
    expect(created.secret).toMatch(/^ffy_test_[0-9a-hjkmnp-tv-z]{26}[0-9A-Za-z]{43}$/);
    expect(created.secret).toHaveLength(78);
    expect(created.api_key).toMatchObject({ name: "Deploy", organization_id: org, is_active: true, key_prefix: created.secret.slice(0, 16) });
    const listed = (await call(mock, "GET", "/api-keys", { query: { organization_id: org } })).body.items;
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect((await call(mock, "GET", "/documents", { token: created.secret })).status).toBe(200);
    const revoked = (await call(mock, "POST", `/api-keys/${created.api_key.id}/revoke`, { json: {} })).body.api_key;
    expect(revoked).toMatchObject({ is_active: false });
    expect(revoked.revoked_at).toBeDefined();
    expect(errorOf(await call(mock, "GET", "/documents", { token: created.secret }))).toMatchObject({ status: 401, reason: "invalid_api_key" });
    expect(errorOf(await call(mock, "POST", `/api-keys/${created.api_key.id}/revoke`, { json: {} }))).toMatchObject({ status: 400, code: "failed_precondition" });
    const active = (await call(mock, "GET", "/api-keys", { query: { organization_id: org } })).body.items.map((k: any) => k.id);
    expect(active).not.toContain(created.api_key.id);
    const all = (await call(mock, "GET", "/api-keys", { query: { organization_id: org, include_revoked: true } })).body.items.map((k: any) => k.id);
    expect(all).toContain(created.api_key.id);
  });

  it("expires keys with the clock and bounds expires_at to one year ahead", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    const at = (ms: number) => new Date(mock.clock.now().getTime() + ms).toISOString();
    expect(errorOf(await call(mock, "POST", "/api-keys", { json: { organization_id: org, name: "x", expires_at: at(-HOUR) } }))).toMatchObject({ status: 400, param: "expires_at" });
    expect(errorOf(await call(mock, "POST", "/api-keys", { json: { organization_id: org, name: "x", expires_at: at(8761 * HOUR) } }))).toMatchObject({ status: 400, param: "expires_at" });
    const k = (await call(mock, "POST", "/api-keys", { json: { organization_id: org, name: "short", expires_at: at(HOUR) } })).body;
    expect((await call(mock, "GET", "/documents", { token: k.secret })).status).toBe(200);
    mock.clock.advance(HOUR);
    expect(errorOf(await call(mock, "GET", "/documents", { token: k.secret }))).toMatchObject({ status: 401, reason: "expired_api_key" });
    const listed = (await call(mock, "GET", "/api-keys", { query: { organization_id: org } })).body.items.find((x: any) => x.id === k.api_key.id);
    expect(listed.is_active).toBe(false);
  });

  it("lets only owners and admins manage keys", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    expect(errorOf(await call(mock, "GET", "/api-keys", { token: mock.tokens.member, query: { organization_id: org } }))).toMatchObject({ status: 403 });
    expect(errorOf(await call(mock, "GET", "/api-keys", { token: mock.tokens.outsider, query: { organization_id: org } }))).toMatchObject({ status: 404 });
    expect(errorOf(await call(mock, "GET", "/api-keys"))).toMatchObject({ status: 400, reason: "missing_required_field", param: "organization_id" });
    expect(errorOf(await call(mock, "POST", `/api-keys/${mock.demo.apiKeys.outsider}/revoke`, { json: {} }))).toMatchObject({ status: 404 });
  });
});

describe("quotas and usage", () => {
  it("stops a key at its own quota with 429 quota_exceeded, and lifting the quota restores it", async () => {
    const mock = newMock();
    const keyId = mock.demo.apiKeys.member!;
    const set = await call(mock, "PUT", `/quota/keys/${keyId}`, { json: { limit: 3 } });
    expect(set.body.quota).toMatchObject({ api_key_id: keyId, limit: 3, is_exceeded: false });
    for (let i = 0; i < 3; i++) expect((await call(mock, "GET", "/documents", { token: mock.tokens.member })).status).toBe(200);
    const blocked = await call(mock, "GET", "/documents", { token: mock.tokens.member });
    expect(errorOf(blocked)).toEqual({ status: 429, code: "resource_exhausted", reason: "quota_exceeded", param: undefined });
    const quotas = (await call(mock, "GET", "/quota/keys")).body.quotas;
    expect(quotas).toEqual([{ api_key_id: keyId, limit: 3, current_usage: 3, remaining: 0, is_exceeded: true }]);
    expect((await call(mock, "DELETE", `/quota/keys/${keyId}`)).body).toEqual({});
    expect((await call(mock, "GET", "/quota/keys")).body.quotas).toEqual([]);
    expect((await call(mock, "GET", "/documents", { token: mock.tokens.member })).status).toBe(200);
    expect(errorOf(await call(mock, "PUT", `/quota/keys/${keyId}`, { json: {} }))).toMatchObject({ status: 400, param: "limit" });
    expect(errorOf(await call(mock, "PUT", `/quota/keys/${keyId}`, { json: { limit: 0 } }))).toMatchObject({ status: 400, param: "limit" });
  });

  it("counts every request toward the organization quota and daily history, and stops at the limit", async () => {
    const mock = newMock({ orgRequestLimit: 1_000_000 });
    const org = mock.demo.orgs.acme!;
    const before = (await call(mock, "GET", "/quota")).body.quota;
    expect(before).toMatchObject({ organization_id: org, tier: "free", effective_limit: 1_000_000, is_exceeded: false });
    await call(mock, "GET", "/documents");
    await call(mock, "GET", "/documents", { token: mock.tokens.admin });
    const after = (await call(mock, "GET", "/quota")).body.quota;
    expect(after.current_usage).toBe(before.current_usage + 3);
    const history = (await call(mock, "GET", "/quota/usage")).body;
    expect(history.daily_usage).toHaveLength(30);
    expect(history.daily_usage.at(-1).request_count).toBeGreaterThanOrEqual(4);
    expect(history.total_requests).toBe(history.daily_usage.reduce((n: number, d: any) => n + d.request_count, 0));
    expect(errorOf(await call(mock, "GET", "/quota/usage", { query: { "date.after": "2026-02-02T00:00:00Z", "date.before": "2026-02-01T00:00:00Z" } }))).toMatchObject({ status: 400 });
    const q = (await call(mock, "GET", "/quota")).body.quota.current_usage;
    mock.admin.setOrganizationLimits(org, { request_limit: q + 2 });
    expect((await call(mock, "GET", "/quota")).body.quota).toMatchObject({ tier: "custom", effective_limit: q + 2, current_usage: q + 1, remaining: 1 });
    expect((await call(mock, "GET", "/documents")).status).toBe(200);
    expect(errorOf(await call(mock, "GET", "/documents"))).toMatchObject({ status: 429, reason: "quota_exceeded" });
    // The quota endpoints still answer, so the client can see why.
    const last = await call(mock, "GET", "/quota");
    expect(last.body.quota).toMatchObject({ remaining: 0, is_exceeded: true });
    expect(last.body.quota.usage_percent).toBeGreaterThanOrEqual(100);
    // Another organization is unaffected.
    expect((await call(mock, "GET", "/documents", { token: mock.tokens.outsider })).status).toBe(200);
    expect(errorOf(await call(mock, "GET", "/quota", { token: mock.tokens.outsider, query: { organization_id: org } }))).toMatchObject({ status: 404 });
  });

  it("refuses API keys on the user-only endpoints", async () => {
    const mock = newMock();
    for (const path of ["/me", "/user-preferences"]) {
      expect(errorOf(await call(mock, "GET", path))).toMatchObject({ status: 401, reason: "authentication_required" });
      expect((await call(mock, "GET", path, { token: mock.userTokens.member })).status).toBe(200);
    }
    expect(errorOf(await call(mock, "GET", "/me", { token: "eyJhbGciOiJIUzI1NiJ9.e30.bad" }))).toMatchObject({ status: 401, reason: "invalid_token" });
  });
});

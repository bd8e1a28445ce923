import { describe, expect, it } from "vitest";
import { ApiKeys, createApiKey, listApiKeys, revokeApiKey } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

const key = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `key_01h2xcejqtf2nbrexx3vqjhp${String(n).padStart(2, "0")}`,
  name: `key ${n}`,
  organization_id: ids.org,
  created_at: "2026-01-31T12:00:00Z",
  is_active: true,
  key_prefix: "ffy_test_01h2xce",
  ...extra,
});

describe("API keys", () => {
  it("creates a key, sending a Date expiry as RFC 3339, and returns the one-time secret", async () => {
    const { client, sent } = fakeApi(() => ({ api_key: key(1), secret: `ffy_test_${"a".repeat(69)}` }));
    const created = await createApiKey(client, { organization_id: ids.org, name: "CI", expires_at: new Date("2026-06-01T00:00:00Z") });
    expect(created.secret).toMatch(/^ffy_test_/);
    expect(sent[0]?.json).toEqual({ organization_id: ids.org, name: "CI", expires_at: "2026-06-01T00:00:00.000Z" });
  });

  it("checks the name length and the expiry before sending", async () => {
    const { client, sent } = fakeApi(() => ({}));
    await expect(createApiKey(client, { organization_id: ids.org, name: "" })).rejects.toMatchObject({ field: "name" });
    await expect(createApiKey(client, { organization_id: ids.org, name: "x".repeat(64) })).rejects.toMatchObject({ field: "name" });
    await expect(createApiKey(client, { organization_id: ids.org, name: "CI", expires_at: "tomorrow" })).rejects.toMatchObject({ field: "expires_at" });
    await expect(createApiKey(client, { organization_id: ids.org, name: "CI", expires_at: new Date(Number.NaN) })).rejects.toMatchObject({
      field: "expires_at",
    });
    expect(sent).toHaveLength(0);
  });

  it("lists keys of an organization across pages", async () => {
    const { client, sent } = fakeApi((req) =>
      req.url.searchParams.get("page_token") === "n"
        ? { items: [key(2, { is_active: false, revoked_at: "2026-02-01T00:00:00Z" })], pagination: { next_page_token: "" } }
        : { items: [key(1)], pagination: { next_page_token: "n", has_more: true } },
    );
    const keys = await listApiKeys(client, { organization_id: ids.org, include_revoked: true }).toArray();
    expect(keys.map((k) => k.is_active)).toEqual([true, false]);
    expect(sent.map((s) => s.url.search)).toEqual([`?organization_id=${ids.org}&include_revoked=true`, `?organization_id=${ids.org}&include_revoked=true&page_token=n`]);
  });

  it("revokes with an optional reason through the resource object", async () => {
    const { client, sent } = fakeApi(() => ({ api_key: key(1, { is_active: false }) }));
    await new ApiKeys(client).revoke({ api_key_id: ids.key, reason: "leaked" });
    await revokeApiKey(client, { api_key_id: ids.key });
    expect(sent.map((s) => [s.url.pathname, s.json])).toEqual([
      [`/v1beta/api-keys/${ids.key}/revoke`, { reason: "leaked" }],
      [`/v1beta/api-keys/${ids.key}/revoke`, {}],
    ]);
  });
});

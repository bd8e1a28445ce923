import { describe, expect, it } from "vitest";
import { deleteApiKeyQuota, getOrganizationQuota, getUsageHistory, listApiKeyQuotas, setApiKeyQuota, Usage } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

describe("key quotas", () => {
  it("sets a limit with PUT; a missing or null limit is refused before sending (the API requires one)", async () => {
    const { client, sent } = fakeApi(() => ({ quota: { api_key_id: ids.key, limit: 500, current_usage: 3, remaining: 497, is_exceeded: false } }));
    const { quota } = await setApiKeyQuota(client, { api_key_id: ids.key, limit: 500, organization_id: ids.org });
    // @ts-expect-error the limit cannot be null (delete the quota to clear it)
    await expect(setApiKeyQuota(client, { api_key_id: ids.key, limit: null })).rejects.toMatchObject({ field: "limit" });
    // @ts-expect-error the limit is required
    await expect(setApiKeyQuota(client, { api_key_id: ids.key })).rejects.toMatchObject({ field: "limit" });
    expect(quota?.remaining).toBe(497);
    expect(sent.map((s) => [s.method, s.url.pathname, s.json])).toEqual([["PUT", `/v1beta/quota/keys/${ids.key}`, { limit: 500, organization_id: ids.org }]]);
  });

  it("refuses a limit that is not a positive 32-bit integer", async () => {
    const { client, sent } = fakeApi(() => ({}));
    for (const limit of [0, -5, 1.5, 2 ** 31]) {
      await expect(setApiKeyQuota(client, { api_key_id: ids.key, limit })).rejects.toMatchObject({ field: "limit" });
    }
    expect(sent).toHaveLength(0);
  });

  it("deletes and lists key quotas with the organization as a query parameter", async () => {
    const { client, sent } = fakeApi((req) => (req.method === "GET" ? { quotas: [{ api_key_id: ids.key, limit: null }] } : {}));
    await deleteApiKeyQuota(client, { api_key_id: ids.key, organization_id: ids.org });
    const listed = await new Usage(client).listKeyQuotas({ organization_id: ids.org });
    expect(listed.quotas?.[0]?.limit).toBeNull();
    expect(sent.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).toEqual([
      `DELETE /v1beta/quota/keys/${ids.key}?organization_id=${ids.org}`,
      `GET /v1beta/quota/keys?organization_id=${ids.org}`,
    ]);
  });
});

describe("organization quota and history", () => {
  it("reads the caller's quota without input and a history window as date.after/date.before", async () => {
    const { client, sent } = fakeApi((req) =>
      req.url.pathname.endsWith("/usage")
        ? { organization_id: ids.org, total_requests: 3, daily_usage: [{ date: "2026-01-30", request_count: 3 }] }
        : { quota: { tier: "enterprise", usage_percent: 120, is_exceeded: true } },
    );
    const { quota } = await getOrganizationQuota(client);
    expect(quota?.tier).toBe("enterprise");
    expect(quota?.usage_percent).toBe(120);
    await getUsageHistory(client, { date: { after: new Date("2026-01-01T00:00:00Z"), before: "2026-02-01T00:00:00Z" } });
    expect(sent[1]?.url.searchParams.get("date.after")).toBe("2026-01-01T00:00:00.000Z");
    expect(sent[1]?.url.searchParams.get("date.before")).toBe("2026-02-01T00:00:00Z");
    await expect(listApiKeyQuotas(client, { organization_id: "acme" })).rejects.toMatchObject({ field: "organization_id" });
  });
});

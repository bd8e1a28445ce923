// Every operation of @factify/api-keys, @factify/usage and @factify/users, mixing standalone functions
// and resource classes, against the in-process emulator.
import { ApiKeys, createApiKey, listApiKeys, revokeApiKey } from "@factify/api-keys";
import * as keySchemas from "@factify/api-keys/schemas";
import { AuthenticationError, PermissionDeniedError, RateLimitError } from "@factify/core";
import { getDocumentQuota } from "@factify/documents";
import { deleteApiKeyQuota, getOrganizationQuota, getUsageHistory, listApiKeyQuotas, setApiKeyQuota, Usage } from "@factify/usage";
import * as usageSchemas from "@factify/usage/schemas";
import { getMe, Users } from "@factify/users";
import * as userSchemas from "@factify/users/schemas";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";

const recorder = recordOperations();
let world: World;
let acme: string;
beforeEach(() => {
  world = inProcess({}, { hooks: recorder.hooks });
  acme = world.mock.demo.orgs.acme!;
});
afterAll(() => {
  expect(missedOperations(recorder, keySchemas)).toEqual([]);
  expect(missedOperations(recorder, usageSchemas)).toEqual([]);
  expect(missedOperations(recorder, userSchemas)).toEqual([]);
});

describe("@factify/api-keys", () => {
  it("creates a key whose prefix matches its secret, lists it, and revokes it", async () => {
    const owner = world.as(world.mock.tokens.owner);
    const expires = new Date(world.mock.clock.now().getTime() + 30 * 86_400_000);
    const { api_key, secret } = await createApiKey(owner, { organization_id: acme, name: "CI uploader", expires_at: expires });
    expect(secret).toMatch(/^ffy_test_[0-9a-hjkmnp-tv-z]{26}[0-9A-Za-z]{43}$/);
    expect(api_key).toMatchObject({ name: "CI uploader", organization_id: acme, is_active: true, key_prefix: secret.slice(0, 16) });
    expect(Date.parse(api_key.expires_at!)).toBe(expires.getTime());

    const keys = new ApiKeys(owner);
    expect((await keys.list({ organization_id: acme, page_size: 2 }).toArray()).map((k) => k.id)).toContain(api_key.id);
    const { api_key: revoked } = await revokeApiKey(owner, { api_key_id: api_key.id, reason: "rotated" });
    expect(revoked).toMatchObject({ id: api_key.id, is_active: false });
    expect(revoked.revoked_at).toBeDefined();
    expect((await listApiKeys(owner, { organization_id: acme }).toArray()).map((k) => k.id)).not.toContain(api_key.id);
    expect((await listApiKeys(owner, { organization_id: acme, include_revoked: true }).toArray()).map((k) => k.id)).toContain(api_key.id);
  });

  it("a plain member may not create keys", async () => {
    const member = new ApiKeys(world.as(world.mock.tokens.member));
    await expectApiError(member.create({ organization_id: acme, name: "mine" }), PermissionDeniedError, { status: 403, code: "permission_denied", reason: "insufficient_permissions" });
  });
});

describe("@factify/usage", () => {
  it("counts every request toward the organization's quota and daily history", async () => {
    const owner = world.as(world.mock.tokens.owner);
    const { quota: before } = await getOrganizationQuota(owner);
    await getDocumentQuota(owner);
    await getDocumentQuota(owner);
    const { quota: after } = await new Usage(owner).get({ organization_id: acme });
    expect(after).toMatchObject({ organization_id: acme, tier: "free", effective_limit: 100_000, is_exceeded: false });
    // The two document-quota reads and the first quota read itself.
    expect(after!.current_usage).toBe(before!.current_usage! + 3);
    expect(after!.remaining).toBe(after!.effective_limit! - after!.current_usage!);

    const today = world.mock.clock.now();
    const weekAgo = new Date(today.getTime() - 7 * 86_400_000);
    const history = await getUsageHistory(owner, { date: { after: weekAgo, before: today } });
    expect(history.organization_id).toBe(acme);
    expect(history.daily_usage?.length).toBeGreaterThanOrEqual(7);
    const sum = (history.daily_usage ?? []).reduce((n, d) => n + (d.request_count ?? 0), 0);
    expect(history.total_requests).toBe(sum);
    expect(history.daily_usage?.at(-1)?.request_count).toBeGreaterThanOrEqual(4);
  });

  it("a per-key quota stops that key once spent, and deleting it lifts the stop", async () => {
    const owner = world.as(world.mock.tokens.owner);
    const { api_key, secret } = await createApiKey(owner, { organization_id: acme, name: "metered" });
    const { quota } = await setApiKeyQuota(owner, { api_key_id: api_key.id, limit: 2 });
    expect(quota).toMatchObject({ api_key_id: api_key.id, limit: 2, current_usage: 0, is_exceeded: false });
    const metered = world.as(secret, { retryConfig: false });
    await getDocumentQuota(metered);
    await getDocumentQuota(metered);
    await expectApiError(getDocumentQuota(metered), RateLimitError, { status: 429, code: "resource_exhausted", reason: "quota_exceeded" });
    const { quotas } = await listApiKeyQuotas(owner, { organization_id: acme });
    expect(quotas).toEqual([expect.objectContaining({ api_key_id: api_key.id, limit: 2, is_exceeded: true, remaining: 0 })]);

    expect(await deleteApiKeyQuota(owner, { api_key_id: api_key.id })).toEqual({});
    expect((await listApiKeyQuotas(owner)).quotas ?? []).toEqual([]);
    expect((await getDocumentQuota(metered)).limit).toBeGreaterThan(0);
  });
});

describe("@factify/users", () => {
  it("getMe with a user token returns the user and their organizations; preferences come with it", async () => {
    const users = new Users(world.as(world.mock.userTokens.admin));
    const me = await users.getMe();
    expect(me.user).toMatchObject({ id: world.mock.demo.users.admin, name: "Adam Admin", email: "adam@acme.example" });
    expect(me.organizations?.map((o) => o.id)).toEqual([acme]);
    expect(await users.preferences.get()).toEqual({ has_completed_document_tour: true, has_completed_hub_onboarding: true });
    const newcomer = new Users(world.as(world.mock.userTokens.newcomer));
    expect(await newcomer.preferences.get()).toEqual({ has_completed_document_tour: false, has_completed_hub_onboarding: false });
  });

  it("refuses an API key where only a user token will do", async () => {
    await expectApiError(getMe(world.as(world.mock.tokens.owner)), AuthenticationError, { status: 401, code: "unauthenticated", reason: "authentication_required" });
  });
});

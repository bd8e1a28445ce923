// Flows around people and credentials: an invite accepted by the invitee, an API key created, used
// and revoked, and quotas running out.
import { createApiKey, revokeApiKey } from "@factify/api-keys";
import { AuthenticationError, RateLimitError } from "@factify/core";
import { createDocument, getDocumentQuota, listDocuments } from "@factify/documents";
import { acceptOrganizationInvite, createOrganizationInvite, listOrganizationMembers } from "@factify/organizations";
import { Factify } from "@factify/sdk";
import { getOrganizationQuota } from "@factify/usage";
import { getMe } from "@factify/users";
import { describe, expect, it } from "vitest";
import { inProcess, transports } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob } from "../support/files";

describe.each(transports)("invites ($name)", ({ start }) => {
  it("an invite is created, its token read from the emulator, accepted by the invitee, who is then listed and sees the org's documents", async () => {
    await using world = await started(start);
    const { mock, as } = world;
    const acme = mock.demo.orgs.acme!;
    const ivy = mock.admin.createUser({ name: "Ivy Intern", email: "ivy@example.com" });
    const admin = as(mock.tokens.admin);
    const { invite } = await createOrganizationInvite(admin, { organization_id: acme, email: "ivy@example.com" });
    const token = mock.inspect.inviteToken(invite.id);
    expect(token).toBeTruthy();

    const asIvy = as(ivy.token);
    expect((await getMe(asIvy)).organizations ?? []).toEqual([]);
    const { organization } = await acceptOrganizationInvite(asIvy, { organization_id: acme, token: token! });
    expect(organization.id).toBe(acme);

    const members = await listOrganizationMembers(admin, { organization_id: acme }).toArray();
    expect(members.find((m) => m.user.id === ivy.user_id)?.role).toBe("member");
    expect((await getMe(asIvy)).organizations?.map((o) => o.id)).toEqual([acme]);
    const visible = await listDocuments(asIvy).toArray();
    expect(visible.map((d) => d.id)).toContain(mock.demo.documents.welcome);

    // A used token cannot be replayed.
    const nora = as(mock.userTokens.newcomer);
    await expect(acceptOrganizationInvite(nora, { organization_id: acme, token: token! })).rejects.toMatchObject({ status: 404 });
  });
});

describe.each(transports)("API keys ($name)", ({ start }) => {
  it("a new key's secret works as bearerAuth until it is revoked, then the same secret is refused", async () => {
    await using world = await started(start);
    const { mock, optionsFor } = world;
    const owner = new Factify(optionsFor(mock.tokens.owner));
    const { api_key, secret } = await owner.apiKeys.create({ organization_id: mock.demo.orgs.acme!, name: "nightly export" });
    const robot = new Factify(optionsFor(secret));
    const { document } = await robot.documents.create({ payload: pdfBlob(), title: "Uploaded by the key" });
    expect(document.created_by.id).toBe(mock.demo.users.owner);
    expect((await robot.documents.list().toArray()).map((d) => d.id)).toContain(document.id);

    await revokeApiKey(owner.client, { api_key_id: api_key.id });
    const error = await expectApiError(robot.documents.list(), AuthenticationError, { status: 401, code: "unauthenticated", reason: "invalid_api_key" });
    // The secret never leaks into what the error carries.
    expect(JSON.stringify({ message: error.message, body: error.body })).not.toContain(secret);
  });

  it("a key created with an expiry stops working once it passes", async () => {
    await using world = await started(start);
    const { mock, as } = world;
    const owner = as(mock.tokens.owner);
    const { secret } = await createApiKey(owner, { organization_id: mock.demo.orgs.acme!, name: "short-lived", expires_at: new Date(mock.clock.now().getTime() + 3_600_000) });
    expect((await getDocumentQuota(as(secret))).limit).toBeGreaterThan(0);
    mock.clock.advance(3_600_001);
    await expectApiError(getDocumentQuota(as(secret)), AuthenticationError, { status: 401, code: "unauthenticated", reason: "expired_api_key" });
  });
});

describe("quotas", () => {
  it("an exhausted document quota refuses uploads with resource_exhausted / quota_exceeded", async () => {
    const { mock, as } = inProcess();
    const owner = as(mock.tokens.owner);
    const { used } = await getDocumentQuota(owner);
    mock.admin.setOrganizationLimits(mock.demo.orgs.acme!, { document_limit: used! + 1 });
    await createDocument(owner, { payload: pdfBlob(), title: "the last one that fits" });
    expect(await getDocumentQuota(owner)).toEqual({ limit: used! + 1, used: used! + 1, available: 0 });
    const error = await expectApiError(createDocument(owner, { payload: pdfBlob(), title: "one too many" }, { retries: false }), RateLimitError, {
      status: 429,
      code: "resource_exhausted",
      reason: "quota_exceeded",
    });
    // A quota does not clear with the rate window, so the error says retrying will not help.
    expect(error.retryable).toBe(false);
    expect((await listDocuments(owner, { title_contains: "one too many" }).toArray()).length).toBe(0);
  });

  it("an organization out of monthly requests is refused everywhere but /quota, which explains why", async () => {
    const { mock, as } = inProcess();
    const owner = as(mock.tokens.owner, { retryConfig: false });
    // The usage a quota read reports already counts that read.
    const { quota } = await getOrganizationQuota(owner);
    mock.admin.setOrganizationLimits(mock.demo.orgs.acme!, { request_limit: quota!.current_usage! + 2 });
    await listDocuments(owner);
    await listDocuments(owner);
    await expectApiError(listDocuments(owner), RateLimitError, { status: 429, code: "resource_exhausted", reason: "quota_exceeded" });
    const { quota: after } = await getOrganizationQuota(owner);
    expect(after).toMatchObject({ tier: "custom", is_exceeded: true, remaining: 0 });
  });
});

/** Starts a world that `await using` closes. */
async function started(start: (typeof transports)[number]["start"]) {
  const world = await start();
  return Object.assign(world, { [Symbol.asyncDispose]: () => world.close() });
}

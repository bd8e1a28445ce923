import { describe, expect, it } from "vitest";
import { call, errorOf, newMock } from "./helpers";

const DAY = 86_400_000;

describe("organization invites", () => {
  it("creates, re-sends with a new token, and lets the invitee accept once", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    const invitee = mock.admin.createUser({ name: "Ivy Invitee", email: "ivy@example.com" });
    const first = (await call(mock, "POST", `/organizations/${org}/invites`, { json: { email: "ivy@example.com" } })).body.invite;
    expect(first).toMatchObject({ status: "pending", email: "ivy@example.com", sender: { id: mock.demo.users.owner } });
    expect(JSON.stringify(first)).not.toContain(mock.inspect.inviteToken(first.id)!);
    const token1 = mock.inspect.inviteToken(first.id)!;
    mock.clock.advance(1000);
    const again = (await call(mock, "POST", `/organizations/${org}/invites`, { json: { email: "IVY@example.com" } })).body.invite;
    expect(again.id).toBe(first.id);
    expect(Date.parse(again.expires_at)).toBeGreaterThan(Date.parse(first.expires_at));
    const token2 = mock.inspect.inviteToken(first.id)!;
    expect(token2).not.toBe(token1);
    const stale = await call(mock, "POST", `/organizations/${org}/invites/accept`, { token: invitee.token, json: { token: token1 } });
    expect(errorOf(stale)).toMatchObject({ status: 404 });
    const wrongUser = await call(mock, "POST", `/organizations/${org}/invites/accept`, { token: mock.userTokens.newcomer, json: { token: token2 } });
    expect(errorOf(wrongUser)).toMatchObject({ status: 403, code: "permission_denied" });
    const ok = await call(mock, "POST", `/organizations/${org}/invites/accept`, { token: invitee.token, json: { token: token2 } });
    expect(ok.body.organization.id).toBe(org);
    const members = (await call(mock, "GET", `/organizations/${org}/members`)).body.items;
    expect(members.find((m: any) => m.user.id === invitee.user_id)?.role).toBe("member");
    const listed = (await call(mock, "GET", `/organizations/${org}/invites`, { query: { status: "accepted" } })).body.items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: "accepted", accepted_by: { id: invitee.user_id } });
    expect(errorOf(await call(mock, "POST", `/organizations/${org}/invites`, { json: { email: "ivy@example.com" } }))).toMatchObject({ status: 400, code: "failed_precondition" });
  });

  it("expires invites with the clock, re-sends expired ones and revokes pending ones", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    const inv = (await call(mock, "POST", `/organizations/${org}/invites`, { json: { email: "late@example.com" } })).body.invite;
    mock.clock.advance(7 * DAY + 1);
    const expired = (await call(mock, "GET", `/organizations/${org}/invites`, { query: { status: "expired", "email.exact": "late@example.com" } })).body.items;
    expect(expired.map((i: any) => i.id)).toEqual([inv.id]);
    const late = mock.admin.createUser({ name: "Lee Late", email: "late@example.com" });
    const tooLate = await call(mock, "POST", `/organizations/${org}/invites/accept`, { token: late.token, json: { token: mock.inspect.inviteToken(inv.id) } });
    expect(errorOf(tooLate)).toMatchObject({ status: 404 });
    const resent = (await call(mock, "POST", `/organizations/${org}/invites/${inv.id}/resend`, { json: {} })).body.invite;
    expect(resent.status).toBe("pending");
    const revoked = (await call(mock, "POST", `/organizations/${org}/invites/${inv.id}/revoke`, { json: {} })).body.invite;
    expect(revoked.status).toBe("revoked");
    expect(errorOf(await call(mock, "POST", `/organizations/${org}/invites/${inv.id}/revoke`, { json: {} }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect(errorOf(await call(mock, "POST", `/organizations/${org}/invites/${inv.id}/resend`, { json: {} }))).toMatchObject({ status: 400, code: "failed_precondition" });
    // A revoked invite is ignored: inviting the address again makes a new one.
    const fresh = (await call(mock, "POST", `/organizations/${org}/invites`, { json: { email: "late@example.com" } })).body.invite;
    expect(fresh.id).not.toBe(inv.id);
    expect(errorOf(await call(mock, "GET", `/organizations/${org}/invites`, { query: { "email.exact": "a", "email.contains": "b" } }))).toMatchObject({ status: 400 });
  });

  it("limits invite management to owners and admins of the organization", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    expect(errorOf(await call(mock, "GET", `/organizations/${org}/invites`, { token: mock.tokens.member }))).toMatchObject({ status: 403 });
    expect(errorOf(await call(mock, "GET", `/organizations/${org}/invites`, { token: mock.tokens.outsider }))).toMatchObject({ status: 404 });
    expect((await call(mock, "GET", `/organizations/${org}/invites`, { token: mock.tokens.admin })).status).toBe(200);
  });
});

describe("organization members", () => {
  it("adds, re-roles and removes members while the owner stays fixed", async () => {
    const mock = newMock();
    const d = mock.demo;
    const org = d.orgs.acme!;
    const u = mock.admin.createUser({ name: "Nat New", email: "nat@example.com" });
    expect((await call(mock, "POST", `/organizations/${org}/members`, { json: { user_id: u.user_id, role: "member" } })).body.member.role).toBe("member");
    expect(errorOf(await call(mock, "POST", `/organizations/${org}/members`, { json: { user_id: u.user_id, role: "member" } }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect(errorOf(await call(mock, "POST", `/organizations/${org}/members`, { json: { user_id: d.users.newcomer, role: "owner" } }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect((await call(mock, "PATCH", `/organizations/${org}/members/${u.user_id}`, { json: { role: "admin" } })).body.member.role).toBe("admin");
    expect(errorOf(await call(mock, "PATCH", `/organizations/${org}/members/${d.users.owner}`, { json: { role: "member" } }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect(errorOf(await call(mock, "DELETE", `/organizations/${org}/members/${d.users.owner}`, { token: mock.tokens.admin }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect(errorOf(await call(mock, "PATCH", `/organizations/${org}/members/${d.users.admin}`, { token: mock.tokens.member, json: { role: "member" } }))).toMatchObject({ status: 403 });
    expect(errorOf(await call(mock, "DELETE", `/organizations/${org}/members/${d.users.admin}`, { token: mock.tokens.member }))).toMatchObject({ status: 403 });
    // A member may leave on its own; its API key stops working with it.
    expect((await call(mock, "DELETE", `/organizations/${org}/members/${d.users.member}`, { token: mock.tokens.member })).body).toEqual({});
    expect(errorOf(await call(mock, "GET", "/documents", { token: mock.tokens.member }))).toMatchObject({ status: 401, reason: "invalid_api_key" });
    expect(errorOf(await call(mock, "GET", `/organizations/${org}/members`, { token: mock.tokens.outsider }))).toMatchObject({ status: 404 });
  });

  it("updates the organization, uploads a logo and shows the public profile without a token", async () => {
    const mock = newMock();
    const org = mock.demo.orgs.acme!;
    expect(errorOf(await call(mock, "PATCH", `/organizations/${org}`, { token: mock.tokens.member, json: { name: "X" } }))).toMatchObject({ status: 403 });
    const bad = await call(mock, "POST", `/organizations/${org}/logo`, { json: { image_data: btoa("not an image") } });
    expect(errorOf(bad)).toMatchObject({ status: 400, param: "image_data" });
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    const logo = (await call(mock, "POST", `/organizations/${org}/logo`, { json: { image_data: svg } })).body.logo_url;
    expect((await mock.fetch(logo)).headers.get("content-type")).toBe("image/svg+xml");
    await call(mock, "PATCH", `/organizations/${org}`, { json: { name: "Acme 2", logo_image_url: logo } });
    const profile = await call(mock, "GET", `/organizations/${org}/public-profile`, { token: null });
    expect(profile.body).toEqual({ display_name: "Acme 2", logo_image_url: logo });
    const orgs = (await call(mock, "GET", "/organizations", { token: mock.userTokens.owner, query: { role: "owner" } })).body.items;
    expect(orgs.map((o: any) => o.name)).toEqual(["Acme 2"]);
    const created = await call(mock, "POST", "/organizations", { token: mock.userTokens.newcomer, json: { name: "Nora's" } });
    expect(created.body.organization.name).toBe("Nora's");
    const me = (await call(mock, "GET", "/me", { token: mock.userTokens.newcomer })).body;
    expect(me.organizations.map((o: any) => o.id)).toEqual([created.body.organization.id]);
  });
});

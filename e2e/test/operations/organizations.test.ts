// Every @factify/organizations operation, through `new Factify(...)` from @factify/sdk, against the in-process emulator.
import { createFactify, PermissionDeniedError } from "@factify/core";
import { getOrganizationPublicProfile } from "@factify/organizations";
import * as schemas from "@factify/organizations/schemas";
import { Factify } from "@factify/sdk";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="), (c) => c.charCodeAt(0));

const recorder = recordOperations();
let world: World;
let acme: string;
const factifyAs = (token: string) => new Factify(world.optionsFor(token, { hooks: recorder.hooks }));
beforeEach(() => {
  world = inProcess();
  acme = world.mock.demo.orgs.acme!;
});
afterAll(() => {
  expect(missedOperations(recorder, schemas)).toEqual([]);
});

describe("@factify/organizations through the Factify class", () => {
  it("reads, renames and lists organizations with the caller's role", async () => {
    const owner = factifyAs(world.mock.tokens.owner);
    const { organization } = await owner.organizations.get({ organization_id: acme });
    expect(organization).toMatchObject({ id: acme, name: "Acme Corporation" });
    const { organization: renamed } = await owner.organizations.update({ organization_id: acme, name: "Acme Corp." });
    expect(renamed.name).toBe("Acme Corp.");
    expect((await owner.organizations.get({ organization_id: acme })).organization.name).toBe("Acme Corp.");
    const mine = await owner.organizations.list({ role: ["owner"] }).toArray();
    expect(mine.map((o) => o.id)).toEqual([acme]);
    const member = factifyAs(world.mock.tokens.member);
    expect(await member.organizations.list({ role: ["owner", "admin"] }).toArray()).toEqual([]);
    await expectApiError(member.organizations.update({ organization_id: acme, name: "Mia's" }), PermissionDeniedError, { status: 403, code: "permission_denied" });
  });

  it("uploads a logo from bytes, sets it, and shows it on the public profile to another organization", async () => {
    const owner = factifyAs(world.mock.tokens.owner);
    const { logo_url } = await owner.organizations.logo.upload({ organization_id: acme, image_data: new Blob([PNG], { type: "image/png" }) });
    expect(logo_url).toMatch(/^http/);
    // Uploading alone does not change the organization.
    expect((await owner.organizations.get({ organization_id: acme })).organization.logo_image_url ?? null).toBeNull();
    await owner.organizations.update({ organization_id: acme, logo_image_url: logo_url! });
    // The spec's security block covers this operation too, so the SDK sends a token; any valid one will do.
    const stranger = createFactify(world.optionsFor(world.mock.tokens.outsider, { hooks: recorder.hooks }));
    expect(await getOrganizationPublicProfile(stranger, { organization_id: acme })).toEqual({ display_name: "Acme Corporation", logo_image_url: logo_url });
    const image = await world.mock.fetch(logo_url!);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
  });

  it("adds, re-roles and removes a member", async () => {
    const owner = factifyAs(world.mock.tokens.owner);
    const ivy = world.mock.admin.createUser({ name: "Ivy Intern", email: "ivy@example.com" });
    const { member } = await owner.organizations.members.add({ organization_id: acme, user_id: ivy.user_id, role: "member" });
    expect(member).toMatchObject({ role: "member", user: { id: ivy.user_id, email: "ivy@example.com" } });
    const updated = await owner.organizations.members.update({ organization_id: acme, user_id: ivy.user_id, role: "admin" });
    expect(updated.member.role).toBe("admin");
    const roles = async () => Object.fromEntries((await owner.organizations.members.list({ organization_id: acme, page_size: 2 }).toArray()).map((m) => [m.user.id, m.role]));
    expect(await roles()).toMatchObject({ [ivy.user_id]: "admin", [world.mock.demo.users.owner!]: "owner" });
    expect(await owner.organizations.members.remove({ organization_id: acme, user_id: ivy.user_id })).toEqual({});
    expect(Object.keys(await roles())).not.toContain(ivy.user_id);
  });

  it("creates, filters, resends and revokes invites", async () => {
    const admin = factifyAs(world.mock.tokens.admin);
    const { invite } = await admin.organizations.invites.create({ organization_id: acme, email: "Ivy@Example.com", message: "Welcome aboard" });
    expect(invite).toMatchObject({ organization_id: acme, status: "pending", message: "Welcome aboard", sender: { id: world.mock.demo.users.admin } });
    expect(invite.id).toMatch(/^inv_/);
    const found = await admin.organizations.invites.list({ organization_id: acme, status: ["pending"], email: { contains: "ivy@" } }).toArray();
    expect(found.map((i) => i.id)).toEqual([invite.id]);

    const token = world.mock.inspect.inviteToken(invite.id);
    world.mock.clock.advance(60_000);
    const { invite: resent } = await admin.organizations.invites.resend({ organization_id: acme, invite_id: invite.id });
    expect(resent.id).toBe(invite.id);
    expect(Date.parse(resent.expires_at)).toBeGreaterThan(Date.parse(invite.expires_at));
    expect(world.mock.inspect.inviteToken(invite.id)).not.toBe(token);

    const { invite: revoked } = await admin.organizations.invites.revoke({ organization_id: acme, invite_id: invite.id });
    expect(revoked.status).toBe("revoked");
    expect(await admin.organizations.invites.list({ organization_id: acme, status: ["revoked"] }).toArray()).toHaveLength(1);
  });

  it("accepts the seeded invite with the newcomer's own user token", async () => {
    const owner = factifyAs(world.mock.tokens.owner);
    const [pending] = await owner.organizations.invites.list({ organization_id: acme, email: { exact: "nora@newcomer.example" } }).toArray();
    expect(pending?.status).toBe("pending");
    const newcomer = factifyAs(world.mock.userTokens.newcomer);
    const { organization } = await newcomer.organizations.invites.accept({ organization_id: acme, token: world.mock.inspect.inviteToken(pending!.id)! });
    expect(organization.id).toBe(acme);
    const [accepted] = await owner.organizations.invites.list({ organization_id: acme, email: { exact: "nora@newcomer.example" } }).toArray();
    expect(accepted).toMatchObject({ status: "accepted", accepted_by: { id: world.mock.demo.users.newcomer } });
  });

  it("creates an organization owned by the caller", async () => {
    const newcomer = factifyAs(world.mock.userTokens.newcomer);
    const { organization } = await newcomer.organizations.create({ name: "Nora's Studio" });
    expect(organization.id).toMatch(/^org_/);
    const owned = await newcomer.organizations.list({ role: ["owner"] }).toArray();
    expect(owned.map((o) => o.name)).toEqual(["Nora's Studio"]);
    const [self] = await newcomer.organizations.members.list({ organization_id: organization.id }).toArray();
    expect(self).toMatchObject({ role: "owner", user: { id: world.mock.demo.users.newcomer } });
  });
});

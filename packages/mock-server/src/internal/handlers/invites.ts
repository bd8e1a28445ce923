// Organization invites: create (or re-send a pending one), list with filters, resend, revoke,
// accept. Tokens never appear in responses; tests read them through the admin hooks.
import type { Ctx } from "../domain/context";
import { inviteStatus } from "../domain/invites";
import { membership } from "../domain/memberships";
import { addMember, orgManagedBy } from "../domain/organizations";
import { userByEmail } from "../domain/users";
import { denied, invalid, notFound, precondition } from "../http/api-error";
import { paginate } from "../http/pagination";
import { qDate, qEnums, qId, qString } from "../http/query";
import { readJson } from "../http/request-body";
import { makeId } from "../state/engine";
import { base62 } from "../state/ids";
import type { InviteRec } from "../state/store";
import { inviteWire, orgWire } from "../views/shapes";
import { route } from "./route";

const STATUSES = ["pending", "accepted", "expired", "revoked"] as const;

function managedOrg(ctx: Ctx) {
  return orgManagedBy(ctx.state, ctx.caller, ctx.params.organization_id!, "manage invitations");
}

function renew(ctx: Ctx, inv: InviteRec): void {
  inv.token = base62(43, ctx.engine.random);
  inv.expires_at = ctx.now + ctx.engine.config.inviteTtlMs;
  inv.status = "pending";
}

function listOrganizationInvites(ctx: Ctx) {
  const org = managedOrg(ctx);
  const { url } = ctx;
  const statuses = qEnums(url, "status", STATUSES);
  const contains = qString(url, "email.contains")?.toLowerCase();
  const exact = qString(url, "email.exact");
  if (contains !== undefined && exact !== undefined) throw invalid("invalid_field_value", "email.exact", "use email.contains or email.exact, not both");
  const sender = qId(url, "sender_id", "user");
  const after = qDate(url, "created.after");
  const before = qDate(url, "created.before");
  const invites = Object.values(ctx.state.invites).filter((i) => {
    if (i.organization_id !== org.id) return false;
    if (statuses.length && !statuses.includes(inviteStatus(i, ctx.now))) return false;
    if (contains !== undefined && !i.email.toLowerCase().includes(contains)) return false;
    if (exact !== undefined && i.email !== exact) return false;
    if (sender && i.sender.id !== sender) return false;
    if (after !== undefined && i.created_at < after) return false;
    if (before !== undefined && i.created_at > before) return false;
    return true;
  });
  const filters = [...url.searchParams.entries()].filter(([k]) => k !== "page_token" && k !== "page_size").sort();
  const page = paginate(invites, {
    url,
    key: (i) => [i.created_at, i.id],
    desc: [true, true],
    id: (i) => i.id,
    scope: ["listOrganizationInvites", org.id, filters],
  });
  return { items: page.items.map((i) => inviteWire(ctx.state, i, ctx.now)), pagination: page.pagination };
}

async function createOrganizationInvite(ctx: Ctx) {
  const org = managedOrg(ctx);
  const body = await readJson(ctx, {
    email: { type: "string", required: true, format: "email" },
    message: { type: "string", nullable: true, max: 2000 },
    idempotency_key: { type: "string", nullable: true, max: 255 },
  });
  const s = ctx.state;
  const email = body.email as string;
  const existingUser = userByEmail(s, email);
  if (existingUser && membership(s, org.id, existingUser.id)) throw precondition("that email belongs to a member already");
  const pending = Object.values(s.invites).find(
    (i) => i.organization_id === org.id && i.email.toLowerCase() === email.toLowerCase() && inviteStatus(i, ctx.now) === "pending",
  );
  if (pending) {
    renew(ctx, pending);
    return { invite: inviteWire(s, pending, ctx.now) };
  }
  const inv: InviteRec = {
    id: makeId(ctx.engine, "inv"),
    organization_id: org.id,
    email,
    status: "pending",
    sender: { ...ctx.caller.user },
    message: body.message ?? null,
    created_at: ctx.now,
    expires_at: 0,
    accepted_at: null,
    accepted_by: null,
    token: "",
  };
  renew(ctx, inv);
  s.invites[inv.id] = inv;
  return { invite: inviteWire(s, inv, ctx.now) };
}

async function acceptOrganizationInvite(ctx: Ctx) {
  const body = await readJson(ctx, { token: { type: "string", required: true, min: 1, max: 128 } });
  const s = ctx.state;
  const org = s.orgs[ctx.params.organization_id!];
  if (!org) throw notFound("organization");
  const inv = Object.values(s.invites).find((i) => i.organization_id === org.id && i.token === body.token);
  if (!inv || inviteStatus(inv, ctx.now) !== "pending") throw notFound("invitation");
  const user = ctx.caller.user;
  if (inv.email.toLowerCase() !== user.email.toLowerCase()) throw denied("the invitation was sent to another email address");
  if (membership(s, org.id, user.id)) throw precondition("the caller is already a member");
  addMember(ctx.engine, org.id, user.id, "member");
  inv.status = "accepted";
  inv.accepted_at = ctx.now;
  inv.accepted_by = user.id;
  return { organization: orgWire(org) };
}

function inviteIn(ctx: Ctx, orgId: string): InviteRec {
  const inv = ctx.state.invites[ctx.params.invite_id!];
  if (!inv || inv.organization_id !== orgId) throw notFound("invitation");
  return inv;
}

async function resendOrganizationInvite(ctx: Ctx) {
  const org = managedOrg(ctx);
  await readJson(ctx, {});
  const inv = inviteIn(ctx, org.id);
  const status = inviteStatus(inv, ctx.now);
  if (status !== "pending" && status !== "expired") throw precondition(`an ${status} invitation cannot be re-sent`);
  renew(ctx, inv);
  return { invite: inviteWire(ctx.state, inv, ctx.now) };
}

async function revokeOrganizationInvite(ctx: Ctx) {
  const org = managedOrg(ctx);
  await readJson(ctx, {});
  const inv = inviteIn(ctx, org.id);
  const status = inviteStatus(inv, ctx.now);
  if (status !== "pending") throw precondition(`an ${status} invitation cannot be revoked`);
  inv.status = "revoked";
  return { invite: inviteWire(ctx.state, inv, ctx.now) };
}

/** Routes of organization invites. */
export const inviteRoutes = [
  route("listOrganizationInvites", "GET", "/v1beta/organizations/{organization_id}/invites", listOrganizationInvites),
  route("createOrganizationInvite", "POST", "/v1beta/organizations/{organization_id}/invites", createOrganizationInvite),
  route("acceptOrganizationInvite", "POST", "/v1beta/organizations/{organization_id}/invites/accept", acceptOrganizationInvite),
  route("resendOrganizationInvite", "POST", "/v1beta/organizations/{organization_id}/invites/{invite_id}/resend", resendOrganizationInvite),
  route("revokeOrganizationInvite", "POST", "/v1beta/organizations/{organization_id}/invites/{invite_id}/revoke", revokeOrganizationInvite),
];

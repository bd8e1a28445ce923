// Organization members: list, add, change role, remove. The owner is fixed: never removed,
// never re-roled, and nobody else becomes owner this way.
import type { Ctx } from "../domain/context";
import { callerManages, membership } from "../domain/memberships";
import { addMember, orgForMember, orgManagedBy } from "../domain/organizations";
import { denied, notFound, precondition } from "../http/api-error";
import { paginate } from "../http/pagination";
import { readJson } from "../http/request-body";
import { memberWire } from "../views/shapes";
import { route } from "./route";

const ROLES = ["owner", "admin", "member"] as const;

function listOrganizationMembers(ctx: Ctx) {
  const org = orgForMember(ctx.state, ctx.caller, ctx.params.organization_id!);
  const members = ctx.state.members.filter((m) => m.organization_id === org.id && ctx.state.users[m.user_id]);
  const page = paginate(members, {
    url: ctx.url,
    key: (m) => [m.joined_at, m.user_id],
    id: (m) => m.user_id,
    scope: ["listOrganizationMembers", org.id],
  });
  return { items: page.items.map((m) => memberWire(ctx.state, m)), pagination: page.pagination };
}

function managedOrg(ctx: Ctx) {
  return orgManagedBy(ctx.state, ctx.caller, ctx.params.organization_id!, "manage members");
}

async function addOrganizationMember(ctx: Ctx) {
  const org = managedOrg(ctx);
  const body = await readJson(ctx, {
    user_id: { type: "id", prefix: "user", required: true },
    role: { type: "enum", values: ROLES, required: true },
  });
  if (!ctx.state.users[body.user_id]) throw notFound("user");
  if (body.role === "owner") throw precondition("an organization has exactly one owner; add members as admin or member");
  if (membership(ctx.state, org.id, body.user_id)) throw precondition("the user is already a member");
  return { member: memberWire(ctx.state, addMember(ctx.engine, org.id, body.user_id, body.role)) };
}

function removeOrganizationMember(ctx: Ctx) {
  const org = orgForMember(ctx.state, ctx.caller, ctx.params.organization_id!);
  const target = ctx.params.user_id!;
  if (target !== ctx.caller.user.id && !callerManages(ctx.caller, org.id)) throw denied("only owners and admins may remove other members");
  const m = membership(ctx.state, org.id, target);
  if (!m) throw notFound("member");
  if (m.role === "owner") throw precondition("the organization owner cannot be removed");
  ctx.state.members = ctx.state.members.filter((x) => x !== m);
  return {};
}

async function updateOrganizationMember(ctx: Ctx) {
  const org = managedOrg(ctx);
  const body = await readJson(ctx, { role: { type: "enum", values: ROLES, required: true } });
  const m = membership(ctx.state, org.id, ctx.params.user_id!);
  if (!m) throw notFound("member");
  if (m.role === "owner") throw precondition("the owner's role cannot be changed");
  if (body.role === "owner") throw precondition("nobody can be made owner this way");
  m.role = body.role;
  return { member: memberWire(ctx.state, m) };
}

/** Routes of organization members. */
export const memberRoutes = [
  route("listOrganizationMembers", "GET", "/v1beta/organizations/{organization_id}/members", listOrganizationMembers),
  route("addOrganizationMember", "POST", "/v1beta/organizations/{organization_id}/members", addOrganizationMember),
  route("removeOrganizationMember", "DELETE", "/v1beta/organizations/{organization_id}/members/{user_id}", removeOrganizationMember),
  route("updateOrganizationMember", "PATCH", "/v1beta/organizations/{organization_id}/members/{user_id}", updateOrganizationMember),
];

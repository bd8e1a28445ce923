// Read-only queries over the state that several handlers share.
import type { Caller } from "./engine";
import { notFound } from "./errors";
import type { MemberRec, OrgRec, OrgRole, State, UserRec } from "./store";

/** Returns the membership of `userId` in `orgId`, if any. */
export function membership(state: State, orgId: string, userId: string): MemberRec | undefined {
  return state.members.find((m) => m.organization_id === orgId && m.user_id === userId);
}

/** Returns the caller's role in an organization the credential reaches, if any. */
export function callerRole(caller: Caller, orgId: string): OrgRole | undefined {
  return caller.memberships.find((m) => m.organization_id === orgId)?.role;
}

/** Tells whether the caller is owner or admin of the organization. */
export function callerManages(caller: Caller, orgId: string): boolean {
  const r = callerRole(caller, orgId);
  return r === "owner" || r === "admin";
}

/** Returns an organization the caller belongs to; another organization (or none) is a 404. */
export function orgForMember(state: State, caller: Caller, orgId: string): OrgRec {
  const org = state.orgs[orgId];
  if (!org || !callerRole(caller, orgId)) throw notFound("organization");
  return org;
}

/** Returns a user by email, compared case-insensitively. */
export function userByEmail(state: State, email: string): UserRec | undefined {
  const e = email.toLowerCase();
  return Object.values(state.users).find((u) => u.email.toLowerCase() === e);
}

/** Returns the current memberships of a user, in joining order. */
export function membershipsOf(state: State, userId: string): MemberRec[] {
  return state.members.filter((m) => m.user_id === userId).sort((a, b) => a.joined_at - b.joined_at);
}

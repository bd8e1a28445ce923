// Who belongs to which organization, and what the caller may do there.
import type { MemberRec, OrgRole, State } from "../state/store";
import type { Caller } from "./context";

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

/** Returns the current memberships of a user, in joining order. */
export function membershipsOf(state: State, userId: string): MemberRec[] {
  return state.members.filter((m) => m.user_id === userId).sort((a, b) => a.joined_at - b.joined_at);
}

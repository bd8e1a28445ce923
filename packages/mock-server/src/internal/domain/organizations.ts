// Organizations: creating them, adding members, and finding one for a caller with the rule that
// keeps other organizations invisible (404) and reserves management to owners and admins (403).
import { denied, notFound } from "../http/api-error";
import { type Engine, makeId } from "../state/engine";
import type { MemberRec, OrgRec, OrgRole, State } from "../state/store";
import type { Caller } from "./context";
import { callerManages, callerRole } from "./memberships";

/** Creates an organization owned by `ownerId` and returns it. */
export function createOrg(engine: Engine, name: string, ownerId: string, at = engine.clock.now()): OrgRec {
  const org: OrgRec = {
    id: makeId(engine, "org"),
    name,
    logo_image_url: null,
    created_at: at,
    owner_id: ownerId,
    request_limit: null,
    document_limit: engine.config.documentLimit,
  };
  engine.state.orgs[org.id] = org;
  addMember(engine, org.id, ownerId, "owner", at);
  return org;
}

/** Adds a user to an organization with a role and returns the membership. */
export function addMember(engine: Engine, orgId: string, userId: string, role: OrgRole, at = engine.clock.now()): MemberRec {
  const m: MemberRec = { organization_id: orgId, user_id: userId, role, joined_at: at };
  engine.state.members.push(m);
  return m;
}

/** Returns an organization the caller belongs to; another organization (or none) is a 404. */
export function orgForMember(state: State, caller: Caller, orgId: string): OrgRec {
  const org = state.orgs[orgId];
  if (!org || !callerRole(caller, orgId)) throw notFound("organization");
  return org;
}

/**
 * Returns an organization the caller manages: 404 when the caller is not in it (so other
 * organizations stay hidden), 403 when it is a plain member. `what` completes the 403 message
 * ("only owners and admins may <what>").
 */
export function orgManagedBy(state: State, caller: Caller, orgId: string, what: string): OrgRec {
  const org = orgForMember(state, caller, orgId);
  if (!callerManages(caller, org.id)) throw denied(`only owners and admins may ${what}`);
  return org;
}

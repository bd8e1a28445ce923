// Creating organizations and adding members, shared by the seed and the handlers.
import { type Engine, makeId } from "./engine";
import type { MemberRec, OrgRec, OrgRole } from "./store";

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

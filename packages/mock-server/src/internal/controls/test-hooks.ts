// Test hooks that no API operation offers: make users, read invite tokens, finish processing,
// change limits. Used by the JS API and by the /__mock/ HTTP endpoints alike.
import { addMember } from "../domain/organizations";
import { finishVersion } from "../domain/processing";
import { ApiError, notFound } from "../http/api-error";
import { isEmail } from "../http/validate";
import { type Engine, makeId } from "../state/engine";
import { apiKeySecret, userToken } from "../state/ids";
import type { OrgRole, UserRec } from "../state/store";

/** Input of createUser. */
export interface NewUser {
  name: string;
  email: string;
  /** Also make the user a member of this organization (and give it an API key there). */
  organization_id?: string;
  role?: OrgRole;
}

/** What createUser returns: ids and credentials of the new user. */
export interface CreatedUser {
  user_id: string;
  /** JWT-shaped user token. */
  token: string;
  /** API key secret in the organization, when one was given. */
  api_key?: string;
  api_key_id?: string;
}

function bad(message: string, param: string): ApiError {
  return new ApiError("invalid_argument", "invalid_field_value", message, param);
}

/** Creates a user (optionally a member of an organization, with an API key there). */
export function createUser(engine: Engine, input: NewUser): CreatedUser {
  const s = engine.state;
  if (typeof input?.name !== "string" || input.name.length < 1) throw bad("name is required", "name");
  if (typeof input.email !== "string" || !isEmail(input.email)) throw bad("email must be an email address", "email");
  if (Object.values(s.users).some((u) => u.email.toLowerCase() === input.email.toLowerCase())) throw bad("a user with this email exists", "email");
  if (input.organization_id !== undefined && !s.orgs[input.organization_id]) throw notFound("organization");
  if (input.role !== undefined && !["admin", "member"].includes(input.role)) throw bad("role must be admin or member", "role");
  const now = engine.clock.now();
  const [given = null, family = null] = input.name.split(" ");
  const user: UserRec = {
    id: makeId(engine, "user"),
    name: input.name,
    email: input.email,
    given_name: given,
    family_name: family,
    profile_image_url: null,
    has_completed_document_tour: false,
    has_completed_hub_onboarding: false,
  };
  s.users[user.id] = user;
  const token = userToken(user.id, engine.random);
  s.userTokens[token] = user.id;
  const out: CreatedUser = { user_id: user.id, token };
  if (input.organization_id) {
    addMember(engine, input.organization_id, user.id, input.role ?? "member", now);
    const id = makeId(engine, "key");
    const secret = apiKeySecret(now, engine.random);
    s.apiKeys[id] = { id, name: `${input.name} key`, organization_id: input.organization_id, owner_id: user.id, created_at: now, expires_at: null, revoked_at: null, secret, quota_limit: null };
    out.api_key = secret;
    out.api_key_id = id;
  }
  return out;
}

/** Returns the current token of an invite (responses never carry it), or undefined. */
export function inviteToken(engine: Engine, inviteId: string): string | undefined {
  return engine.state.invites[inviteId]?.token;
}

/** Ends processing now for one version, one document's processing versions, or all of them. */
export function completeProcessing(engine: Engine, target: { version_id?: string; document_id?: string; status?: "ready" | "failed" } = {}): string[] {
  const done: string[] = [];
  for (const v of Object.values(engine.state.versions)) {
    if (v.status !== "processing") continue;
    if (target.version_id && v.id !== target.version_id) continue;
    if (target.document_id && v.document_id !== target.document_id) continue;
    finishVersion(engine, v, engine.clock.now(), target.status);
    done.push(v.id);
  }
  return done;
}

/** Changes an organization's request limit (null = free tier) and/or document quota (0 = unlimited). */
export function setOrganizationLimits(engine: Engine, orgId: string, limits: { request_limit?: number | null; document_limit?: number }): void {
  const org = engine.state.orgs[orgId];
  if (!org) throw notFound("organization");
  if (limits.request_limit !== undefined) {
    if (limits.request_limit !== null && !(Number.isInteger(limits.request_limit) && limits.request_limit > 0)) throw bad("request_limit must be a positive integer or null", "request_limit");
    org.request_limit = limits.request_limit;
  }
  if (limits.document_limit !== undefined) {
    if (!(Number.isInteger(limits.document_limit) && limits.document_limit >= 0)) throw bad("document_limit must be a non-negative integer", "document_limit");
    org.document_limit = limits.document_limit;
  }
}

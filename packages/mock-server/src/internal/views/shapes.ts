// Store records -> response shapes. Only fields the spec defines are emitted; optional timestamps
// that the spec types as plain strings are left out rather than sent as null.
import { iso } from "../state/clock";
import type { Ctx } from "../domain/context";
import { accessLevelOf } from "../domain/access-levels";
import { inviteStatus } from "../domain/invites";
import { permissionSet, roleOf } from "../domain/permissions";
import type {
  AccessRequestRec,
  ApiKeyRec,
  DocumentRec,
  InviteRec,
  MemberRec,
  OrgRec,
  PolicyRec,
  State,
  UserRec,
  VersionRec,
} from "../state/store";

/** Returns the User wire shape. */
export function userWire(u: UserRec): Record<string, unknown> {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    given_name: u.given_name,
    family_name: u.family_name,
    profile_image_url: u.profile_image_url,
  };
}

/** Returns the Organization wire shape. */
export function orgWire(o: OrgRec): Record<string, unknown> {
  return { id: o.id, name: o.name, logo_image_url: o.logo_image_url, created_at: iso(o.created_at) };
}

/** Returns the OrganizationMember wire shape. */
export function memberWire(state: State, m: MemberRec): Record<string, unknown> {
  return { user: userWire(state.users[m.user_id]!), role: m.role, joined_at: iso(m.joined_at) };
}

/** Returns the OrganizationInvite wire shape (never the token). */
export function inviteWire(state: State, inv: InviteRec, now: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: inv.id,
    organization_id: inv.organization_id,
    email: inv.email,
    status: inviteStatus(inv, now),
    sender: userWire(inv.sender),
    message: inv.message,
    created_at: iso(inv.created_at),
    expires_at: iso(inv.expires_at),
  };
  const acceptedBy = inv.accepted_by ? state.users[inv.accepted_by] : undefined;
  if (inv.accepted_at !== null && acceptedBy) {
    out.accepted_at = iso(inv.accepted_at);
    out.accepted_by = userWire(acceptedBy);
  }
  return out;
}

/** Returns the ApiKey wire shape (never the secret). */
export function apiKeyWire(k: ApiKeyRec, now: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: k.id,
    name: k.name,
    organization_id: k.organization_id,
    created_at: iso(k.created_at),
    is_active: k.revoked_at === null && (k.expires_at === null || k.expires_at > now),
    key_prefix: k.secret.slice(0, 16),
  };
  if (k.expires_at !== null) out.expires_at = iso(k.expires_at);
  if (k.revoked_at !== null) out.revoked_at = iso(k.revoked_at);
  return out;
}

/** Returns the public URL of a document (app-style, without the id prefix). */
export function documentUrl(ctx: Ctx, docId: string): string {
  return `${ctx.origin}/d/${docId.slice(4)}`;
}

/** Returns the Document wire shape as seen by the caller. */
export function documentWire(ctx: Ctx, d: DocumentRec): Record<string, unknown> {
  const s = ctx.state;
  const current = d.current_version_id ? s.versions[d.current_version_id] : undefined;
  const level = accessLevelOf(d.general);
  const out: Record<string, unknown> = {
    id: d.id,
    url: documentUrl(ctx, d.id),
    title: d.title,
    description: d.description,
    access_level: level,
    general_access: level,
    processing_status: current?.status ?? "processing",
    current_version: current ? { id: current.id } : null,
    source_format: d.source_format,
    created_at: iso(d.created_at),
    updated_at: iso(d.updated_at),
    created_by: { ...d.created_by },
    owner_organization_id: d.organization_id,
    is_demo: d.is_demo,
    permission_set: permissionSet(roleOf(s, d, ctx.caller)),
  };
  if (d.trashed_at !== null) out.trashed_at = iso(d.trashed_at);
  const viewed = s.views[d.id]?.[ctx.caller.user.id];
  if (viewed !== undefined) out.last_viewed_at = iso(viewed);
  const grant = s.grants.find((g) => g.document_id === d.id && g.recipient_id === ctx.caller.user.id);
  if (grant) out.shared_at = iso(grant.granted_at);
  return out;
}

/** Returns the Version wire shape. */
export function versionWire(ctx: Ctx, v: VersionRec): Record<string, unknown> {
  return {
    id: v.id,
    document_id: v.document_id,
    url: `${documentUrl(ctx, v.document_id)}/v/${v.number}`,
    title: v.title,
    description: v.description,
    processing_status: v.status,
    created_at: iso(v.created_at),
    created_by: { ...v.created_by },
  };
}

/** Returns the AccessRequest wire shape. */
export function accessRequestWire(state: State, r: AccessRequestRec): Record<string, unknown> {
  const u = state.users[r.subject_id];
  const out: Record<string, unknown> = {
    id: r.id,
    document_id: r.document_id,
    subject: { id: r.subject_id, type: "user", name: u?.name ?? "Unknown user" },
    permission: r.permission,
    message: r.message,
    request_status: r.status,
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
  if (u) out.subject_email = u.email;
  return out;
}

/** Returns the Policy wire shape. */
export function policyWire(p: PolicyRec): Record<string, unknown> {
  return { id: p.id, name: p.name, created_at: iso(p.created_at) };
}

// The document permission model ("Visibility and permissions" in packages/mock-server/DECISIONS.md):
// a caller's role on a document comes from ownership, a direct grant, or general access; the role
// decides the 16 permission flags.
import { denied, notFound, precondition } from "../http/api-error";
import type { DocRole, DocumentRec, State } from "../state/store";
import type { Caller, Ctx } from "./context";

export const PERMISSIONS = [
  "view",
  "open",
  "list_versions",
  "create_version",
  "export",
  "copy_content",
  "screenshot",
  "comment_public",
  "comment_private",
  "grant_access",
  "manage_access",
  "attach_policy",
  "trash",
  "view_timeline",
  "view_analytics",
  "view_leads",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ["view", "open", "list_versions", "view_timeline"];
const COMMENTER: Permission[] = [...VIEWER, "comment_public", "comment_private"];
const COLLABORATOR: Permission[] = [...COMMENTER, "create_version", "export", "copy_content", "screenshot"];
const GRANTS: Record<DocRole, readonly Permission[]> = {
  viewer: VIEWER,
  commenter: COMMENTER,
  collaborator: COLLABORATOR,
  admin: PERMISSIONS.filter((p) => p !== "trash"),
  owner: PERMISSIONS,
};

const RANK: Record<DocRole, number> = { viewer: 1, commenter: 2, collaborator: 3, admin: 4, owner: 5 };

/** Returns the higher of two roles (null = no role). */
export function maxRole(a: DocRole | null, b: DocRole | null): DocRole | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** Tells whether role `a` is at least role `b`. */
export function atLeast(a: DocRole | null, b: DocRole): boolean {
  return a !== null && RANK[a] >= RANK[b];
}

/** Returns the caller's role on a document, or null when it has none. */
export function roleOf(state: State, doc: DocumentRec, caller: Caller): DocRole | null {
  const uid = caller.user.id;
  if (doc.owner_id === uid) return "owner";
  let role: DocRole | null = null;
  for (const g of state.grants) {
    if (g.document_id === doc.id && g.recipient_id === uid) role = maxRole(role, g.role);
  }
  if (doc.trashed_at === null) {
    if (doc.general === "anyone_with_link") role = maxRole(role, "viewer");
    if (doc.general === "organization" && caller.memberships.some((m) => m.organization_id === doc.organization_id)) {
      role = maxRole(role, "viewer");
    }
  }
  return role;
}

/** Returns the 16-flag permission set for a role. */
export function permissionSet(role: DocRole | null): Record<Permission, boolean> {
  const granted = role ? GRANTS[role] : [];
  return Object.fromEntries(PERMISSIONS.map((p) => [p, granted.includes(p)])) as Record<Permission, boolean>;
}

/** Tells whether a role carries a permission. */
export function can(role: DocRole | null, perm: Permission): boolean {
  return role !== null && GRANTS[role].includes(perm);
}

/**
 * Loads a document for the caller. A caller with no role on it and no membership in its
 * organization gets 404 (existence stays hidden across organizations) unless `findAlways` is
 * set, for the endpoints that must work without access.
 */
export function loadDocument(ctx: Ctx, id: string, findAlways = false): { doc: DocumentRec; role: DocRole | null } {
  const doc = ctx.state.documents[id];
  if (!doc) throw notFound("document");
  const role = roleOf(ctx.state, doc, ctx.caller);
  const sameOrg = ctx.caller.memberships.some((m) => m.organization_id === doc.organization_id);
  if (!role && !sameOrg && !findAlways) throw notFound("document");
  return { doc, role };
}

/** Loads a document and checks that the caller holds `perm` on it (403 otherwise). */
export function documentWith(ctx: Ctx, id: string, perm: Permission): { doc: DocumentRec; role: DocRole } {
  const { doc, role } = loadDocument(ctx, id);
  if (!can(role, perm)) throw denied(`the caller lacks the ${perm} permission on this document`);
  return { doc, role: role! };
}

/** Loads a document the caller owns (403 otherwise). */
export function ownedDocument(ctx: Ctx, id: string): DocumentRec {
  const { doc, role } = loadDocument(ctx, id);
  if (role !== "owner") throw denied("only the document owner may do this");
  return doc;
}

/** Throws 400 failed_precondition when the document is in the trash. */
export function requireActive(doc: DocumentRec): void {
  if (doc.trashed_at !== null) throw precondition("the document is in the trash");
}

// Direct grants of a document role to a user or bot. Sharing, access-request approval, transfer
// and trash all change grants; the rules for doing so live here, once.
import type { DocRole, DocumentRec, GrantRec, State } from "../state/store";
import type { Ctx } from "./context";
import { maxRole } from "./permissions";

/** Returns the direct grant of `recipientId` on a document, if any. */
export function grantOf(state: State, documentId: string, recipientId: string): GrantRec | undefined {
  return state.grants.find((g) => g.document_id === documentId && g.recipient_id === recipientId);
}

/** Creates or changes a grant; returns it. */
export function upsertGrant(ctx: Ctx, doc: DocumentRec, recipientId: string, type: "user" | "bot", role: DocRole): GrantRec {
  const existing = grantOf(ctx.state, doc.id, recipientId);
  if (existing) {
    existing.role = role;
    existing.granted_at = ctx.now;
    return existing;
  }
  const g: GrantRec = { document_id: doc.id, recipient_id: recipientId, recipient_type: type, role, granted_at: ctx.now };
  ctx.state.grants.push(g);
  return g;
}

/**
 * Raises a grant to at least `role` (never lowers an existing one) and returns the resulting role.
 * Approving an access request uses it, so approval can only add access.
 */
export function raiseGrant(ctx: Ctx, doc: DocumentRec, recipientId: string, role: DocRole): DocRole {
  const current = grantOf(ctx.state, doc.id, recipientId)?.role ?? null;
  const next = maxRole(current, role)!;
  upsertGrant(ctx, doc, recipientId, "user", next);
  return next;
}

/** Removes every grant on a document and returns the removed ones (a trashed document keeps none). */
export function removeAllGrants(state: State, documentId: string): GrantRec[] {
  const removed = state.grants.filter((g) => g.document_id === documentId);
  state.grants = state.grants.filter((g) => g.document_id !== documentId);
  return removed;
}

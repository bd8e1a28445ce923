// Sharing: general access, the list of recipients, grants (by email or id), role changes,
// revocation and share links.
import type { Ctx } from "../domain/context";
import { grantOf, upsertGrant } from "../domain/grants";
import { documentWith, requireActive } from "../domain/permissions";
import { recordEvent } from "../domain/timeline";
import { userByEmail } from "../domain/users";
import { precondition } from "../http/api-error";
import { readJson } from "../http/request-body";
import { iso } from "../state/clock";
import { makeId } from "../state/engine";
import type { DocRole, DocumentRec, GrantRec } from "../state/store";
import { route } from "./route";

const GENERAL = ["restricted", "organization", "anyone_with_link"] as const;
const ROLES = ["viewer", "commenter", "collaborator", "admin", "owner"] as const;

function getGeneralAccess(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "view");
  return { document_id: doc.id, general_access_level: doc.general };
}

async function setGeneralAccess(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "manage_access");
  const body = await readJson(ctx, { general_access_level: { type: "enum", values: GENERAL, required: true } });
  requireActive(doc);
  if (doc.general !== body.general_access_level) {
    recordEvent(ctx, doc.id, "document_settings_access_changed", ctx.caller.user.id, { from: doc.general, to: body.general_access_level });
    doc.general = body.general_access_level;
    doc.updated_at = ctx.now;
  }
  return { document_id: doc.id, general_access_level: doc.general };
}

function recipientWire(ctx: Ctx, id: string, type: "user" | "bot", role: DocRole): Record<string, unknown> {
  if (type === "bot") return { id, type, document_role: role, name: ctx.state.bots[id]?.name ?? "Bot" };
  const u = ctx.state.users[id];
  return u ? { id, type, document_role: role, name: u.name, email: u.email } : { id, type, document_role: role };
}

function listDocumentAccess(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "view");
  const grants = ctx.state.grants.filter((g) => g.document_id === doc.id).sort((a, b) => a.granted_at - b.granted_at);
  return {
    document_id: doc.id,
    general_access_level: doc.general,
    recipients: [recipientWire(ctx, doc.owner_id, "user", "owner"), ...grants.map((g) => recipientWire(ctx, g.recipient_id, g.recipient_type, g.role))],
  };
}

function resolveRecipient(ctx: Ctx, recipient: string): { id: string; type: "user" | "bot" } | string {
  const s = ctx.state;
  if (/^user_[0-9a-hjkmnp-tv-z]{26}$/.test(recipient)) return s.users[recipient] ? { id: recipient, type: "user" } : "no user with this id";
  if (/^bot_[0-9a-hjkmnp-tv-z]{26}$/.test(recipient)) return s.bots[recipient] ? { id: recipient, type: "bot" } : "no bot with this id";
  if (recipient.includes("@")) {
    const u = userByEmail(s, recipient);
    return u ? { id: u.id, type: "user" } : "no Factify user has this email address";
  }
  return "recipient must be an email address or a user_ or bot_ id";
}

async function grantDocumentAccess(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "grant_access");
  const body = await readJson(ctx, {
    recipients: {
      type: "array",
      required: true,
      min: 1,
      max: 50,
      items: {
        type: "object",
        fields: {
          recipient: { type: "string", required: true, min: 1, max: 320 },
          role: { type: "enum", values: ROLES, required: true },
        },
      },
    },
    custom_message: { type: "string", nullable: true },
    should_send_notification: { type: "boolean", nullable: true },
  });
  requireActive(doc);
  const results: Record<string, unknown>[] = [];
  for (const { recipient, role } of body.recipients as { recipient: string; role: DocRole }[]) {
    const target = resolveRecipient(ctx, recipient);
    let error: string | undefined;
    if (typeof target === "string") error = target;
    else if (role === "owner") error = "ownership moves only by transfer";
    else if (target.id === doc.owner_id) error = "the recipient owns the document";
    if (error !== undefined || typeof target === "string") {
      results.push({ recipient, success: false, error });
      continue;
    }
    upsertGrant(ctx, doc, target.id, target.type, role);
    recordEvent(ctx, doc.id, "document_user_access_granted", ctx.caller.user.id, { recipient_id: target.id, role });
    results.push({ recipient, success: true });
  }
  const successful = results.filter((r) => r.success).length;
  if (successful) doc.updated_at = ctx.now;
  return { document_id: doc.id, total: results.length, successful, failed: results.length - successful, results };
}

async function createShareLink(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "manage_access");
  await readJson(ctx, {});
  requireActive(doc);
  const id = makeId(ctx.engine, "lnk");
  ctx.state.shareLinks[id] = { id, document_id: doc.id, creator_id: ctx.caller.user.id, created_at: ctx.now };
  recordEvent(ctx, doc.id, "document_settings_access_changed", ctx.caller.user.id, { change: "share_link_created", share_link_id: id });
  return {
    share_link: { id, document_id: doc.id, creator_id: ctx.caller.user.id, created_at: iso(ctx.now) },
    short_url: `${ctx.origin}/s/${id.slice(4, 14)}`,
  };
}

function grantFor(ctx: Ctx, doc: DocumentRec): GrantRec | undefined {
  const rid = ctx.params.recipient_id!;
  if (rid === doc.owner_id) throw precondition("the owner's access cannot be changed; transfer ownership instead");
  return grantOf(ctx.state, doc.id, rid);
}

function revokeDocumentAccess(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "manage_access");
  requireActive(doc);
  const grant = grantFor(ctx, doc);
  if (!grant) return { success: false, error: "the recipient has no direct access to this document" };
  ctx.state.grants = ctx.state.grants.filter((g) => g !== grant);
  doc.updated_at = ctx.now;
  recordEvent(ctx, doc.id, "document_user_access_revoked", ctx.caller.user.id, { recipient_id: grant.recipient_id });
  return { success: true };
}

async function updateDocumentAccess(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "manage_access");
  const body = await readJson(ctx, { document_role: { type: "enum", values: ROLES, required: true } });
  requireActive(doc);
  const grant = grantFor(ctx, doc);
  if (!grant) return { success: false, error: "the recipient has no direct access to this document" };
  if (body.document_role === "owner") return { success: false, error: "ownership moves only by transfer" };
  grant.role = body.document_role;
  doc.updated_at = ctx.now;
  recordEvent(ctx, doc.id, "document_user_access_granted", ctx.caller.user.id, { recipient_id: grant.recipient_id, role: grant.role });
  return { success: true };
}

/** Routes of the sharing resource. */
export const sharingRoutes = [
  route("getGeneralAccess", "GET", "/v1beta/documents/{document_id}/access", getGeneralAccess),
  route("setGeneralAccess", "PUT", "/v1beta/documents/{document_id}/access", setGeneralAccess),
  route("listDocumentAccess", "GET", "/v1beta/documents/{document_id}/share", listDocumentAccess),
  route("grantDocumentAccess", "POST", "/v1beta/documents/{document_id}/share", grantDocumentAccess),
  route("createShareLink", "POST", "/v1beta/documents/{document_id}/share-links", createShareLink),
  route("revokeDocumentAccess", "DELETE", "/v1beta/documents/{document_id}/share/{recipient_id}", revokeDocumentAccess),
  route("updateDocumentAccess", "PATCH", "/v1beta/documents/{document_id}/share/{recipient_id}", updateDocumentAccess),
];

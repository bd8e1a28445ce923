// Documents: create (multipart upload), read, update, quota,
// duplicates, export, processing, ownership transfer, trash and untrash.
import { makePdf } from "../content/sample-pdf";
import { generalOf } from "../domain/access-levels";
import type { Ctx } from "../domain/context";
import { removeAllGrants } from "../domain/grants";
import { membership } from "../domain/memberships";
import { documentWith, ownedDocument, requireActive, roleOf } from "../domain/permissions";
import { finishVersion, startProcessing } from "../domain/processing";
import { documentsUsed } from "../domain/quotas";
import { recordEvent } from "../domain/timeline";
import { addVersion, readUpload } from "../domain/uploads";
import { invalid, notFound, precondition, quotaExceeded } from "../http/api-error";
import { qString } from "../http/query";
import { checkFormFields, formText, readForm, readJson } from "../http/request-body";
import { iso } from "../state/clock";
import { makeId } from "../state/engine";
import { storeFile } from "../state/files";
import type { DocumentRec } from "../state/store";
import { documentWire } from "../views/shapes";
import { route } from "./route";

const ACCESS_LEVELS = ["private", "organization", "public"] as const;

async function createDocument(ctx: Ctx) {
  const form = await readForm(ctx);
  checkFormFields(form, ["payload", "title", "description", "access_level"], ["document_id", "payload_key", "version_id"]);
  const title = formText(form, "title", { required: true, min: 1, max: 255 })!;
  const description = formText(form, "description", { max: 2000 });
  const level = formText(form, "access_level");
  if (level !== undefined && level !== "" && !ACCESS_LEVELS.includes(level as never)) {
    throw invalid("invalid_enum_value", "access_level", `access_level must be one of: ${ACCESS_LEVELS.join(", ")}`);
  }
  const up = await readUpload(form);
  const s = ctx.state;
  const orgId = ctx.caller.orgId ?? "";
  const org = s.orgs[orgId];
  if (org && org.document_limit > 0 && documentsUsed(s, orgId) >= org.document_limit) {
    throw quotaExceeded("the organization has reached its document quota");
  }
  const chosen = level ? (level as (typeof ACCESS_LEVELS)[number]) : org ? "organization" : "private";
  const doc: DocumentRec = {
    id: makeId(ctx.engine, "doc"),
    title,
    description: description ?? null,
    general: generalOf(chosen),
    current_version_id: null,
    source_format: up.format,
    trashed_at: null,
    created_at: ctx.now,
    updated_at: ctx.now,
    created_by: { id: ctx.caller.user.id, type: "user", name: ctx.caller.user.name },
    owner_id: ctx.caller.user.id,
    organization_id: orgId,
    is_demo: false,
  };
  s.documents[doc.id] = doc;
  const v = addVersion(ctx, doc, up, null, null);
  recordEvent(ctx, doc.id, "document_created", ctx.caller.user.id, { version_id: v.id, title });
  return { document: documentWire(ctx, doc) };
}

function getDocumentQuota(ctx: Ctx) {
  const org = ctx.caller.orgId ? ctx.state.orgs[ctx.caller.orgId] : undefined;
  if (!org) return { limit: 0, used: 0, available: 0 };
  const used = documentsUsed(ctx.state, org.id);
  return { limit: org.document_limit, used, available: org.document_limit > 0 ? Math.max(0, org.document_limit - used) : 0 };
}

function getDocument(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "view");
  (ctx.state.views[doc.id] ??= {})[ctx.caller.user.id] = ctx.now;
  return { document: documentWire(ctx, doc) };
}

async function updateDocument(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "create_version");
  const body = await readJson(ctx, {
    title: { type: "string", nullable: true, min: 1, max: 255 },
    description: { type: "string", nullable: true, max: 2000 },
  });
  requireActive(doc);
  const changed: string[] = [];
  if (typeof body.title === "string") {
    doc.title = body.title;
    changed.push("title");
  }
  if (typeof body.description === "string") {
    // An empty string clears the description; null leaves it as it is.
    doc.description = body.description === "" ? null : body.description;
    changed.push("description");
  }
  if (changed.length) {
    doc.updated_at = ctx.now;
    recordEvent(ctx, doc.id, "document_updated", ctx.caller.user.id, { fields: changed });
  }
  return { document: documentWire(ctx, doc) };
}

function listDocumentDuplicates(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "view");
  const s = ctx.state;
  const given = qString(ctx.url, "file_contents_hash");
  if (given !== undefined && !/^[0-9a-fA-F]{64}$/.test(given)) {
    throw invalid("invalid_field_value", "file_contents_hash", "file_contents_hash must be 64 hex characters (SHA-256)");
  }
  const hash = given?.toLowerCase() ?? (doc.current_version_id ? s.versions[doc.current_version_id]?.sha256 : undefined);
  const items: Record<string, unknown>[] = [];
  if (hash) {
    for (const v of Object.values(s.versions).sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1))) {
      const other = s.documents[v.document_id];
      if (!other || other.id === doc.id || v.sha256 !== hash || !roleOf(s, other, ctx.caller)) continue;
      const item: Record<string, unknown> = { document_id: other.id, title: other.title, version_id: v.id };
      if (v.title) item.version_title = v.title;
      const viewed = s.views[other.id]?.[ctx.caller.user.id];
      if (viewed !== undefined) item.last_viewed_at = iso(viewed);
      items.push(item);
    }
  }
  return { items };
}

function exportDocument(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "export");
  const s = ctx.state;
  const versionId = ctx.url.searchParams.get("version_id");
  if (versionId !== null && !/^ver_[0-9a-hjkmnp-tv-z]{26}$/.test(versionId)) {
    throw invalid("invalid_id_format", "version_id", "version_id must be a ver_ id");
  }
  const v = versionId ? s.versions[versionId] : doc.current_version_id ? s.versions[doc.current_version_id] : undefined;
  if (!v || v.document_id !== doc.id) throw notFound("version");
  if (v.status !== "ready") throw precondition("the version has not finished processing");
  let fileId = v.file_id;
  if (v.source_format !== "pdf") {
    // Exports are PDFs; for other formats hand out a rendered stand-in.
    fileId = storeFile(ctx.engine, makePdf(doc.title), "application/pdf", `${doc.title}.pdf`).id;
  }
  return { url: `${ctx.origin}/__mock/files/${fileId}`, expires_at: iso(ctx.now + 15 * 60_000) };
}

async function processDocument(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "create_version");
  const body = await readJson(ctx, {
    async: { type: "boolean" },
    version_id: { type: "id", prefix: "ver", nullable: true },
  });
  requireActive(doc);
  const s = ctx.state;
  const v = body.version_id ? s.versions[body.version_id] : doc.current_version_id ? s.versions[doc.current_version_id] : undefined;
  if (!v || v.document_id !== doc.id) throw notFound("version");
  const out = (status: string) => ({ document_id: doc.id, version_id: v.id, status });
  if (v.status === "processing") return out("PROCESSING_OUTCOME_ALREADY_PROCESSING");
  if (v.status === "ready") return out("PROCESSING_OUTCOME_ALREADY_COMPLETED");
  startProcessing(ctx.engine, v);
  if (body.async === true) return out("PROCESSING_OUTCOME_STARTED");
  finishVersion(ctx.engine, v);
  return out(v.status === "failed" ? "PROCESSING_OUTCOME_FAILED" : "PROCESSING_OUTCOME_STARTED");
}

async function transferDocumentOwnership(ctx: Ctx) {
  const doc = ownedDocument(ctx, ctx.params.document_id!);
  const body = await readJson(ctx, { new_owner_id: { type: "id", prefix: "user" } });
  const target = body.new_owner_id as string | undefined;
  if (!target) throw invalid("missing_required_field", "new_owner_id", "new_owner_id is required");
  requireActive(doc);
  const s = ctx.state;
  if (!s.users[target]) throw notFound("user");
  if (target === doc.owner_id) throw precondition("that user already owns the document");
  if (!membership(s, doc.organization_id, target)) throw precondition("the new owner must belong to the document's organization");
  const previous = doc.owner_id;
  s.grants = s.grants.filter((g) => !(g.document_id === doc.id && (g.recipient_id === target || g.recipient_id === previous)));
  // The previous owner keeps working on the document as an admin.
  s.grants.push({ document_id: doc.id, recipient_id: previous, recipient_type: "user", role: "admin", granted_at: ctx.now });
  doc.owner_id = target;
  doc.updated_at = ctx.now;
  recordEvent(ctx, doc.id, "document_settings_access_changed", ctx.caller.user.id, { change: "owner", previous_owner_id: previous, new_owner_id: target });
  return { document_id: doc.id, new_owner_id: target };
}

async function trashDocument(ctx: Ctx) {
  const doc = ownedDocument(ctx, ctx.params.document_id!);
  await readJson(ctx, {});
  if (doc.trashed_at !== null) throw precondition("the document is already in the trash");
  const s = ctx.state;
  const removed = removeAllGrants(s, doc.id);
  for (const g of removed) recordEvent(ctx, doc.id, "document_user_access_revoked", ctx.caller.user.id, { recipient_id: g.recipient_id, reason: "trashed" });
  doc.general = "restricted";
  doc.trashed_at = ctx.now;
  doc.updated_at = ctx.now;
  recordEvent(ctx, doc.id, "document_updated", ctx.caller.user.id, { change: "trashed" });
  return {};
}

async function untrashDocument(ctx: Ctx) {
  const doc = ownedDocument(ctx, ctx.params.document_id!);
  await readJson(ctx, {});
  if (doc.trashed_at === null) throw precondition("the document is not in the trash");
  doc.trashed_at = null;
  doc.updated_at = ctx.now;
  recordEvent(ctx, doc.id, "document_updated", ctx.caller.user.id, { change: "restored" });
  return {};
}

/** Routes of the documents resource (listing lives in document-list.ts). */
export const documentRoutes = [
  route("createDocument", "POST", "/v1beta/documents", createDocument),
  route("getDocumentQuota", "GET", "/v1beta/documents/quota", getDocumentQuota),
  route("getDocument", "GET", "/v1beta/documents/{document_id}", getDocument),
  route("updateDocument", "PATCH", "/v1beta/documents/{document_id}", updateDocument),
  route("listDocumentDuplicates", "GET", "/v1beta/documents/{document_id}/duplicates", listDocumentDuplicates),
  route("exportDocument", "GET", "/v1beta/documents/{document_id}/export", exportDocument),
  route("processDocument", "POST", "/v1beta/documents/{document_id}/process", processDocument),
  route("transferDocumentOwnership", "POST", "/v1beta/documents/{document_id}/transfer", transferDocumentOwnership),
  route("trashDocument", "POST", "/v1beta/documents/{document_id}/trash", trashDocument),
  route("untrashDocument", "POST", "/v1beta/documents/{document_id}/untrash", untrashDocument),
];

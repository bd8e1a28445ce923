// Versions: list a document's versions, upload a new one, read and edit one, read its record.
import { fromBase64 } from "../content/bytes";
import type { Ctx } from "../domain/context";
import { can, documentWith, loadDocument, type Permission, requireActive } from "../domain/permissions";
import { buildRecord } from "../domain/processed-content";
import { recordEvent } from "../domain/timeline";
import { addVersion, readUpload } from "../domain/uploads";
import { denied, notFound, precondition } from "../http/api-error";
import { paginate } from "../http/pagination";
import { checkFormFields, formText, readForm, readJson } from "../http/request-body";
import type { DocumentRec, VersionRec } from "../state/store";
import { versionWire } from "../views/shapes";
import { route } from "./route";

function versionWith(ctx: Ctx, perm: Permission): { v: VersionRec; doc: DocumentRec } {
  const v = ctx.state.versions[ctx.params.version_id!];
  if (!v) throw notFound("version");
  const { doc, role } = loadDocument(ctx, v.document_id);
  if (!can(role, perm)) throw denied(`the caller lacks the ${perm} permission on this document`);
  return { v, doc };
}

function listDocumentVersions(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "list_versions");
  const versions = Object.values(ctx.state.versions).filter((v) => v.document_id === doc.id);
  const page = paginate(versions, {
    url: ctx.url,
    key: (v) => [v.number, v.id],
    desc: [true, true],
    id: (v) => v.id,
    scope: ["listDocumentVersions", doc.id],
  });
  return { items: page.items.map((v) => versionWire(ctx, v)), pagination: page.pagination };
}

async function createDocumentVersion(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "create_version");
  const form = await readForm(ctx);
  checkFormFields(form, ["payload", "title", "description"], ["payload_key", "version_id"]);
  const title = formText(form, "title", { max: 255 });
  const description = formText(form, "description");
  const up = await readUpload(form);
  requireActive(doc);
  const v = addVersion(ctx, doc, up, title || null, description || null);
  recordEvent(ctx, doc.id, "document_version_uploaded", ctx.caller.user.id, { version_id: v.id, number: v.number });
  return versionWire(ctx, v);
}

function getVersion(ctx: Ctx) {
  return versionWire(ctx, versionWith(ctx, "view").v);
}

async function updateVersion(ctx: Ctx) {
  const { v, doc } = versionWith(ctx, "create_version");
  const body = await readJson(ctx, {
    title: { type: "string", nullable: true, max: 255 },
    description: { type: "string", nullable: true },
  });
  requireActive(doc);
  // null leaves a field as it is; an empty string clears it.
  if (typeof body.title === "string") v.title = body.title || null;
  if (typeof body.description === "string") v.description = body.description || null;
  if (typeof body.title === "string" || typeof body.description === "string") {
    doc.updated_at = ctx.now;
    recordEvent(ctx, doc.id, "document_updated", ctx.caller.user.id, { version_id: v.id });
  }
  return versionWire(ctx, v);
}

function getVersionRecord(ctx: Ctx) {
  const { v, doc } = versionWith(ctx, "open");
  if (v.status !== "ready") throw precondition(`the version is ${v.status}; its record exists once it is ready`);
  const file = ctx.state.files[v.file_id];
  return buildRecord(v, file ? fromBase64(file.data) : new Uint8Array(), doc.title);
}

/** Routes of the versions resource. */
export const versionRoutes = [
  route("listDocumentVersions", "GET", "/v1beta/documents/{document_id}/versions", listDocumentVersions),
  route("createDocumentVersion", "POST", "/v1beta/documents/{document_id}/versions", createDocumentVersion),
  route("getVersion", "GET", "/v1beta/versions/{version_id}", getVersion),
  route("updateVersion", "PATCH", "/v1beta/versions/{version_id}", updateVersion),
  route("getVersionRecord", "GET", "/v1beta/versions/{version_id}/record", getVersionRecord),
];

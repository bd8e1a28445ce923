// Access requests: anyone who can name a document may ask for access; its owner or admins
// approve (which creates or raises a grant) or deny. Also the caller's own capabilities.
import type { Ctx } from "../domain/context";
import { raiseGrant } from "../domain/grants";
import { atLeast, documentWith, loadDocument, permissionSet, requireActive } from "../domain/permissions";
import { recordEvent } from "../domain/timeline";
import { conflict, notFound, precondition } from "../http/api-error";
import { readJson } from "../http/request-body";
import { makeId } from "../state/engine";
import type { AccessRequestRec, DocRole } from "../state/store";
import { accessRequestWire } from "../views/shapes";
import { route } from "./route";

/** The role an approved request grants. */
const ROLE_FOR: Record<AccessRequestRec["permission"], DocRole> = { view: "viewer", comment: "commenter", edit: "collaborator" };
const PAGE = 100;

function listAccessRequests(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "manage_access");
  const pending = Object.values(ctx.state.accessRequests)
    .filter((r) => r.document_id === doc.id && r.status === "pending")
    .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
  return { items: pending.slice(0, PAGE).map((r) => accessRequestWire(ctx.state, r)), has_more: pending.length > PAGE };
}

async function createAccessRequest(ctx: Ctx) {
  const { doc, role } = loadDocument(ctx, ctx.params.document_id!, true);
  const body = await readJson(ctx, {
    permission: { type: "enum", values: ["view", "edit", "comment"], required: true },
    message: { type: "string", nullable: true, max: 1024 },
  });
  requireActive(doc);
  const permission = body.permission as AccessRequestRec["permission"];
  if (atLeast(role, ROLE_FOR[permission])) throw precondition("the caller already has this level of access");
  const uid = ctx.caller.user.id;
  const existing = Object.values(ctx.state.accessRequests).find((r) => r.document_id === doc.id && r.subject_id === uid && r.status === "pending");
  if (existing) throw conflict("the caller already has a pending access request for this document");
  const req: AccessRequestRec = {
    id: makeId(ctx.engine, "acr"),
    document_id: doc.id,
    subject_id: uid,
    permission,
    message: body.message ?? null,
    status: "pending",
    created_at: ctx.now,
    updated_at: ctx.now,
  };
  ctx.state.accessRequests[req.id] = req;
  return { access_request: accessRequestWire(ctx.state, req) };
}

function checkAccessRequestStatus(ctx: Ctx) {
  const { doc } = loadDocument(ctx, ctx.params.document_id!, true);
  const uid = ctx.caller.user.id;
  return {
    has_pending_request: Object.values(ctx.state.accessRequests).some((r) => r.document_id === doc.id && r.subject_id === uid && r.status === "pending"),
  };
}

async function decide(ctx: Ctx, approve: boolean) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "manage_access");
  await readJson(ctx, {});
  const req = ctx.state.accessRequests[ctx.params.access_request_id!];
  if (!req || req.document_id !== doc.id) throw notFound("access request");
  if (req.status !== "pending") throw precondition(`the access request was already ${req.status}`);
  if (approve) requireActive(doc);
  req.status = approve ? "approved" : "denied";
  req.updated_at = ctx.now;
  if (approve && req.subject_id !== doc.owner_id) {
    const role = raiseGrant(ctx, doc, req.subject_id, ROLE_FOR[req.permission]);
    recordEvent(ctx, doc.id, "document_user_access_granted", ctx.caller.user.id, { recipient_id: req.subject_id, role, access_request_id: req.id });
  }
  return { access_request: accessRequestWire(ctx.state, req) };
}

function inspectDocumentAccess(ctx: Ctx) {
  const { doc, role } = loadDocument(ctx, ctx.params.document_id!, true);
  return { document_id: doc.id, permission_set: permissionSet(role) };
}

/** Routes of the access-requests resource. */
export const accessRequestRoutes = [
  route("listAccessRequests", "GET", "/v1beta/documents/{document_id}/access-requests", listAccessRequests),
  route("createAccessRequest", "POST", "/v1beta/documents/{document_id}/access-requests", createAccessRequest),
  route("checkAccessRequestStatus", "GET", "/v1beta/documents/{document_id}/access-requests/status", checkAccessRequestStatus),
  route("approveAccessRequest", "POST", "/v1beta/documents/{document_id}/access-requests/{access_request_id}/approve", (ctx) => decide(ctx, true)),
  route("denyAccessRequest", "POST", "/v1beta/documents/{document_id}/access-requests/{access_request_id}/deny", (ctx) => decide(ctx, false)),
  route("inspectDocumentAccess", "GET", "/v1beta/documents/{document_id}/capabilities", inspectDocumentAccess),
];

// Policies: the organization's policies (seeded) attached to and detached from documents.
import type { Ctx } from "../domain/context";
import { documentWith, requireActive } from "../domain/permissions";
import { recordEvent } from "../domain/timeline";
import { conflict, notFound } from "../http/api-error";
import { paginate } from "../http/pagination";
import { readJson } from "../http/request-body";
import { iso } from "../state/clock";
import type { AttachmentRec } from "../state/store";
import { policyWire } from "../views/shapes";
import { route } from "./route";

function attachmentWire(ctx: Ctx, a: AttachmentRec): Record<string, unknown> {
  return { document_id: a.document_id, attached_at: iso(a.attached_at), policy: policyWire(ctx.state.policies[a.policy_id]!) };
}

function listDocumentPolicies(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "view");
  const attached = ctx.state.attachments.filter((a) => a.document_id === doc.id && ctx.state.policies[a.policy_id]);
  const page = paginate(attached, {
    url: ctx.url,
    key: (a) => [a.attached_at, a.policy_id],
    id: (a) => a.policy_id,
    scope: ["listDocumentPolicies", doc.id],
  });
  return { items: page.items.map((a) => attachmentWire(ctx, a)), pagination: page.pagination };
}

async function attachDocumentPolicy(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "attach_policy");
  const body = await readJson(ctx, { policy_id: { type: "id", prefix: "pol", required: true } });
  requireActive(doc);
  const policy = ctx.state.policies[body.policy_id];
  if (!policy || policy.organization_id !== doc.organization_id) throw notFound("policy");
  if (ctx.state.attachments.some((a) => a.document_id === doc.id && a.policy_id === policy.id)) {
    throw conflict("the policy is already attached to this document");
  }
  const a: AttachmentRec = { document_id: doc.id, policy_id: policy.id, attached_at: ctx.now };
  ctx.state.attachments.push(a);
  recordEvent(ctx, doc.id, "document_settings_access_changed", ctx.caller.user.id, { policy_id: policy.id, change: "policy_attached" });
  return attachmentWire(ctx, a);
}

function detachDocumentPolicy(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "attach_policy");
  const pid = ctx.params.policy_id!;
  const a = ctx.state.attachments.find((x) => x.document_id === doc.id && x.policy_id === pid);
  if (!a) throw notFound("policy attachment");
  ctx.state.attachments = ctx.state.attachments.filter((x) => x !== a);
  recordEvent(ctx, doc.id, "document_settings_access_changed", ctx.caller.user.id, { policy_id: pid, change: "policy_detached" });
  return {};
}

/** Routes of the policies resource. */
export const policyRoutes = [
  route("listDocumentPolicies", "GET", "/v1beta/documents/{document_id}/policies", listDocumentPolicies),
  route("attachDocumentPolicy", "POST", "/v1beta/documents/{document_id}/policies", attachDocumentPolicy),
  route("detachDocumentPolicy", "DELETE", "/v1beta/documents/{document_id}/policies/{policy_id}", detachDocumentPolicy),
];

// `factify sharing grant|revoke|link`.
import { createShareLink, type DocumentRole, grantDocumentAccess, revokeDocumentAccess } from "@factify/sharing";
import { group, leaf } from "../internal/command";
import { UsageError } from "../internal/errors";
import { emit, renderTable } from "../internal/output";
import { oneOf, required } from "../internal/parse";

const ROLES = ["viewer", "commenter", "collaborator", "admin"] as const satisfies readonly DocumentRole[];

const grant = leaf({
  description: "Give people (emails or user ids) a role on a document",
  args: {
    "document-id": { type: "positional", description: "Document id (doc_…)" },
    recipients: { type: "positional", description: "Emails or user ids (one or more)" },
    role: { type: "string", description: `Role to give: ${ROLES.join(", ")} (default viewer)` },
    message: { type: "string", description: "Message for the notification" },
    notify: { type: "boolean", description: "Send a notification email" },
  },
  async run({ args, client }) {
    const documentId = required(args["document-id"], "document-id");
    const recipients = args._.slice(1);
    if (recipients.length === 0) throw new UsageError("missing argument <recipients>");
    const role = oneOf(args.role, "role", ROLES, "viewer");
    const result = await grantDocumentAccess(await client(), {
      document_id: documentId,
      recipients: recipients.map((recipient) => ({ recipient, role })),
      ...(args.message !== undefined ? { custom_message: args.message } : {}),
      ...(args.notify !== undefined ? { should_send_notification: args.notify } : {}),
    });
    emit(args.json, result, () =>
      renderTable(result.results ?? [], [
        { header: "recipient", value: (r) => r.recipient },
        { header: "result", value: (r) => (r.success ? `granted ${role}` : `failed: ${r.error ?? "unknown"}`) },
      ]),
    );
    return (result.failed ?? 0) > 0 ? ((result.successful ?? 0) > 0 ? 3 : 1) : undefined;
  },
});

const revoke = leaf({
  description: "Take away someone's access to a document",
  args: {
    "document-id": { type: "positional", description: "Document id (doc_…)" },
    "recipient-id": { type: "positional", description: "The recipient's id (user, bot or organization)" },
  },
  async run({ args, client }) {
    const result = await revokeDocumentAccess(await client(), {
      document_id: required(args["document-id"], "document-id"),
      recipient_id: required(args["recipient-id"], "recipient-id"),
    });
    emit(args.json, result, () => `Revoked access of ${args["recipient-id"]} to ${args["document-id"]}.`);
    return undefined;
  },
});

const link = leaf({
  description: "Create a share link for a document",
  args: { "document-id": { type: "positional", description: "Document id (doc_…)" } },
  async run({ args, client }) {
    const result = await createShareLink(await client(), { document_id: required(args["document-id"], "document-id") });
    emit(args.json, result, () => result.short_url ?? result.share_link?.id ?? "Share link created.");
    return undefined;
  },
});

export const sharingCommand = group("Share documents: grant and revoke access, make links", { grant, revoke, link });

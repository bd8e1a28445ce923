// `factify access-requests list|approve|deny`.
import { type AccessRequest, approveAccessRequest, denyAccessRequest, listAccessRequests } from "@factify/access-requests";
import { group, leaf } from "../internal/command";
import { type Column, emit, renderFields, renderTable } from "../internal/output";
import { required } from "../internal/parse";

const columns: Column<AccessRequest>[] = [
  { header: "id", value: (r) => r.id },
  { header: "who", value: (r) => r.subject_email ?? r.subject?.name },
  { header: "wants", value: (r) => r.permission },
  { header: "status", value: (r) => r.request_status },
  { header: "message", value: (r) => r.message },
  { header: "asked", value: (r) => r.created_at },
];

const list = leaf({
  description: "List who asked for access to a document",
  args: { "document-id": { type: "positional", description: "Document id (doc_…)" } },
  async run({ args, client }) {
    const { items = [] } = await listAccessRequests(await client(), { document_id: required(args["document-id"], "document-id") });
    emit(args.json, items, () => (items.length ? renderTable(items, columns) : "No access requests."));
    return undefined;
  },
});

function answer(verb: "approve" | "deny") {
  return leaf({
    description: verb === "approve" ? "Approve an access request" : "Deny an access request",
    args: {
      "document-id": { type: "positional", description: "Document id (doc_…)" },
      "request-id": { type: "positional", description: "Access request id" },
    },
    async run({ args, client }) {
      const params = {
        document_id: required(args["document-id"], "document-id"),
        access_request_id: required(args["request-id"], "request-id"),
      };
      const c = await client();
      const { access_request: r } = verb === "approve" ? await approveAccessRequest(c, params) : await denyAccessRequest(c, params);
      emit(args.json, r, () =>
        renderFields([
          ["id", r.id],
          ["who", r.subject_email ?? r.subject?.name],
          ["permission", r.permission],
          ["status", r.request_status],
        ]),
      );
      return undefined;
    },
  });
}

export const accessRequestsCommand = group("See and answer requests for access to documents", {
  list,
  approve: answer("approve"),
  deny: answer("deny"),
});

// `factify documents …`: the single-document verbs. Bulk upload and backup live in ../bulk.
import { getDocument, listDocuments, trashDocument, untrashDocument, updateDocument, type Document } from "@factify/documents";
import { group, leaf } from "../internal/command";
import { UsageError } from "../internal/errors";
import { type Column, emit, renderFields, renderTable } from "../internal/output";
import { intFlag, required } from "../internal/parse";
import { backupCommand } from "../bulk/backup-command";
import { exportCommand } from "../bulk/export-command";
import { uploadCommand } from "../bulk/upload-command";

const columns: Column<Document>[] = [
  { header: "id", value: (d) => d.id },
  { header: "title", value: (d) => d.title },
  { header: "status", value: (d) => d.processing_status },
  { header: "access", value: (d) => d.access_level },
  { header: "created", value: (d) => d.created_at },
];

function documentFields(d: Document) {
  return renderFields([
    ["id", d.id],
    ["title", d.title],
    ["description", d.description],
    ["status", d.processing_status],
    ["access", d.access_level],
    ["format", d.source_format],
    ["version", d.current_version?.id],
    ["created", d.created_at],
    ["updated", d.updated_at],
    ["trashed", d.trashed_at],
    ["url", d.url],
  ]);
}

const list = leaf({
  description: "List documents the key can see",
  args: {
    limit: { type: "string", valueHint: "n", description: "Stop after n documents (default: all)" },
    query: { type: "string", description: "Full-text search" },
    trashed: { type: "boolean", description: "List trashed documents instead" },
  },
  async run({ args, client }) {
    const limit = intFlag(args.limit, "limit", Number.POSITIVE_INFINITY);
    const params = {
      page_size: Math.min(100, limit),
      ...(args.query ? { query: args.query } : {}),
      ...(args.trashed ? { trash_state: ["trashed" as const] } : {}),
    };
    const docs: Document[] = [];
    for await (const doc of listDocuments(await client(), params).items()) {
      if (docs.length >= limit) break;
      docs.push(doc);
    }
    emit(args.json, docs, () => (docs.length ? renderTable(docs, columns) : "No documents."));
    return undefined;
  },
});

const get = leaf({
  description: "Show one document",
  args: { id: { type: "positional", description: "Document id (doc_…)" } },
  async run({ args, client }) {
    const { document } = await getDocument(await client(), { document_id: required(args.id, "id") });
    emit(args.json, document, () => documentFields(document));
    return undefined;
  },
});

const update = leaf({
  description: "Change a document's title or description",
  args: {
    id: { type: "positional", description: "Document id (doc_…)" },
    title: { type: "string", description: "New title" },
    description: { type: "string", description: "New description (empty string clears it)" },
  },
  async run({ args, client }) {
    if (args.title === undefined && args.description === undefined) throw new UsageError("nothing to change: pass --title and/or --description");
    const { document } = await updateDocument(await client(), {
      document_id: required(args.id, "id"),
      ...(args.title !== undefined ? { title: args.title } : {}),
      ...(args.description !== undefined ? { description: args.description } : {}),
    });
    emit(args.json, document, () => documentFields(document));
    return undefined;
  },
});

const trash = leaf({
  description: "Move a document to the trash (owner only)",
  args: { id: { type: "positional", description: "Document id (doc_…)" } },
  async run({ args, client }) {
    const result = await trashDocument(await client(), { document_id: required(args.id, "id") });
    emit(args.json, result, () => `Trashed ${args.id}.`);
    return undefined;
  },
});

const untrash = leaf({
  description: "Restore a document from the trash (owner only)",
  args: { id: { type: "positional", description: "Document id (doc_…)" } },
  async run({ args, client }) {
    const result = await untrashDocument(await client(), { document_id: required(args.id, "id") });
    emit(args.json, result, () => `Restored ${args.id}.`);
    return undefined;
  },
});

export const documentsCommand = group("Upload, list, change, export and back up documents", {
  list,
  get,
  upload: uploadCommand,
  update,
  trash,
  untrash,
  export: exportCommand,
  backup: backupCommand,
});

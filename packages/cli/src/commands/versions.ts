// `factify versions list|upload`.
import { createDocumentVersion, listDocumentVersions, type Version } from "@factify/versions";
import { expandFiles, fileUpload } from "../bulk/files";
import { group, leaf } from "../internal/command";
import { UsageError } from "../internal/errors";
import { onInterrupt } from "../internal/interrupt";
import { type Column, emit, renderFields, renderTable } from "../internal/output";
import { required } from "../internal/parse";

const columns: Column<Version>[] = [
  { header: "id", value: (v) => v.id },
  { header: "title", value: (v) => v.title },
  { header: "status", value: (v) => v.processing_status },
  { header: "created", value: (v) => v.created_at },
  { header: "by", value: (v) => v.created_by?.name },
];

const list = leaf({
  description: "List the versions of a document",
  args: { "document-id": { type: "positional", description: "Document id (doc_…)" } },
  async run({ args, client }) {
    const versions: Version[] = [];
    const pages = listDocumentVersions(await client(), { document_id: required(args["document-id"], "document-id"), page_size: 100 });
    for await (const v of pages.items()) versions.push(v);
    emit(args.json, versions, () => (versions.length ? renderTable(versions, columns) : "No versions."));
    return undefined;
  },
});

const upload = leaf({
  description: "Upload a file as the new current version of a document",
  args: {
    "document-id": { type: "positional", description: "Document id (doc_…)" },
    file: { type: "positional", description: "The file to upload" },
    title: { type: "string", description: "Version title" },
    description: { type: "string", description: "Version description" },
  },
  async run({ args, client }) {
    const files = await expandFiles([required(args.file, "file")]);
    if (files.length !== 1) throw new UsageError(`<file> must name one file, ${args.file} matches ${files.length}`);
    const interrupt = onInterrupt();
    try {
      const version = await createDocumentVersion(
        await client(),
        {
          document_id: required(args["document-id"], "document-id"),
          payload: await fileUpload(files[0]!),
          ...(args.title !== undefined ? { title: args.title } : {}),
          ...(args.description !== undefined ? { description: args.description } : {}),
        },
        { signal: interrupt.signal },
      );
      emit(args.json, version, () =>
        renderFields([
          ["id", version.id],
          ["document", version.document_id],
          ["title", version.title],
          ["status", version.processing_status],
        ]),
      );
      return undefined;
    } finally {
      interrupt.dispose();
    }
  },
});

export const versionsCommand = group("List and upload document versions", { list, upload });

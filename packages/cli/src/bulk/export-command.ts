// `factify documents export <id>`: asks for a short-lived export URL and downloads the PDF to a file
// (or, with --url, prints the URL for another tool to fetch).
import { exportDocument } from "@factify/documents";
import { leaf } from "../internal/command";
import { downloadToFile } from "../internal/download";
import { onInterrupt } from "../internal/interrupt";
import { emit, formatBytes } from "../internal/output";
import { required } from "../internal/parse";

export const exportCommand = leaf({
  description: "Export a document as PDF and download it",
  args: {
    id: { type: "positional", description: "Document id (doc_…)" },
    output: { type: "string", alias: "o", valueHint: "file", description: "Where to save it (default: <id>.pdf)" },
    version: { type: "string", valueHint: "ver_…", description: "Export this version instead of the current one" },
    url: { type: "boolean", description: "Print the download URL (valid for a short time) instead of downloading" },
  },
  async run({ args, client }) {
    const id = required(args.id, "id");
    const interrupt = onInterrupt();
    try {
      const exported = await exportDocument(await client(), { document_id: id, ...(args.version ? { version_id: args.version } : {}) }, { signal: interrupt.signal });
      if (args.url) {
        emit(args.json, exported, () => exported.url);
        return undefined;
      }
      const saved = await downloadToFile(exported.url, args.output ?? `${id}.pdf`, { headers: exported.headers, signal: interrupt.signal });
      emit(args.json, saved, () => `Saved ${saved.path} (${formatBytes(saved.size)}).`);
      return undefined;
    } finally {
      interrupt.dispose();
    }
  },
});

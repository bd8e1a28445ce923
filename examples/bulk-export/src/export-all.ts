// The export job: walk every document page by page, ask the API for a download URL, fetch the file
// and write it to a folder, a few at a time. Pacing is the client's job (see main.ts): however many
// workers run, the client never sends more than its rate limit allows.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FactifyClient } from "@factify/core";
import { type Document, exportDocument, listDocuments } from "@factify/documents";

/** One exported file. */
export interface ExportedFile {
  document: Document;
  path: string;
  bytes: number;
}

function fileName(document: Document): string {
  const slug = document.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${slug || "document"}-${document.id.slice(-6)}.pdf`;
}

async function exportOne(client: FactifyClient, document: Document, folder: string): Promise<ExportedFile> {
  const { url, headers } = await exportDocument(client, { document_id: document.id });
  // The download URL is short-lived and may need the headers the API returned with it.
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`download of ${document.id} failed: HTTP ${response.status}`);
  const data = new Uint8Array(await response.arrayBuffer());
  const path = join(folder, fileName(document));
  await writeFile(path, data);
  return { document, path, bytes: data.length };
}

/** What to do with each document while exporting. */
export interface ExportOptions {
  concurrency: number;
  onFile(file: ExportedFile): void;
  /** Called for documents the caller may see but not export (a viewer's grant, organization-wide access). */
  onSkip(document: Document): void;
}

/** Exports every exportable document the client can see into `folder`, `concurrency` at a time. */
export async function exportAll(client: FactifyClient, folder: string, options: ExportOptions): Promise<ExportedFile[]> {
  const documents = listDocuments(client, { page_size: 5 }).items();
  const done: ExportedFile[] = [];
  // Workers share one iterator, so pages are fetched only as fast as files are exported.
  const worker = async () => {
    for (;;) {
      const next = await documents.next();
      if (next.done) return;
      // Each listed document says what the caller may do with it, so no request is wasted on a 403.
      if (next.value.permission_set?.export === false) {
        options.onSkip(next.value);
        continue;
      }
      const file = await exportOne(client, next.value, folder);
      done.push(file);
      options.onFile(file);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return done;
}

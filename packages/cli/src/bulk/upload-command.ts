// `factify documents upload <files or globs...>`: uploads files as new documents, N at a time, each
// streamed from disk. With --skip-duplicates a file whose SHA-256 matches a document the key can see
// (the API's duplicates operation) or an earlier file of the same run is not uploaded.
import type { FactifyClient } from "@factify/core";
import { createDocument, listDocumentDuplicates, listDocuments } from "@factify/documents";
import { leaf } from "../internal/command";
import { describeError, UsageError } from "../internal/errors";
import { onInterrupt } from "../internal/interrupt";
import { emit, formatBytes } from "../internal/output";
import { intFlag, oneOf } from "../internal/parse";
import { createProgress } from "../internal/progress";
import { expandFiles, fileUpload, hashFile, type LocalFile, titleFor } from "./files";
import { runPool } from "./pool";
import { type JobCounts, jobExitCode, stopOnFatal, summaryLine } from "./summary";

/** What happened to one file. */
interface UploadResult {
  file: string;
  status: "uploaded" | "skipped" | "failed";
  document_id?: string;
  sha256?: string;
  reason?: string;
}

/**
 * Finds a document with the given content. The duplicates operation is asked through an existing
 * document (the "anchor") and leaves the anchor itself out of its answer, so a second anchor is
 * asked when the first finds nothing.
 */
async function findDuplicate(client: FactifyClient, anchors: readonly string[], sha256: string, signal: AbortSignal) {
  for (const document_id of anchors) {
    const { items = [] } = await listDocumentDuplicates(client, { document_id, file_contents_hash: sha256 }, { signal });
    if (items[0]) return items[0];
  }
  return undefined;
}

export const uploadCommand = leaf({
  description: "Upload files (paths or globs) as new documents",
  args: {
    files: { type: "positional", description: "Files or quoted globs, e.g. \"contracts/**/*.pdf\"" },
    concurrency: { type: "string", valueHint: "n", description: "Uploads in flight at once (default 4)" },
    "skip-duplicates": { type: "boolean", description: "Skip files whose content already exists as a document" },
    title: { type: "string", description: "Document title (one file only; default: the file name)" },
    description: { type: "string", description: "Description given to every uploaded document" },
    "access-level": { type: "string", valueHint: "level", description: "Access level of new documents: private, organization or public" },
  },
  async run({ args, client: getClient }) {
    const concurrency = intFlag(args.concurrency, "concurrency", 4, 1, 32);
    const access = args["access-level"] === undefined ? undefined : oneOf(args["access-level"], "access-level", ["private", "organization", "public"] as const);
    const files = await expandFiles(args._);
    if (args.title !== undefined && files.length !== 1) throw new UsageError("--title needs exactly one file");
    const client = await getClient();
    const interrupt = onInterrupt();
    const fatal = stopOnFatal();
    const progress = createProgress("uploaded");
    const started = Date.now();
    const results: UploadResult[] = [];
    const seenHashes = new Map<string, string>();
    let bytes = 0;
    try {
      progress.setTotals(files.length, files.reduce((n, f) => n + f.size, 0));
      const anchors = args["skip-duplicates"]
        ? (await listDocuments(client, { page_size: 2 }, { signal: interrupt.signal })).items.map((d) => d.id)
        : [];
      await runPool(files, concurrency, AbortSignal.any([interrupt.signal, fatal.signal]), async (file: LocalFile) => {
        progress.start(file.name, file.size);
        const result: UploadResult = { file: file.name, status: "failed" };
        try {
          if (args["skip-duplicates"]) {
            const sha256 = await hashFile(file.path, interrupt.signal);
            result.sha256 = sha256;
            const earlier = seenHashes.get(sha256);
            seenHashes.set(sha256, file.name);
            const existing = earlier ? undefined : await findDuplicate(client, anchors, sha256, interrupt.signal);
            if (earlier || existing) {
              result.status = "skipped";
              result.reason = earlier ? `same content as ${earlier}` : `duplicate of ${existing!.document_id} (${existing!.title})`;
              if (existing) result.document_id = existing.document_id;
              progress.skip(file.name, result.reason);
              return;
            }
          }
          const response = await createDocument(
            client,
            {
              title: args.title ?? titleFor(file),
              payload: await fileUpload(file),
              ...(args.description !== undefined ? { description: args.description } : {}),
              ...(access ? { access_level: access } : {}),
            },
            {
              signal: interrupt.signal,
              // `loaded` counts the multipart framing too: clamp to the file's own size.
              onUploadProgress: ({ loaded }) => progress.advance(file.name, Math.min(loaded, file.size)),
            },
          );
          const id = response.document.id;
          result.status = "uploaded";
          if (id) result.document_id = id;
          bytes += file.size;
          progress.advance(file.name, file.size);
          progress.done(file.name, `→ ${id ?? "?"} (${formatBytes(file.size)})`);
        } catch (error) {
          fatal.check(error);
          result.status = "failed";
          result.reason = interrupt.interrupted ? "interrupted" : describeError(error);
          progress.fail(file.name, result.reason);
        } finally {
          results.push(result);
        }
      });
    } finally {
      progress.stop();
      interrupt.dispose();
    }
    const counts: JobCounts = {
      done: results.filter((r) => r.status === "uploaded").length,
      skipped: results.filter((r) => r.status === "skipped").length,
      failed: results.filter((r) => r.status === "failed").length,
      notStarted: files.length - results.length,
      bytes,
      seconds: (Date.now() - started) / 1000,
      interrupted: interrupt.interrupted,
    };
    emit(args.json, { ...counts, results }, () => summaryLine("Uploaded", "skipped", counts));
    return jobExitCode(counts);
  },
});

// `factify documents backup <dir>`: every document the key can see, exported and downloaded into
// <dir> as <document id>.pdf, N at a time. Resumable: a document whose current version is already
// saved completely (per the manifest and the file's size, or hash with --verify) is skipped, so a
// rerun after Ctrl-C, a crash or a failure downloads only what is missing or changed.
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FactifyClient } from "@factify/core";
import { type Document, exportDocument, listDocuments } from "@factify/documents";
import { leaf } from "../internal/command";
import { describeError } from "../internal/errors";
import { downloadToFile, PARTIAL_PREFIX } from "../internal/download";
import { onInterrupt } from "../internal/interrupt";
import { emit, formatBytes } from "../internal/output";
import { intFlag, required } from "../internal/parse";
import { createProgress, type Progress } from "../internal/progress";
import { hashFile } from "./files";
import { type Manifest, manifestWriter, readManifest } from "./manifest";
import { runPool } from "./pool";
import { type JobCounts, jobExitCode, stopOnFatal, summaryLine } from "./summary";

/** Document ids become file names: anything but the API's id format is refused, never joined to a path. */
const DOCUMENT_ID = /^doc_[0-9a-z]{26}$/;

interface BackupResult {
  document_id: string;
  file: string;
  status: "downloaded" | "up-to-date" | "failed";
  reason?: string;
}

/** Whether the manifest's entry for `doc` describes a complete file for its current version. */
async function isComplete(dir: string, manifest: Manifest, doc: Document, verify: boolean): Promise<boolean> {
  const entry = manifest.documents[doc.id];
  if (!entry || entry.file !== `${doc.id}.pdf` || entry.version_id !== (doc.current_version?.id ?? null)) return false;
  const info = await stat(join(dir, entry.file)).catch(() => undefined);
  if (!info?.isFile() || info.size !== entry.size) return false;
  return !verify || (await hashFile(join(dir, entry.file))) === entry.sha256;
}

/** Removes temporary files a killed run left behind (a clean run never leaves any). */
async function removeLeftovers(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith(PARTIAL_PREFIX)) await rm(join(dir, name), { force: true });
  }
}

/** Exports and downloads one document; a body cut off mid-way is tried once more with a fresh URL. */
async function saveDocument(client: FactifyClient, doc: Document, target: string, progress: Progress, signal: AbortSignal) {
  for (let attempt = 1; ; attempt++) {
    const exported = await exportDocument(client, { document_id: doc.id }, { signal });
    try {
      return await downloadToFile(exported.url, target, {
        headers: exported.headers,
        signal,
        onBytes: (loaded, total) => progress.advance(doc.id, loaded, total),
      });
    } catch (error) {
      // Whatever went wrong (a cut connection, an expired URL), one more try with a fresh URL.
      if (signal.aborted || attempt >= 2) throw error;
    }
  }
}

export const backupCommand = leaf({
  description: "Download every document into a folder (resumable: a rerun fetches only what is missing)",
  args: {
    dir: { type: "positional", description: "Folder to save into (created if missing)" },
    concurrency: { type: "string", valueHint: "n", description: "Downloads in flight at once (default 4)" },
    verify: { type: "boolean", description: "Re-hash files already saved instead of trusting their size" },
  },
  async run({ args, client: getClient }) {
    const dir = required(args.dir, "dir");
    const concurrency = intFlag(args.concurrency, "concurrency", 4, 1, 32);
    const client = await getClient();
    await mkdir(dir, { recursive: true });
    await removeLeftovers(dir);
    const manifest = await readManifest(dir);
    const writer = manifestWriter(dir, manifest);
    const interrupt = onInterrupt();
    const fatal = stopOnFatal();
    const progress = createProgress("downloaded");
    const started = Date.now();
    const results: BackupResult[] = [];
    const docs: Document[] = [];
    let bytes = 0;
    try {
      // The whole list first (ids and titles only: small), so progress knows the total. A listing
      // that fails after core's retries ends the job before anything is downloaded.
      for await (const doc of listDocuments(client, { page_size: 100 }, { signal: interrupt.signal }).items()) docs.push(doc);
      progress.setTotals(docs.length);
      await runPool(docs, concurrency, AbortSignal.any([interrupt.signal, fatal.signal]), async (doc) => {
        const file = `${doc.id}.pdf`;
        const result: BackupResult = { document_id: doc.id, file, status: "failed" };
        progress.start(doc.id, manifest.documents[doc.id]?.size);
        try {
          if (!DOCUMENT_ID.test(doc.id)) throw new Error(`the API listed a document id that is not safe as a file name: ${JSON.stringify(doc.id)}`);
          if (await isComplete(dir, manifest, doc, Boolean(args.verify))) {
            result.status = "up-to-date";
            progress.skip(doc.id, "up to date");
            return;
          }
          const saved = await saveDocument(client, doc, join(dir, file), progress, interrupt.signal);
          manifest.documents[doc.id] = {
            title: doc.title,
            version_id: doc.current_version?.id ?? null,
            file,
            size: saved.size,
            sha256: saved.sha256,
            saved_at: new Date().toISOString(),
          };
          writer.save();
          bytes += saved.size;
          result.status = "downloaded";
          progress.done(doc.id, `→ ${file} (${formatBytes(saved.size)}, "${doc.title}")`);
        } catch (error) {
          fatal.check(error);
          result.reason = interrupt.interrupted ? "interrupted" : describeError(error);
          progress.fail(doc.id, result.reason);
        } finally {
          results.push(result);
        }
      });
    } finally {
      progress.stop();
      interrupt.dispose();
      await writer.flush();
    }
    const counts: JobCounts = {
      done: results.filter((r) => r.status === "downloaded").length,
      skipped: results.filter((r) => r.status === "up-to-date").length,
      failed: results.filter((r) => r.status === "failed").length,
      notStarted: docs.length - results.length,
      bytes,
      seconds: (Date.now() - started) / 1000,
      interrupted: interrupt.interrupted,
    };
    emit(args.json, { ...counts, dir, results }, () => summaryLine("Downloaded", "up to date", counts));
    return jobExitCode(counts);
  },
});

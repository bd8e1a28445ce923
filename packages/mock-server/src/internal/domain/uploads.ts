// Shared by createDocument and createDocumentVersion: read the file part, recognise its format,
// hash it (for duplicates) and store it as a new processing version.
import { sha256Hex } from "../content/bytes";
import { mimeOf, sniffFormat } from "../content/sniff";
import { invalid } from "../http/api-error";
import { formFile } from "../http/request-body";
import { makeId, makeUuid } from "../state/engine";
import { storeFile } from "../state/files";
import type { DocumentRec, SourceFormat, VersionRec } from "../state/store";
import type { Ctx } from "./context";

/** Marker that, anywhere in the first 64 KiB of an upload, makes its processing fail. */
export const FAIL_MARKER = "FACTIFY_MOCK_FAIL";

/** An accepted upload. */
export interface Upload {
  bytes: Uint8Array;
  format: SourceFormat;
  sha256: string;
  filename: string;
  willFail: boolean;
}

/** Reads and checks the `payload` file of a form; anything but the five formats is a 400. */
export async function readUpload(form: FormData): Promise<Upload> {
  const { bytes, filename, type } = await formFile(form, "payload");
  const format = sniffFormat(bytes, filename, type);
  if (!format) {
    throw invalid("invalid_field_value", "payload", "payload must be a PDF, DOCX, XLSX, CSV or Markdown file");
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 65536));
  return { bytes, format, sha256: await sha256Hex(bytes), filename, willFail: head.includes(FAIL_MARKER) };
}

/** Adds a new version to a document, makes it current and starts its processing. */
export function addVersion(ctx: Ctx, doc: DocumentRec, up: Upload, title: string | null, description: string | null): VersionRec {
  const s = ctx.state;
  const file = storeFile(ctx.engine, up.bytes, mimeOf(up.format), up.filename || `upload.${up.format === "markdown" ? "md" : up.format}`);
  const number = Object.values(s.versions).filter((v) => v.document_id === doc.id).length + 1;
  const v: VersionRec = {
    id: makeId(ctx.engine, "ver"),
    document_id: doc.id,
    number,
    title,
    description,
    status: "processing",
    ready_at: ctx.now + ctx.engine.config.processingDelayMs,
    will_fail: up.willFail,
    created_at: ctx.now,
    created_by: { id: ctx.caller.user.id, type: "user", name: ctx.caller.user.name },
    file_id: file.id,
    sha256: up.sha256,
    source_format: up.format,
    record_id: makeUuid(ctx.engine),
  };
  s.versions[v.id] = v;
  doc.current_version_id = v.id;
  doc.source_format = up.format;
  doc.updated_at = ctx.now;
  return v;
}

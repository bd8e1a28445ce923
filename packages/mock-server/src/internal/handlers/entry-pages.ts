// Entry pages: a generated PDF cover page for a processed document, served from /__mock/files.
import { makePdf } from "../content/sample-pdf";
import type { Ctx } from "../domain/context";
import { documentWith, requireActive } from "../domain/permissions";
import { recordEvent } from "../domain/timeline";
import { precondition } from "../http/api-error";
import { storeFile } from "../state/files";
import { route } from "./route";

function generateDocumentEntryPage(ctx: Ctx) {
  const { doc } = documentWith(ctx, ctx.params.document_id!, "export");
  requireActive(doc);
  const v = doc.current_version_id ? ctx.state.versions[doc.current_version_id] : undefined;
  if (v?.status !== "ready") throw precondition("the document has not finished processing");
  const file = storeFile(ctx.engine, makePdf(`Entry page: ${doc.title}`), "application/pdf", "entry-page.pdf");
  recordEvent(ctx, doc.id, "document_entry_page_downloaded", ctx.caller.user.id, { version_id: v.id });
  return { download_url: `${ctx.origin}/__mock/files/${file.id}` };
}

/** Routes of the entry-pages resource. */
export const entryPageRoutes = [route("generateDocumentEntryPage", "POST", "/v1beta/documents/{document_id}/entry_page", generateDocumentEntryPage)];

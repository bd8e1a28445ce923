// Edge scenario: what a Worker listing and reading documents ships.
import { createFactify, type Page } from "@factify/core";
import { type Document, getDocument, type ListDocumentsResponse, listDocuments } from "@factify/documents";

/** Lists every document title page by page, then reads the first document again. */
export async function run(token: string): Promise<string[]> {
  const factify = createFactify({ bearerAuth: token });
  const titles: string[] = [];
  let firstId: string | undefined;
  let page: Page<Document, ListDocumentsResponse> | null = await listDocuments(factify, { page_size: 100 });
  while (page) {
    for (const doc of page.items) {
      firstId ??= doc.id;
      titles.push(doc.title);
    }
    page = await page.next();
  }
  if (firstId) titles.push((await getDocument(factify, { document_id: firstId })).document.title);
  return titles;
}

// The application code under test: it takes a Factify client and knows nothing about tests.
import type { createFactify } from "@factify/core";
import { createDocument, getDocument } from "@factify/documents";
import { grantDocumentAccess } from "@factify/sharing";

type Factify = ReturnType<typeof createFactify>;

/** Uploads a signed contract as a private document and returns its id. */
export async function fileContract(factify: Factify, title: string, pdf: Uint8Array<ArrayBuffer>): Promise<string> {
  const { document } = await createDocument(factify, {
    payload: new Blob([pdf], { type: "application/pdf" }),
    title,
    access_level: "private",
  });
  return document.id;
}

/** Lets a reviewer read a contract; throws when Factify does not know the reviewer's address. */
export async function shareWithReviewer(factify: Factify, documentId: string, reviewerEmail: string): Promise<void> {
  const result = await grantDocumentAccess(factify, {
    document_id: documentId,
    recipients: [{ recipient: reviewerEmail, role: "viewer" }],
  });
  const failure = result.results?.find((r) => !r.success);
  if (failure) throw new Error(`could not share with ${reviewerEmail}: ${failure.error ?? "refused"}`);
}

/** The contract's title as the given client sees it. */
export async function contractTitle(factify: Factify, documentId: string): Promise<string> {
  const { document } = await getDocument(factify, { document_id: documentId });
  return document.title;
}

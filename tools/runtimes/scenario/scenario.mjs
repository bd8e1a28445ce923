// The smoke scenario every runtime runs against the emulator, written once in plain JavaScript so
// Node, Bun and Deno execute it as is and esbuild bundles it for workerd and Chromium.
// It receives the SDK's exports as an argument, so each entry decides how they are loaded
// (ESM import, CommonJS require, or a bundle).

const MISSING_DOCUMENT = "doc_00000000000000000000000000";

/**
 * Creates a client, uploads two documents, walks the document list one item per page, reads one
 * document back and provokes a 404; returns what it saw, for the harness to assert.
 * @param {Record<string, any>} sdk exports of @factify/core and @factify/documents
 * @param {{ baseURL: string, token: string, runtime: string }} env where the emulator listens and who calls it
 */
export async function runScenario(sdk, env) {
  const { createFactify, isFactifyError, NotFoundError, createDocument, listDocuments, getDocument } = sdk;
  const client = createFactify({ bearerAuth: env.token, serverURL: env.baseURL });

  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${env.runtime} smoke test\n%%EOF\n`);
  const created = [];
  for (const suffix of ["A", "B"]) {
    const payload = new Blob([bytes], { type: "application/pdf" });
    const { document } = await createDocument(client, { payload, title: `${env.runtime} smoke ${suffix}` });
    created.push(document.id);
  }

  const listed = [];
  let pages = 0;
  for await (const page of listDocuments(client, { page_size: 1 })) {
    pages += 1;
    for (const doc of page.items) listed.push(doc.id);
  }

  const { document } = await getDocument(client, { document_id: created[0] });

  let error = null;
  try {
    await getDocument(client, { document_id: MISSING_DOCUMENT });
  } catch (e) {
    error = {
      name: e?.name,
      status: e?.status,
      isFactifyError: isFactifyError(e),
      isNotFoundError: e instanceof NotFoundError,
    };
  }

  return {
    runtime: env.runtime,
    created,
    pages,
    listed,
    got: { id: document.id, title: document.title },
    error,
  };
}

// Runs on Node 22+ with msw 3 (see msw-v3.test.ts): an application calling Factify at its default
// address, intercepted by setupServer(...factifyHandlers()) from the built package. Prints one
// JSON line with what it saw.
import { createFactify } from "@factify/core";
import { createDocument, listDocuments } from "@factify/documents";
import { samplePdf } from "@factify/mock-server";
import { factifyHandlers } from "@factify/mock-server/msw";
import { setupServer } from "msw/node";
import mswPackage from "msw/package.json" with { type: "json" };

const handlers = factifyHandlers();
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: "error" });
try {
  const factify = createFactify({ bearerAuth: handlers.mock.tokens.owner });
  const { document } = await createDocument(factify, { payload: new Blob([samplePdf("v3")], { type: "application/pdf" }), title: "Under msw 3" });
  const titles = [];
  for await (const doc of listDocuments(factify, { page_size: 100 }).items()) titles.push(doc.title);
  console.log(JSON.stringify({ node: process.versions.node, msw: mswPackage.version, created: document.id, titles }));
} finally {
  server.close();
}

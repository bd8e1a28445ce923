// Bulk export against a local emulator: upload a dozen contracts (the set-up), then export every
// document with four workers while the client paces itself to 10 requests per second.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFactify, isFactifyError, pacing } from "@factify/core";
import { createDocument } from "@factify/documents";
import { serve } from "@factify/mock-server/node";
import { exportAll } from "./export-all";

const encoder = new TextEncoder();

// Enough of a PDF for the emulator, which recognises files by their first bytes.
function tinyPdf(title: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`%PDF-1.4\n% ${title}\n%%EOF\n`);
}

async function main(): Promise<number> {
  const keep = process.argv[2];
  const folder = keep ?? (await mkdtemp(join(tmpdir(), "factify-export-")));
  if (keep) await mkdir(keep, { recursive: true });
  const server = await serve({ port: 0, host: "127.0.0.1", processingDelayMs: 0 });
  let requests = 0;
  let refused = 0;
  let skipped = 0;
  const factify = createFactify({
    serverURL: server.url,
    bearerAuth: server.mock.tokens.owner,
    // Well under the API's 1000 requests a minute: a long job leaves room for everything else using the key.
    rateLimit: pacing({ requestsPerWindow: 10, windowMs: 1000 }),
    hooks: {
      afterResponse(response) {
        requests += 1;
        if (response.status === 429) refused += 1;
      },
    },
  });
  try {
    for (let i = 1; i <= 12; i++) {
      await createDocument(factify, { payload: { data: tinyPdf(`Contract ${i}`), filename: `contract-${i}.pdf` }, title: `Supplier contract ${i}` });
    }
    console.log(`set-up: uploaded 12 contracts to ${server.url}`);

    const started = Date.now();
    requests = 0;
    const files = await exportAll(factify, folder, {
      concurrency: 4,
      onFile: (f) => console.log(`  ${f.document.title.padEnd(24)} -> ${f.path.slice(folder.length + 1)} (${f.bytes} bytes)`),
      onSkip: (d) => {
        skipped += 1;
        console.log(`  ${d.title.padEnd(24)} skipped: no export permission`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(`exported ${files.length} documents to ${folder} (${skipped} skipped)`);
    console.log(`${requests} API requests in ${seconds.toFixed(1)} s, paced at 10 per second; 429 responses: ${refused}`);
    return files.length > 0 && refused === 0 ? 0 : 1;
  } catch (error) {
    console.error(isFactifyError(error) ? `export failed: ${error.name} ${error.code}: ${error.message} (request ${error.requestId})` : error);
    return 1;
  } finally {
    await server.close();
    if (!keep) await rm(folder, { recursive: true, force: true });
  }
}

process.exitCode = await main();

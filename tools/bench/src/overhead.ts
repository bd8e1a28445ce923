// The SDK's own work per call, with the network taken out: the SDK and a bare `JSON.parse` both
// read canned Responses from an in-process fetch, interleaved call by call, and the difference
// within each pair of back-to-back calls (a trimmed mean over the pairs, see `pairedDifference`) is
// what the SDK adds (validation, headers, timeouts, retries bookkeeping).
// It moves far less between runs than the throughput ratios, so it is the figure to watch when
// changing the request path.
import { createFactify, type FetchLike } from "@factify/core";
import { getDocument, listDocuments } from "@factify/documents";
import { getDocumentBody, listDocumentsBody } from "./canned";
import { interleavedLatencies, pairedDifference, type Variant } from "./harness";

/** Microseconds the SDK adds to one call, for each call measured. */
export interface Overhead {
  getDocumentUs: number;
  listDocumentsUs: number;
  calls: number;
}

function cannedFetch(body: unknown): FetchLike {
  const text = JSON.stringify(body);
  return async () => new Response(text, { headers: { "content-type": "application/json" } });
}

async function added(sdk: Variant, bare: Variant, calls: number): Promise<number> {
  const [sdkMs, bareMs] = await interleavedLatencies(sdk, bare, { calls, concurrency: 1, warmup: Math.ceil(calls / 5) });
  return pairedDifference(sdkMs, bareMs) * 1000;
}

/** Measures what the SDK adds to `getDocument` and to a 50-document `listDocuments` page. */
export async function measureOverhead(calls: number): Promise<Overhead> {
  const options = { bearerAuth: "ffy_test_overhead", serverURL: "http://127.0.0.1:9", rateLimit: false } as const;
  const getFetch = cannedFetch(getDocumentBody());
  const listFetch = cannedFetch(listDocumentsBody(50));
  const getClient = createFactify({ ...options, fetch: getFetch });
  const listClient = createFactify({ ...options, fetch: listFetch });
  const bare = (fetch: FetchLike): Variant => ({ name: "bare", call: async () => JSON.parse(await (await fetch("http://127.0.0.1:9/")).text()) });
  const getDocumentUs = await added(
    { name: "sdk", call: () => getDocument(getClient, { document_id: "doc_0000000000000000000000000a" }) },
    bare(getFetch),
    calls,
  );
  const listDocumentsUs = await added(
    { name: "sdk", call: async () => (await listDocuments(listClient, { page_size: 50 })).items },
    bare(listFetch),
    Math.ceil(calls / 4),
  );
  return { getDocumentUs, listDocumentsUs, calls };
}

// The calls the benchmark compares: the SDK's standalone functions against a bare fetch + JSON.parse
// of the same URL, for one document and for a 50-document list page.
import { createFactify, type FactifyOptions } from "@factify/core";
import { getDocument, listDocuments } from "@factify/documents";
import type { Variant } from "./harness";

const TOKEN = "ffy_test_benchmark_token";
const DOCUMENT_ID = "doc_0000000000000000000000000a";

/** Bare-fetch baseline: what any hand-written client must do at least. */
function bare(url: string): () => Promise<unknown> {
  const init = { headers: { authorization: `Bearer ${TOKEN}`, accept: "application/json" } };
  return async () => {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`unexpected status ${response.status}`);
    return JSON.parse(await response.text());
  };
}

/**
 * Bare fetch that can time out: a fresh AbortController and timer per call, what any client with a
 * per-call timeout pays. Compared with plain bare fetch it shows how much of the SDK's gap is the
 * runtime's price for a cancellable request (Node's fetch links every signal it is given).
 */
function bareWithTimeout(url: string): () => Promise<unknown> {
  const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const response = await fetch(url, { headers, signal: controller.signal });
      if (!response.ok) throw new Error(`unexpected status ${response.status}`);
      return JSON.parse(await response.text());
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Bare fetch with a timeout signal vs bare fetch, for `getDocument`'s URL: the reference rows. */
export function timeoutVariants(baseURL: string): Variant[] {
  const url = `${baseURL}/v1beta/documents/${DOCUMENT_ID}`;
  return [
    { name: "fetch + timeout", call: bareWithTimeout(url) },
    { name: "fetch", call: bare(url) },
  ];
}

/** Options the benchmark runs the SDK with: defaults, except client-side pacing (see RESULTS.md). */
export function benchOptions(baseURL: string, overrides: Partial<FactifyOptions> = {}): FactifyOptions {
  const options: FactifyOptions = { bearerAuth: TOKEN, serverURL: baseURL, rateLimit: false, ...overrides };
  // `rateLimit: undefined` in overrides asks for the SDK's default pacing, so leave the key out.
  if (options.rateLimit === undefined) delete options.rateLimit;
  return options;
}

/** `getDocument` through the SDK vs bare fetch of the same document. */
export function getVariants(baseURL: string, overrides: Partial<FactifyOptions> = {}): Variant[] {
  const client = createFactify(benchOptions(baseURL, overrides));
  return [
    { name: "sdk", call: () => getDocument(client, { document_id: DOCUMENT_ID }) },
    { name: "fetch", call: bare(`${baseURL}/v1beta/documents/${DOCUMENT_ID}`) },
  ];
}

/** The first page of `listDocuments` (50 items) through the SDK vs bare fetch of the same page. */
export function listVariants(baseURL: string, overrides: Partial<FactifyOptions> = {}): Variant[] {
  const client = createFactify(benchOptions(baseURL, overrides));
  return [
    { name: "sdk", call: async () => (await listDocuments(client, { page_size: 50 })).items },
    { name: "fetch", call: bare(`${baseURL}/v1beta/documents?page_size=50`) },
  ];
}

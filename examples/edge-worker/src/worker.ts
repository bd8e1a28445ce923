// A Cloudflare-style module Worker that serves a read-only view of a Factify account. It imports only
// @factify/core and @factify/documents (standalone functions keep the bundle small) and uses nothing
// but web-standard APIs, so the same file runs in workerd, Deno, Bun or, as here, Node.
import { createFactify, type FactifyClient, isFactifyError, NotFoundError } from "@factify/core";
import { getDocument, listDocuments } from "@factify/documents";

/** Bindings the Worker expects: a Factify API key and, for local runs, the API's base URL. */
export interface Env {
  FACTIFY_TOKEN: string;
  FACTIFY_URL?: string;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body, null, 2), { status, headers: { "content-type": "application/json; charset=utf-8" } });
}

// One client per isolate and credential: the client holds the rate limiter every request shares.
let cached: { key: string; client: FactifyClient } | undefined;
function clientFor(env: Env): FactifyClient {
  const key = `${env.FACTIFY_URL ?? ""} ${env.FACTIFY_TOKEN}`;
  if (cached?.key !== key) cached = { key, client: createFactify({ bearerAuth: env.FACTIFY_TOKEN, serverURL: env.FACTIFY_URL }) };
  return cached.client;
}

async function route(request: Request, factify: FactifyClient): Promise<Response> {
  const url = new URL(request.url);
  if (request.method !== "GET") return json({ error: "method not allowed" }, 405);
  if (url.pathname === "/documents") {
    const pageSize = Number(url.searchParams.get("page_size") ?? "10");
    const pageToken = url.searchParams.get("page_token") ?? undefined;
    const page = await listDocuments(factify, { page_size: pageSize, page_token: pageToken });
    return json({
      documents: page.items.map((d) => ({ id: d.id, title: d.title, format: d.source_format, status: d.processing_status })),
      next_page_token: page.hasNextPage() ? page.pagination?.next_page_token : null,
    });
  }
  const match = /^\/documents\/([^/]+)$/.exec(url.pathname);
  if (match) {
    const { document } = await getDocument(factify, { document_id: match[1]! });
    return json({ id: document.id, title: document.title, description: document.description ?? null, url: document.url, updated_at: document.updated_at });
  }
  return json({ error: "not found" }, 404);
}

export default {
  /** Answers GET /documents (one page; ?page_size, ?page_token) and GET /documents/{id}. */
  async fetch(request: Request, env: Env): Promise<Response> {
    try {
      return await route(request, clientFor(env));
    } catch (error) {
      if (error instanceof NotFoundError) return json({ error: "no such document", request_id: error.requestId }, 404);
      // Bad ids are refused by the SDK before any request is sent.
      if (isFactifyError(error) && error.code === "invalid_request") return json({ error: error.message }, 400);
      if (isFactifyError(error)) return json({ error: error.code, request_id: error.requestId ?? null }, 502);
      throw error;
    }
  },
};

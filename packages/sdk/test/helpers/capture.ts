// A fetch double that records every request (method, URL, headers, body) and answers with a
// canned JSON body, so tests see exactly what the SDK put on the wire without a network.
import type { FetchLike } from "@factify/core";

/** One request as the server would have received it. */
export interface Captured {
  method: string;
  url: URL;
  headers: Headers;
  /** Raw body text for JSON requests; undefined without a body. */
  text: string | undefined;
  /** Parsed form data for multipart requests. */
  form: FormData | undefined;
}

/** A recording fetch plus its log. `respond` builds the answer for each request. */
export function captureFetch(respond: (req: Captured) => { status?: number; body: unknown; headers?: Record<string, string> }) {
  const calls: Captured[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const type = request.headers.get("content-type") ?? "";
    const captured: Captured = { method: request.method, url: new URL(request.url), headers: request.headers, text: undefined, form: undefined };
    if (type.startsWith("multipart/form-data")) captured.form = await request.formData();
    else if (request.body) captured.text = await request.text();
    calls.push(captured);
    const answer = respond(captured);
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { "content-type": "application/json", ...answer.headers },
    });
  };
  return { fetch, calls };
}

// A fetch double for the resource packages' unit tests: records what was sent and answers with JSON.
import { createFactify, type FactifyClient, type FactifyOptions } from "@factify/core";

/** One recorded request. */
export interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  json: unknown;
  form: FormData | undefined;
}

/** A client whose fetch records requests and answers with `answer(request)`: a Response as is, anything else as a 200 JSON body. */
export function fakeApi(answer: (sent: Sent) => unknown, options: FactifyOptions = {}): { client: FactifyClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = createFactify({
    bearerAuth: "test-token",
    rateLimit: false,
    retryConfig: false,
    ...options,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const type = request.headers.get("content-type") ?? "";
      const text = type.startsWith("multipart/") ? "" : await request.text();
      const record: Sent = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        json: text ? JSON.parse(text) : undefined,
        form: type.startsWith("multipart/") ? await request.formData() : undefined,
      };
      sent.push(record);
      const body = answer(record);
      if (body instanceof Response) return body;
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
    },
  });
  return { client, sent };
}

/** Valid ids in the API's TypeID format. */
export const ids = {
  doc: "doc_01h2xcejqtf2nbrexx3vqjhp41",
  ver: "ver_01h2xcejqtf2nbrexx3vqjhp42",
  org: "org_01h2xcejqtf2nbrexx3vqjhp43",
  user: "user_01h2xcejqtf2nbrexx3vqjhp44",
  bot: "bot_01h2xcejqtf2nbrexx3vqjhp45",
  key: "key_01h2xcejqtf2nbrexx3vqjhp46",
  pol: "pol_01h2xcejqtf2nbrexx3vqjhp47",
  acr: "acr_01h2xcejqtf2nbrexx3vqjhp48",
  inv: "inv_01h2xcejqtf2nbrexx3vqjhp49",
};

/** A Subject as the API returns it. */
export const subject = { id: ids.user, type: "user", name: "Ada Lovelace" };

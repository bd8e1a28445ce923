// One HTTP exchange: the runtime's fetch (or the injected one), called once, its body read as text;
// and how its failures read.
//
// Why plain fetch and not ofetch (which the SDK used first): ofetch cost about 3.6 KB gzip, some 45%
// of the whole transport, for an edge bundle whose budget is 8 KB including generated schemas; under
// `--platform=node` bundlers also pulled in node-fetch-native (43 KB gzip). And every feature it has
// was switched off or replaced here anyway: its retry (retry.ts decides), its error building (we keep
// the raw text of HTML pages and truncated JSON, see errors.ts), its response parsing, its base URL
// and query handling (invoke.ts, query.ts). What was left is the two things below.
import type { FetchLike } from "../types";

/** RequestInit as runtimes with request streams accept it. */
type Init = RequestInit & { duplex?: "half" };

let redirectError: Init | undefined | null = null;

/**
 * `{ redirect: "error" }` where the runtime accepts it. Node's fetch (undici) clones every request
 * whose redirect mode is not "error", teeing its body to do so, and the unread branch then buffers a
 * whole streamed upload in memory (https://github.com/nodejs/undici/issues/4058). An upload could not
 * follow a redirect anyway (a stream cannot be replayed) and the API does not redirect. Workers refuse
 * the value outright, hence the check.
 */
export function uploadFetchOptions(): Init | undefined {
  if (redirectError === null) {
    try {
      redirectError = new Request("http://localhost/", { redirect: "error" }).redirect === "error" ? { redirect: "error" } : undefined;
    } catch {
      redirectError = undefined;
    }
  }
  return redirectError;
}

/**
 * Sends one request and reads the whole response body. `upload` marks a body made by a stream
 * factory: it goes out with `redirect: "error"` (unless `init` says otherwise) and, when it is a
 * stream, with `duplex: "half"`, which fetch requires for streamed request bodies.
 * @throws whatever fetch throws, or reading the body does.
 */
export async function exchange(fetch: FetchLike | undefined, url: string, init: Init, upload: boolean): Promise<[Response, string]> {
  const body = init.body as { getReader?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
  if (upload) init = { ...uploadFetchOptions(), ...init, duplex: body?.getReader || body?.[Symbol.asyncIterator] ? "half" : undefined };
  // Never called as a method: `window.fetch` taken off its object throws "Illegal invocation" in
  // browsers when called with another `this`. The global is looked up per call so a fetch patched
  // after the client was made (instrumentation) is still used.
  const response = await (fetch ? fetch(url, init) : globalThis.fetch(url, init));
  return [response, await response.text()];
}

// Reading a fetch failure. Runtimes report "could not connect" differently: Node (undici) as a
// TypeError whose cause has code ECONNREFUSED/ENOTFOUND, Bun as code "ConnectionRefused", Deno in the
// message ("Connection refused (os error 111)", "dns error"). Browsers say only "Failed to fetch", which
// we must treat as "may have been sent".

/** Matches a description (see `describeFailure`) proving the request never reached the server. */
export const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|E(NET|HOST)UNREACH|UND_ERR_CONNECT_TIMEOUT|connection ?refused|dns error|failed to lookup/i;

/** Most causes followed along a chain: enough for undici's two levels, bounded for a chain that loops. */
export const MAX_CAUSES = 6;

/** A one-line description of a fetch failure: every message along its `cause` chain, with error codes. */
export function describeFailure(error: unknown): string {
  const parts = [];
  for (let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined, n = 0; e && n < MAX_CAUSES; n++, e = e.cause as typeof e) {
    parts.push(e.code ? `${e.message} (${e.code})` : (e.message ?? e));
  }
  return parts.join(": ");
}

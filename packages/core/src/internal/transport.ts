// One HTTP exchange through ofetch, with everything ofetch would decide for us switched off: no
// retries (src/retry.ts decides), no throwing on 4xx/5xx and no JSON guessing (we build the errors and
// must keep the raw text of HTML pages and truncated JSON), no timeout of its own (the caller's signal
// carries ours).
import { type $Fetch, FetchError } from "ofetch";

/** A response with its body read as text. */
export interface Exchange {
  response: Response;
  text: string;
}

/** A failed exchange. `responded` tells whether response headers had arrived before it failed. */
export class TransportFailure {
  constructor(
    readonly cause: unknown,
    readonly responded: boolean,
  ) {}
}

/** What one attempt sends. */
export interface Outgoing {
  method: string;
  headers: Headers;
  body?: BodyInit;
  signal: AbortSignal;
  fetchOptions?: Omit<RequestInit, "method" | "body" | "signal" | "headers">;
}

/**
 * Sends one request and reads the whole response body as text.
 * @throws TransportFailure when no complete response could be read.
 */
export async function exchange($fetch: $Fetch, url: string, out: Outgoing): Promise<Exchange> {
  try {
    const response = await $fetch.raw<string, "text">(url, {
      ...out.fetchOptions,
      method: out.method,
      headers: out.headers,
      body: out.body,
      signal: out.signal,
      retry: 0,
      ignoreResponseError: true,
      responseType: "text",
    });
    return { response, text: typeof response._data === "string" ? response._data : "" };
  } catch (error) {
    // ofetch wraps only failures of fetch() itself in a FetchError (before any response); a failure
    // while reading the body comes through unwrapped. Unwrapping also drops the FetchError's
    // `options`, which hold the Authorization header.
    if (error instanceof FetchError) throw new TransportFailure(error.cause ?? error, false);
    throw new TransportFailure(error, true);
  }
}

// Counts what reaches a fetch function, so a test can tell how many requests the emulator saw.
import type { FetchLike } from "@factify/core";

/** A fetch that forwards to `inner` and remembers every request it forwarded. */
export interface CountingFetch {
  fetch: FetchLike;
  /** "METHOD /path" of every request, in order. */
  readonly seen: string[];
}

/** Wraps `inner` (the emulator's fetch, or the runtime's over a real port). */
export function countRequests(inner: FetchLike): CountingFetch {
  const seen: string[] = [];
  return {
    seen,
    fetch(input, init) {
      const request = new Request(input, init);
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      return inner(input, init);
    },
  };
}

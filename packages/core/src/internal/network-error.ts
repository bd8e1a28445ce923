// Reading a fetch failure. Runtimes report "could not connect" differently: Node (undici) as a
// TypeError whose cause has code ECONNREFUSED/ENOTFOUND, Bun as code "ConnectionRefused", Deno in the
// message ("Connection refused (os error 111)", "dns error"). Browsers say only "Failed to fetch", which
// we must treat as "may have been sent".

/** Matches a description (see `describeFailure`) proving the request never reached the server. */
export const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|E(NET|HOST)UNREACH|UND_ERR_CONNECT_TIMEOUT|connection ?refused|dns error|failed to lookup/i;

/** A one-line description of a fetch failure: every message along its `cause` chain, with error codes. */
export function describeFailure(error: unknown): string {
  const parts = [];
  for (let e = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined, n = 0; e && n < 6; n++, e = e.cause as typeof e) {
    parts.push(e.code ? `${e.message} (${e.code})` : (e.message ?? e));
  }
  return parts.join(": ");
}

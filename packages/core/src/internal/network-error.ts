// Reading a fetch failure. Runtimes report "could not connect" differently: Node (undici) as a
// TypeError whose cause has code ECONNREFUSED/ENOTFOUND, Bun as code "ConnectionRefused", Deno in the
// message ("Connection refused (os error 111)", "dns error"). Browsers say only "Failed to fetch", which
// we must treat as "may have been sent".

const NOT_SENT =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|Connection refused|dns error|failed to lookup address/i;

function* causeChain(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  let current = error;
  for (let depth = 0; depth < 6 && typeof current === "object" && current !== null; depth++) {
    yield current as { code?: unknown; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** True when a fetch failure proves the request never reached the server (refused, DNS, unreachable). */
export function failedBeforeSending(error: unknown): boolean {
  for (const e of causeChain(error)) {
    if (typeof e.code === "string" && NOT_SENT.test(e.code)) return true;
    if (typeof e.message === "string" && NOT_SENT.test(e.message)) return true;
  }
  return false;
}

/** A one-line description of a fetch failure, including the innermost error code when there is one. */
export function describeFailure(error: unknown): string {
  let message = "";
  let code = "";
  for (const e of causeChain(error)) {
    if (!message && typeof e.message === "string" && e.message) message = e.message;
    if (typeof e.code === "string") code = e.code;
  }
  if (!message) message = String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

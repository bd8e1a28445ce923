// The API's view of a fleet: an HTTP server on 127.0.0.1 that records when each call arrives (the
// server counts arrivals, not grants), and can answer 429 to chosen calls like the real API would.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface Arrival {
  /** performance.now() of this (the test) process when the request arrived. */
  readonly at: number;
  readonly worker: string;
  /** Where the caller's slot came from: "redis" or "local". */
  readonly mode: string;
  readonly status: number;
}

export interface CountingServer {
  readonly url: string;
  readonly arrivals: Arrival[];
  close(): Promise<void>;
}

/** `answer429(n)` is asked for the n-th arrival (1-based); when it returns seconds, that call gets a 429 with `Retry-After`. */
export async function startCountingServer(answer429: (n: number) => number | undefined = () => undefined): Promise<CountingServer> {
  const arrivals: Arrival[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const at = performance.now();
    if (request.url === "/warm-up") {
      response.end();
      return;
    }
    const retryAfter = answer429(arrivals.length + 1);
    const status = retryAfter === undefined ? 200 : 429;
    arrivals.push({ at, worker: String(request.headers["x-worker"]), mode: String(request.headers["x-mode"]), status });
    request.resume();
    if (status === 429) response.writeHead(429, { "retry-after": String(retryAfter), "content-type": "application/json" });
    else response.writeHead(200, { "content-type": "application/json" });
    response.end(status === 429 ? '{"error":"rate_limited"}' : "{}");
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/v1/ping`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The most arrivals inside any window [t, t + windowMs) that starts at an arrival at or after `from`. */
export function busiestWindow(arrivals: readonly Arrival[], windowMs: number, from = -Infinity): { count: number; startsAt: number } {
  const times = arrivals.map((a) => a.at).sort((a, b) => a - b);
  let best = { count: 0, startsAt: Number.NaN };
  for (let i = 0, j = 0; i < times.length; i++) {
    if (times[i]! < from) continue;
    j = Math.max(j, i);
    while (j < times.length && times[j]! < times[i]! + windowMs) j++;
    if (j - i > best.count) best = { count: j - i, startsAt: times[i]! };
  }
  return best;
}

// A stand-in for the Factify API that only does what this example is about: it allows a token
// `limit` requests in any `windowMs` (counting the calls it accepts) and answers 429 with
// Retry-After beyond that. Every other request gets `{}`.
import { createServer } from "node:http";

export interface StandInApi {
  readonly url: string;
  readonly served: number;
  readonly rejected: number;
  close(): Promise<void>;
}

export async function startStandInApi(limit: number, windowMs: number): Promise<StandInApi> {
  const arrivals = new Map<string, number[]>(); // token -> arrival times in the current window
  let served = 0;
  let rejected = 0;
  const server = createServer((request, response) => {
    const token = request.headers.authorization ?? "";
    const now = Date.now();
    const recent = (arrivals.get(token) ?? []).filter((t) => t > now - windowMs);
    arrivals.set(token, recent);
    request.resume();
    if (recent.length >= limit) {
      // Like the API, a rejected call does not use up the budget; it is told when a slot frees up.
      rejected++;
      const retryAfter = Math.ceil((recent[recent.length - limit]! + windowMs - now) / 1000);
      response.writeHead(429, { "content-type": "application/json", "retry-after": String(Math.max(1, retryAfter)) });
      response.end(JSON.stringify({ error: { code: "rate_limited", message: "Too many requests" } }));
      return;
    }
    recent.push(now);
    served++;
    response.writeHead(200, { "content-type": "application/json" });
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    get served() {
      return served;
    },
    get rejected() {
      return rejected;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

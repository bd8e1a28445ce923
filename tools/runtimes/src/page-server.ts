// Serves the browser smoke page and its bundle on 127.0.0.1, and forwards every other request to
// the emulator, so the page talks to the API on its own origin (no CORS involved).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A running page server: its origin and a way to stop it. */
export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

const page = `<!doctype html><html><head><meta charset="utf-8"><title>factify smoke</title></head>
<body><script type="module" src="/bundle.js"></script></body></html>`;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function forward(req: IncomingMessage, res: ServerResponse, apiOrigin: string): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string" && name !== "host" && name !== "connection") headers.set(name, value);
  }
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
  const upstream = await fetch(new URL(req.url ?? "/", apiOrigin), {
    method: req.method,
    headers,
    body: body ? new Uint8Array(body) : undefined,
  });
  const out: Record<string, string> = {};
  upstream.headers.forEach((value, name) => {
    // fetch already decoded the body, so length and encoding headers no longer describe it.
    if (name !== "content-encoding" && name !== "content-length" && name !== "transfer-encoding") out[name] = value;
  });
  res.writeHead(upstream.status, out);
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

/** Starts the page server with `bundle` as /bundle.js, proxying the API to `apiOrigin`. */
export function startPageServer(bundle: string, apiOrigin: string): Promise<PageServer> {
  const server = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else if (req.url === "/bundle.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle);
    } else {
      forward(req, res, apiOrigin).catch((error: unknown) => {
        res.writeHead(502, { "content-type": "text/plain" }).end(`proxy error: ${String(error)}`);
      });
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

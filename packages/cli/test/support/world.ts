// The world a CLI test runs in: the emulator behind a small recording HTTP front (every API request
// is logged, with the most uploads seen in flight at once), and a separate "storage" server that
// serves the exported files (the emulator's export URLs point at it), records every download with
// its headers, and can hold a download half-sent (for Ctrl-C tests).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createMockFactify, type MockFactify } from "@factify/mock-server";

/** One request a server saw. */
export interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
}

/** A running world. */
export interface World {
  /** Base URL of the API (FACTIFY_SERVER_URL). */
  url: string;
  mock: MockFactify;
  /** Every API request, in order. */
  requests: Seen[];
  /** Most document uploads the API was receiving at the same time. */
  maxUploadsInFlight: number;
  /** Every request to the storage server, in order. */
  downloads: Seen[];
  /** The next this-many downloads are answered 503 (to see ofetch's retry). */
  failDownloads: number;
  /** While set, downloads send half of the body and then hang until released (or the client leaves). */
  hold: boolean;
  /** Resolves when a held download has sent its first half. */
  nextHeld(): Promise<void>;
  /** Ends every held download (the connection is destroyed) and stops holding. */
  release(): void;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function reply(res: ServerResponse, answer: Response): Promise<void> {
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const bytes = new Uint8Array(await answer.arrayBuffer());
  res.writeHead(answer.status, { ...headers, "content-length": String(bytes.length) });
  res.end(bytes);
}

function seen(req: IncomingMessage): Seen {
  return { method: req.method ?? "GET", path: req.url ?? "", authorization: req.headers.authorization };
}

/** Starts the emulator (seeded, processing instant) and the storage server. */
export async function startWorld(): Promise<World> {
  let mock: MockFactify | undefined;
  let uploads = 0;
  const held = new Set<() => void>();
  const waiters: Array<() => void> = [];
  const world = { requests: [], downloads: [], hold: false, failDownloads: 0, maxUploadsInFlight: 0 } as unknown as World;

  const storage = createServer(async (req, res) => {
    world.downloads.push(seen(req));
    if (world.failDownloads > 0) {
      world.failDownloads--;
      res.writeHead(503, { "content-type": "text/plain" }).end("storage busy");
      return;
    }
    let answer: Response;
    let bytes: Uint8Array;
    try {
      answer = await mock!.fetch(new Request(`http://storage${req.url}`));
      bytes = new Uint8Array(await answer.arrayBuffer());
    } catch {
      // An injected fault (drop, truncated body): the client sees the connection cut.
      res.destroy();
      return;
    }
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/octet-stream", "content-length": bytes.length });
    if (!world.hold) {
      res.end(bytes);
      return;
    }
    res.flushHeaders();
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    held.add(() => res.destroy());
    for (const wake of waiters.splice(0)) wake();
  });
  const storageUrl = await listen(storage);
  mock = createMockFactify({ baseUrl: storageUrl, processingDelayMs: 0 });

  const api = createServer(async (req, res) => {
    world.requests.push(seen(req));
    const upload = req.method === "POST" && req.url === "/v1beta/documents";
    if (upload) world.maxUploadsInFlight = Math.max(world.maxUploadsInFlight, ++uploads);
    try {
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
      } as RequestInit);
      await reply(res, await mock!.fetch(request));
    } catch {
      res.destroy();
    } finally {
      if (upload) uploads--;
    }
  });
  const url = await listen(api);

  return Object.assign(world, {
    url,
    mock,
    nextHeld: () => new Promise<void>((resolve) => waiters.push(resolve)),
    release() {
      world.hold = false;
      for (const end of held) end();
      held.clear();
    },
    async close() {
      world.release();
      for (const server of [storage, api]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  });
}

// Node-only entry (`@factify/mock-server/node`): serve the emulator over node:http, with real
// dropped connections and truncated bodies, and optional persistence to a JSON file.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createMockFactify, type MockFactify, type MockFactifyOptions } from "./mock";

/** Options of serve. */
export interface ServeOptions extends MockFactifyOptions {
  /** Port to listen on; 0 picks a free one (default 4010). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** An existing emulator to serve (its own options win over the ones here). */
  mock?: MockFactify;
  /** JSON file to load the state from at start and save it to after changes and on close. */
  dataFile?: string;
  /** Delay before a change is written to dataFile (ms, default 50). */
  saveDelayMs?: number;
}

/** A running server. */
export interface MockServer {
  /** Base URL, e.g. http://127.0.0.1:4010 */
  url: string;
  port: number;
  mock: MockFactify;
  /** Saves the data file (if any), stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, base: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", base), {
    method,
    headers,
    signal,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Node's fetch needs this for streamed request bodies.
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

function writeHead(res: ServerResponse, response: Response, contentLength?: number): void {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  if (contentLength !== undefined) headers["content-length"] = String(contentLength);
  res.writeHead(response.status, headers);
}

function saveAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Starts the emulator on a port; resolves once it listens. */
export async function serve(options: ServeOptions = {}): Promise<MockServer> {
  const mock = options.mock ?? createMockFactify(options);
  const dataFile = options.dataFile;
  if (dataFile && existsSync(dataFile)) mock.restore(readFileSync(dataFile, "utf8"));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (dataFile) saveAtomically(dataFile, mock.snapshot());
  };
  const unsubscribe = dataFile
    ? mock.onChange(() => {
        if (!timer) timer = setTimeout(save, options.saveDelayMs ?? 50);
      })
    : () => {};
  if (dataFile && !existsSync(dataFile)) save();

  let base = "http://127.0.0.1";
  const server = createServer(async (req, res) => {
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) abort.abort(new Error("client went away"));
    });
    try {
      const result = await mock.dispatch(toRequest(req, base, abort.signal));
      if (result.type === "drop") {
        req.socket.destroy();
        return;
      }
      if (result.type === "truncate") {
        const bytes = new Uint8Array(await result.response.arrayBuffer());
        writeHead(res, result.response, bytes.length);
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
        return;
      }
      const bytes = new Uint8Array(await result.response.arrayBuffer());
      writeHead(res, result.response, bytes.length);
      res.end(bytes);
    } catch {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: "internal", message: "the emulator failed to answer", details: [{ reason: "internal_error" }] }));
      } else res.destroy();
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  base = `http://${host}:${addr.port}`;
  return {
    url: base,
    port: addr.port,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        unsubscribe();
        save();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export { createMockFactify, type MockFactify, type MockFactifyOptions } from "./mock";

// Node-only entry (`@factify/mock-server/node`): serve the emulator over node:http, with real
// dropped connections and truncated bodies, and optional persistence to a JSON file.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { writeFileAtomically } from "./internal/node/atomic-write";
import { readDataFile, restoreDataFile, unwritable } from "./internal/node/data-file";
import { createMockFactify, type MockFactify, type MockFactifyOptions } from "./mock";

export { MockDataFileError, type DataFileProblem } from "./internal/node/data-file";

/** Options of serve. */
export interface ServeOptions extends MockFactifyOptions {
  /** Port to listen on; 0 picks a free one (default 4010). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** An existing emulator to serve (its own options win over the ones here). */
  mock?: MockFactify;
  /**
   * JSON file to load the state from at start and save it to after changes and on close. Saves
   * are atomic (a temporary file renamed over it). A file that cannot be used makes `serve`
   * reject with a MockDataFileError and stay untouched.
   */
  dataFile?: string;
  /** Delay before a change is written to dataFile (ms, default 50). */
  saveDelayMs?: number;
  /** Called when saving dataFile fails while serving (default: a line on stderr); serving goes on. */
  onSaveError?: (error: unknown) => void;
}

/** The server could not listen: the port is taken, or binding it is not allowed. */
export class MockServerListenError extends Error {
  override readonly name = "MockServerListenError";
  constructor(
    readonly port: number,
    readonly host: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(listenProblem(port, host, code), options);
  }
}

function listenProblem(port: number, host: string, code: string | undefined): string {
  if (code === "EADDRINUSE") return `port ${port} on ${host} is already in use`;
  if (code === "EACCES") return `no permission to listen on port ${port} on ${host} (ports below 1024 usually need root)`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `cannot listen on ${host}: no such local address`;
  return `cannot listen on ${host}:${port}${code ? ` (${code})` : ""}`;
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

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new MockServerListenError(port, host, error.code, { cause: error }));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/**
 * Starts the emulator on a port; resolves once it listens. Rejects with a MockDataFileError when
 * `dataFile` cannot be used and with a MockServerListenError when the port cannot be had; in
 * both cases nothing has been written to `dataFile`.
 */
export async function serve(options: ServeOptions = {}): Promise<MockServer> {
  const mock = options.mock ?? createMockFactify(options);
  const dataFile = options.dataFile;
  // Read and check the file before anything can write to it.
  const saved = dataFile ? readDataFile(dataFile) : undefined;
  if (dataFile && saved !== undefined) restoreDataFile(dataFile, saved, (text) => mock.restore(text));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dataFile) return;
    try {
      writeFileAtomically(dataFile, mock.snapshot());
    } catch (e) {
      throw unwritable(dataFile, e);
    }
  };
  const onSaveError = options.onSaveError ?? ((e: unknown) => process.stderr.write(`factify-mock: ${e instanceof Error ? e.message : String(e)}\n`));
  const saveInBackground = () => {
    try {
      save();
    } catch (e) {
      onSaveError(e);
    }
  };

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
  await listen(server, options.port ?? 4010, options.host ?? "127.0.0.1");
  if (dataFile && saved === undefined) {
    // A new data file: create it now, so a wrong directory shows up at start, not at the first change.
    try {
      save();
    } catch (e) {
      server.close();
      throw e;
    }
  }
  const unsubscribe = dataFile
    ? mock.onChange(() => {
        if (!timer) timer = setTimeout(saveInBackground, options.saveDelayMs ?? 50);
      })
    : () => {};
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

// Downloads an exported file (a short-lived URL on a storage host) with ofetch: its retry covers
// failed connections and 5xx/429 answers; the body streams to a temporary file beside the target,
// hashed on the way, and is renamed to the final name only once every byte arrived. The request
// carries no Authorization header: the URL is its own credential and must not learn our key.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ofetch } from "ofetch";

/** What a finished download wrote. */
export interface Downloaded {
  path: string;
  size: number;
  sha256: string;
}

/** Options of `downloadToFile`. */
export interface DownloadOptions {
  /** Extra headers the export response asked for (signed-URL headers); Authorization is dropped. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Called as bytes arrive, with the running total and the expected size when the server gave one. */
  onBytes?(loaded: number, total: number | undefined): void;
  /** Retries of the request (connection failures, 408/429/5xx). Default 3. */
  retry?: number;
  /** Delay between retries in ms. Default 500. */
  retryDelay?: number;
}

/** Prefix of temporary files, so a later run can recognise and remove leftovers of a killed one. */
export const PARTIAL_PREFIX = ".factify-partial-";

/** The temporary name used while downloading `target`. */
export function partialPath(target: string): string {
  return join(dirname(target), `${PARTIAL_PREFIX}${randomBytes(4).toString("hex")}-${basename(target)}`);
}

function safeHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== "authorization" && name.toLowerCase() !== "cookie") out[name] = value;
  }
  return out;
}

/**
 * Downloads `url` to `target`. On any failure or abort the temporary file is removed and nothing
 * exists under `target` that was not there before.
 * @throws the ofetch error (with the HTTP status) or the abort reason; Error when the body ended
 * before the announced Content-Length.
 */
export async function downloadToFile(url: string, target: string, options: DownloadOptions = {}): Promise<Downloaded> {
  const temp = partialPath(target);
  try {
    const response = await ofetch.raw<ReadableStream<Uint8Array>, "stream">(url, {
      responseType: "stream",
      headers: safeHeaders(options.headers),
      signal: options.signal,
      retry: options.retry ?? 3,
      retryDelay: options.retryDelay ?? 500,
      retryStatusCodes: [408, 425, 429, 500, 502, 503, 504],
    });
    const body = response._data;
    if (!body) throw new Error(`the download of ${basename(target)} had no body`);
    const announced = Number(response.headers.get("content-length") ?? Number.NaN);
    const total = Number.isFinite(announced) ? announced : undefined;
    const hash = createHash("sha256");
    let loaded = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        loaded += chunk.length;
        options.onBytes?.(loaded, total);
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream), meter, createWriteStream(temp, { flags: "wx" }), {
      signal: options.signal,
    });
    if (total !== undefined && loaded !== total) throw new Error(`the download of ${basename(target)} stopped after ${loaded} of ${total} bytes`);
    await rename(temp, target);
    return { path: target, size: loaded, sha256: hash.digest("hex") };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

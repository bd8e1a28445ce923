// A 200 MB upload from a generated async iterable goes through a real HTTP server on loopback,
// and the heap (JS objects plus ArrayBuffers) never grows anywhere near the file size.
import { type ChildProcess, spawn } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFactify } from "../../src/client";
import { toMultipartParts } from "../../src/internal/multipart";
import { prepareMultipartBody } from "../../src/internal/multipart-body";
import { upload } from "../../src/upload";
import type { OperationDescriptor } from "../../src/operation";

const FILE_SIZE = 200 * 1024 * 1024;
const CHUNK = 64 * 1024;
const LIMIT = 30 * 1024 * 1024;

// The server runs in its own process so that its buffers do not count in this process's numbers.
const SERVER = `
  const { createServer } = require("node:http");
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on("data", (chunk) => { bytes += chunk.byteLength; });
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ bytes, contentType: req.headers["content-type"] }));
    });
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port)));
`;

let server: ChildProcess;
let baseURL: string;

beforeAll(async () => {
  server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    server.once("error", reject);
    server.stdout!.once("data", (data: Buffer) => resolve(String(data).trim()));
  });
  baseURL = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.kill();
});

// A full collection before each sample, so the numbers show what is retained rather than garbage
// the collector has not reached yet. `--expose-gc` can be switched on at run time.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Generates `size` bytes in fresh chunks (so anything retained shows up), sampling memory every 20 MB. */
function generated(size: number, probe: { base: number; peak: number }) {
  return (async function* () {
    for (let sent = 0, n = 0; sent < size; sent += CHUNK, n++) {
      if (n % 320 === 0) {
        gc();
        probe.peak = Math.max(probe.peak, used() - probe.base);
      }
      const chunk = new Uint8Array(Math.min(CHUNK, size - sent));
      chunk[0] = n & 0xff;
      yield chunk;
    }
  })();
}

function settle() {
  gc();
  return new Promise((r) => setTimeout(r, 20));
}

describe("streamed uploads", () => {
  it("sends 200 MB through fetch with a stream body while memory stays under 30 MB", async () => {
    await settle();
    const probe = { base: used(), peak: 0 };
    const parts = toMultipartParts({ title: "big", payload: { data: generated(FILE_SIZE, probe), filename: "big.bin", size: FILE_SIZE } }, ["payload"]);
    const body = await prepareMultipartBody(parts);
    const attempt = body.create();
    expect(attempt.body).toBeInstanceOf(ReadableStream);
    // redirect: "error" as upload() sets it: otherwise Node's fetch tees the body and keeps a copy of
    // every chunk (https://github.com/nodejs/undici/issues/4058).
    const init = { method: "POST", body: attempt.body, headers: attempt.headers, duplex: "half", redirect: "error" };
    const response = await fetch(`${baseURL}/raw`, init as RequestInit);
    const { bytes } = (await response.json()) as { bytes: number };
    expect(bytes).toBe(Number(attempt.headers["content-length"]));
    expect(bytes).toBeGreaterThan(FILE_SIZE);
    expect(probe.peak).toBeLessThan(LIMIT);
  });

  it("sends 200 MB through upload() and the transport while memory stays under 30 MB", async () => {
    const createDocument: OperationDescriptor<any, { bytes: number; contentType: string }> = {
      id: "createDocument",
      method: "POST",
      path: "/v1beta/documents",
      body: "multipart",
      fileParams: ["payload"],
    };
    const client = createFactify({ bearerAuth: "t", serverURL: baseURL, rateLimit: false, timeoutMs: 120_000 });
    await settle();
    const probe = { base: used(), peak: 0 };
    let lastProgress = 0;
    const result = await upload(
      client,
      createDocument,
      { title: "big", payload: { data: generated(FILE_SIZE, probe), filename: "big.bin", size: FILE_SIZE } },
      { onUploadProgress: (p) => (lastProgress = p.loaded) },
    );
    expect(result.bytes).toBeGreaterThan(FILE_SIZE);
    expect(lastProgress).toBe(result.bytes);
    expect(result.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(probe.peak).toBeLessThan(LIMIT);
  });
});

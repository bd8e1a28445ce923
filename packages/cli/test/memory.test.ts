// A 200 MB upload streams from disk: the CLI's memory stays flat instead of growing with the file.
// The emulator keeps uploads in memory and caps them at 32 MiB, so this test talks to a sink server
// that reads the multipart body as it arrives, counts and hashes it, and answers with a response
// the emulator gave for a small upload.
import { createHash } from "node:crypto";
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createFactify } from "@factify/core";
import { createDocument } from "@factify/documents";
import { createMockFactify, samplePdf } from "@factify/mock-server";
import { afterAll, expect, it } from "vitest";
import { removeTempDirs, tempDir } from "./support/temp";
import { baseEnv, freshHome, runCli } from "./support/run-cli";

const MiB = 1024 * 1024;
const SIZE = 200 * MiB;

async function writeBigFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  const out = createWriteStream(path);
  const head = samplePdf("Big");
  const block = new Uint8Array(MiB);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
  hash.update(head);
  out.write(head);
  let written = head.length;
  while (written < SIZE) {
    const chunk = block.subarray(0, Math.min(MiB, SIZE - written));
    hash.update(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    written += chunk.length;
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return hash.digest("hex");
}

it("uploads a 200 MB file with a steady memory footprint", { timeout: 120_000 }, async () => {
  const mock = createMockFactify();
  const sample = await createDocument(createFactify({ bearerAuth: mock.tokens.owner!, fetch: mock.fetch, serverURL: "http://emulator" }), {
    title: "Big",
    payload: new Blob([samplePdf("Big")], { type: "application/pdf" }),
  });

  let received = 0;
  let contentLength = 0;
  let tail = "";
  const sink = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/v1beta/documents") {
      res.writeHead(404).end();
      return;
    }
    contentLength = Number(req.headers["content-length"] ?? 0);
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      tail = (tail + chunk.subarray(-200).toString("latin1")).slice(-200);
    });
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_sink" });
      res.end(JSON.stringify(sample));
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;

  const dir = tempDir("big");
  try {
    const file = join(dir, "big.pdf");
    await writeBigFile(file);
    const memoryFile = join(dir, "memory.json");
    const r = await runCli(["documents", "upload", file, "--json"], {
      env: baseEnv(freshHome(), { FACTIFY_API_KEY: "ffy_test_sink", FACTIFY_SERVER_URL: url, FACTIFY_TEST_MEMORY_FILE: memoryFile }),
      nodeArgs: ["--import", join(import.meta.dirname, "support", "memory-probe.mjs")],
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ done: 1, failed: 0, bytes: SIZE });
    // Every byte of the file arrived, framed as multipart with a declared length.
    expect(received).toBeGreaterThan(SIZE);
    expect(received).toBe(contentLength);
    expect(tail).toMatch(/--[-\w]+--\r\n$/);
    const peak = JSON.parse(readFileSync(memoryFile, "utf8")) as { rss: number; heapUsed: number; arrayBuffers: number };
    // Holding the file would need 200 MiB or more; streaming stays within a small working set.
    expect(peak.rss).toBeLessThan(160 * MiB);
    expect(peak.heapUsed).toBeLessThan(64 * MiB);
    // Measured: about 30 MiB of buffers in flight for 50, 200 and 400 MiB files alike (stream and socket
    // buffers awaiting GC), so the bound is the same whatever the size.
    expect(peak.arrayBuffers).toBeLessThan(64 * MiB);
    console.log(`200 MiB upload: peak rss ${(peak.rss / MiB).toFixed(0)} MiB, heap ${(peak.heapUsed / MiB).toFixed(0)} MiB, buffers ${(peak.arrayBuffers / MiB).toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    sink.closeAllConnections();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  }
});

afterAll(removeTempDirs);

// Starts the benchmark server as a child process and resolves with its base URL.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getDocumentBody, listDocumentsBody } from "./canned";

/** A running benchmark server. */
export interface BenchServer {
  url: string;
  close(): void;
}

/** Spawns src/server-process.mjs with the canned bodies and waits for the port it prints. */
export function startServer(): Promise<BenchServer> {
  const file = join(mkdtempSync(join(tmpdir(), "factify-bench-")), "bodies.json");
  writeFileSync(file, JSON.stringify({ get: getDocumentBody(), list: listDocumentsBody(50) }));
  const script = join(dirname(fileURLToPath(import.meta.url)), "server-process.mjs");
  const child: ChildProcess = spawn(process.execPath, [script, file], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`benchmark server exited early with code ${code}`)));
    child.stdout!.once("data", (chunk: Buffer) => {
      resolve({ url: `http://127.0.0.1:${chunk.toString().trim()}`, close: () => child.kill() });
    });
  });
}

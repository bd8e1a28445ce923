// A throwaway redis-server for the example: a free loopback port, a temporary directory, nothing saved.
// In a real deployment the application already runs Redis and only passes its client to the store.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether a redis-server binary can be run here. */
export function haveRedisServer(): boolean {
  const probe = spawnSync("redis-server", ["--version"]);
  return !probe.error && probe.status === 0;
}

/** Starts redis-server and resolves with its URL and a stop function once it accepts connections. */
export async function startRedisServer(): Promise<{ url: string; stop(): void }> {
  // redis-server cannot pick its own port (no "--port 0"): take a free one from the OS first.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));

  const dir = mkdtempSync(join(tmpdir(), "fleet-pacing-"));
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  child.stdout.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop() {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

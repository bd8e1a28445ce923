// A throwaway redis-server for the tests: a free loopback port, its own temporary directory, no
// persistence, and stop/kill/restart so that tests can take Redis away mid-run.
// redis-server has no "--port 0", so a free port is found by binding one first and releasing it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Kills the server at once (SIGKILL): clients see the connection drop, nothing is saved. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (as after a crash with no persistence). */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  close(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER ?? "redis-server";

/** Throws with the install command when redis-server is missing: these tests need the real server. */
export function requireRedisServer(): void {
  const probe = spawnSync(BINARY, ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${BINARY} was not found: install it (Debian: apt-get install -y redis-server) or set REDIS_SERVER`);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts a redis-server on a free port and waits until it accepts connections. */
export async function startRedisServer(): Promise<RedisServer> {
  requireRedisServer();
  const dir = mkdtempSync(join(tmpdir(), "factify-redis-"));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    let output = "";
    child = spawn(
      BINARY,
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    const exited = new Promise<never>((_, reject) =>
      child?.once("exit", (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`))),
    );
    exited.catch(() => {});
    await Promise.race([waitUntilAccepting(port), exited]);
  };

  const kill = async (): Promise<void> => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once("exit", () => resolve());
      c.kill("SIGKILL");
    });
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    async close() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilAccepting(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.write("PING\r\n");
      });
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not accept connections within 10 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

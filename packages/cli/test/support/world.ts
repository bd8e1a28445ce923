// The world a CLI test runs in: the emulator on a port, and a separate "storage" server that serves
// the exported files (the emulator's URLs point at it), records every download with its headers,
// and can hold a download half-sent (for Ctrl-C tests) or fail it.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockFactify, type MockFactify } from "@factify/mock-server";
import { type MockServer, serve } from "@factify/mock-server/node";

/** One request the storage server saw. */
export interface DownloadRecord {
  path: string;
  authorization: string | undefined;
}

/** A running world. */
export interface World {
  api: MockServer;
  mock: MockFactify;
  /** Every request to the storage server, in order. */
  downloads: DownloadRecord[];
  /** While set, downloads send half of the body and then hang until released (or the client leaves). */
  hold: boolean;
  /** Resolves when the next held download has sent its first half. */
  nextHeld(): Promise<void>;
  /** Ends every held download (the connection is destroyed) and stops holding. */
  release(): void;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts the emulator (seeded, processing instant) and the storage server. */
export async function startWorld(): Promise<World> {
  let mock: MockFactify | undefined;
  const held = new Set<() => void>();
  const waiters: Array<() => void> = [];
  const world = {
    downloads: [] as DownloadRecord[],
    hold: false,
  } as World;
  const storage = createServer(async (req: IncomingMessage, res) => {
    world.downloads.push({ path: req.url ?? "", authorization: req.headers.authorization });
    const answer = await mock!.fetch(new Request(`http://storage${req.url}`));
    const bytes = new Uint8Array(await answer.arrayBuffer());
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/octet-stream", "content-length": bytes.length });
    if (!world.hold) {
      res.end(bytes);
      return;
    }
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    held.add(() => res.destroy());
    for (const wake of waiters.splice(0)) wake();
  });
  const storageUrl = await listen(storage);
  mock = createMockFactify({ baseUrl: storageUrl, processingDelayMs: 0 });
  const api = await serve({ port: 0, mock });
  return Object.assign(world, {
    api,
    mock,
    nextHeld: () => new Promise<void>((resolve) => waiters.push(resolve)),
    release() {
      world.hold = false;
      for (const end of held) end();
      held.clear();
    },
    async close() {
      world.release();
      storage.closeAllConnections();
      await new Promise<void>((resolve) => storage.close(() => resolve()));
      await api.close();
    },
  });
}

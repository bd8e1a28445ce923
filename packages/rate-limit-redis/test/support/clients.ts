// Connected clients of both kinds (and of the older majors this package also supports), with the
// settings an application that wants quick recovery would use: reconnect every 50 ms.
import IoredisV6 from "ioredis";
import IoredisV5 from "ioredis-v5";
import { createClient as createClientV6 } from "redis";
import { createClient as createClientV4 } from "redis-v4";
import type { RedisClientLike } from "../../src/options";

export type ClientKind = "ioredis" | "ioredis-v5" | "node-redis" | "node-redis-v4";

export interface TestClient {
  readonly client: RedisClientLike;
  /** Keys, values and TTLs through the same connection, for assertions. */
  raw(command: string[]): Promise<unknown>;
  close(): Promise<void>;
}

/** Connects a client of `kind` to `url`; connection errors are swallowed as an application's logger would. */
export async function connect(kind: ClientKind, url: string): Promise<TestClient> {
  if (kind === "ioredis" || kind === "ioredis-v5") {
    const Redis = kind === "ioredis" ? IoredisV6 : IoredisV5;
    const client = new Redis(url, { retryStrategy: () => 50, maxRetriesPerRequest: null, lazyConnect: true });
    client.on("error", () => {});
    await client.connect();
    return {
      client,
      raw: (command) => client.call(command[0]!, ...command.slice(1)),
      close: async () => {
        client.disconnect();
      },
    };
  }
  const createClient = kind === "node-redis" ? createClientV6 : createClientV4;
  const client = createClient({ url, socket: { reconnectStrategy: () => 50 } });
  client.on("error", () => {});
  await client.connect();
  return {
    client: client as unknown as RedisClientLike,
    raw: (command) => client.sendCommand(command),
    close: async () => {
      // destroy() (v5+) or disconnect() (v4): close at once, without waiting for queued commands.
      const c = client as unknown as { destroy?: () => void; disconnect?: () => Promise<void> };
      if (c.destroy) c.destroy();
      else await c.disconnect?.().catch(() => {});
    },
  };
}

// Connected clients of both kinds (and of the older majors this package also supports), with the
// settings an application that wants quick recovery would use: reconnect every 50 ms.
// Each client is imported only when asked for: worker processes load one, not four.
import type { RedisClientLike } from "../../src/options";

export type ClientKind = "ioredis" | "ioredis-v5" | "node-redis" | "node-redis-v5" | "node-redis-v4";

export interface TestClient {
  readonly client: RedisClientLike;
  /** Keys, values and TTLs through the same connection, for assertions. */
  raw(command: string[]): Promise<unknown>;
  close(): Promise<void>;
}

/** Connects a client of `kind` to `url`; connection errors are swallowed as an application's logger would. */
export async function connect(kind: ClientKind, url: string): Promise<TestClient> {
  if (kind === "ioredis" || kind === "ioredis-v5") {
    // Both majors construct the same way; typed as v6 since their overloads do not unify.
    const Redis = (kind === "ioredis" ? await import("ioredis") : ((await import("ioredis-v5")) as unknown as typeof import("ioredis"))).default;
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
  const { createClient } =
    kind === "node-redis"
      ? await import("redis")
      : ((kind === "node-redis-v5" ? await import("redis-v5") : await import("redis-v4")) as unknown as typeof import("redis"));
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

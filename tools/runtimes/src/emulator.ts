// Starts the Factify emulator from the built @factify/mock-server on 127.0.0.1 and a free port.
import { serve } from "@factify/mock-server/node";

/** A running emulator: its base URL, an owner token, and a way to stop it. */
export interface RunningEmulator {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Starts a fresh emulator (its own in-memory state) and resolves once it accepts connections. */
export async function startEmulator(): Promise<RunningEmulator> {
  const server = await serve({ port: 0, host: "127.0.0.1" });
  const token = server.mock.tokens.owner;
  if (!token) {
    await server.close();
    throw new Error("the emulator seeded no owner token (mock.tokens.owner)");
  }
  return {
    url: server.url,
    token,
    close: async () => {
      await server.close();
    },
  };
}

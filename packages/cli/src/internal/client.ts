// Builds the SDK client for a command: the key from --api-key, FACTIFY_API_KEY or the saved login (in
// that order), the server from --server-url, FACTIFY_SERVER_URL or the login. The key is passed to
// core explicitly, so what core would read from the environment on its own never matters here.
import * as core from "@factify/core";
import type { FactifyClient, FactifyOptions } from "@factify/core";
import { loadCredentials } from "./credentials";
import { UsageError } from "./errors";
import type { GlobalFlags } from "./global-args";

/** Where the key came from, for messages (never the key itself). */
export type KeySource = "flag" | "environment" | "login";

/** The resolved target of a command. */
export interface Target {
  apiKey: string;
  keySource: KeySource;
  serverURL: string | undefined;
}

/** Resolves key and server without creating a client. */
export async function resolveTarget(flags: GlobalFlags, env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const stored = await loadCredentials(env);
  const serverURL = flags["server-url"] || env.FACTIFY_SERVER_URL || stored?.server_url || undefined;
  if (serverURL !== undefined && !/^https?:\/\/[^/]/i.test(serverURL)) {
    throw new UsageError(`--server-url must be an absolute http(s) URL, got "${serverURL}"`);
  }
  if (flags["api-key"]) return { apiKey: flags["api-key"], keySource: "flag", serverURL };
  if (env.FACTIFY_API_KEY) return { apiKey: env.FACTIFY_API_KEY, keySource: "environment", serverURL };
  if (stored) return { apiKey: stored.api_key, keySource: "login", serverURL };
  throw new UsageError("no API key: set FACTIFY_API_KEY, pass --api-key, or run `factify login`");
}

/** Creates the client a command talks through. */
export function clientFor(target: Target, flags: GlobalFlags): FactifyClient {
  return core.createFactify({
    bearerAuth: target.apiKey,
    serverURL: target.serverURL,
    userAgent: `factify-cli/${__CLI_VERSION__}`,
    // Core redacts the Authorization header and secrets in what it logs.
    ...(flags.debug ? { debugLogger: debugLoggerFor({ debug: (...args: unknown[]) => console.error("[debug]", ...args) }) } : {}),
  });
}

/**
 * Core's 1.0 takes a logger wrapped by its `debugLog(logger)`; earlier cores take the logger itself.
 * Looked up at run time so the CLI works with either while the two are being merged.
 */
function debugLoggerFor(logger: { debug(...args: unknown[]): void }): FactifyOptions["debugLogger"] {
  const wrap = (core as Record<string, unknown>).debugLog;
  return (typeof wrap === "function" ? wrap(logger) : logger) as FactifyOptions["debugLogger"];
}

declare global {
  /** Replaced at build time with the CLI's version. */
  const __CLI_VERSION__: string;
}

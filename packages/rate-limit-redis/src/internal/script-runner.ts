// Runs a Lua script on the application's own client, whichever of the two common Node clients it is.
// Told apart by shape, not by import, so neither client is a dependency: ioredis spells commands in
// lower case with a key count (`evalsha(sha, numKeys, ...keys, ...args)`), node-redis (v4 to v6) in
// camelCase with an options object (`evalSha(sha, { keys, arguments })`).
// EVALSHA keeps each acquisition to the script's digest; when the server does not know it (first use,
// a restart, SCRIPT FLUSH) the reply is NOSCRIPT and the script is sent once in full with EVAL, which
// also loads it again.

type Arg = string;

interface IoredisLike {
  evalsha(sha: string, numKeys: number, ...keysAndArgs: Arg[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...keysAndArgs: Arg[]): Promise<unknown>;
  script(subcommand: "LOAD", script: string): Promise<unknown>;
  ping(): Promise<unknown>;
}

interface NodeRedisLike {
  evalSha(sha: string, options: { keys: Arg[]; arguments: Arg[] }): Promise<unknown>;
  eval(script: string, options: { keys: Arg[]; arguments: Arg[] }): Promise<unknown>;
  scriptLoad(script: string): Promise<unknown>;
  ping(): Promise<unknown>;
}

/** Sends scripts and pings through one connected client. */
export interface ScriptRunner {
  /** Which client was recognised. */
  readonly kind: "ioredis" | "node-redis";
  /** Runs `script` by digest (loading it when the server lacks it) and resolves with its reply. */
  run(script: LoadedScript, keys: Arg[], args: Arg[]): Promise<unknown>;
  /** One cheap command to learn whether the server answers. */
  ping(): Promise<unknown>;
}

/** A script and, once known, its digest on the server. */
export interface LoadedScript {
  readonly source: string;
  sha?: Promise<string>;
}

const isFunction = (value: unknown): boolean => typeof value === "function";

/** Wraps `client`, or throws a TypeError naming `redis` when it is neither an ioredis nor a node-redis client. */
export function createScriptRunner(client: unknown): ScriptRunner {
  const c = client as Record<string, unknown> | null;
  if (c && isFunction(c.evalSha) && isFunction(c.eval) && isFunction(c.scriptLoad)) return nodeRedisRunner(client as NodeRedisLike);
  if (c && isFunction(c.evalsha) && isFunction(c.eval) && isFunction(c.script)) return ioredisRunner(client as IoredisLike);
  throw new TypeError(
    "createRedisRateLimitStore: `redis` must be an ioredis client or a node-redis (`redis` package) client: it has neither evalsha/eval/script nor evalSha/eval/scriptLoad",
  );
}

function ioredisRunner(client: IoredisLike): ScriptRunner {
  return runner("ioredis", client.ping.bind(client), {
    load: async (source) => String(await client.script("LOAD", source)),
    bySha: (sha, keys, args) => client.evalsha(sha, keys.length, ...keys, ...args),
    bySource: (source, keys, args) => client.eval(source, keys.length, ...keys, ...args),
  });
}

function nodeRedisRunner(client: NodeRedisLike): ScriptRunner {
  return runner("node-redis", client.ping.bind(client), {
    load: async (source) => String(await client.scriptLoad(source)),
    bySha: (sha, keys, args) => client.evalSha(sha, { keys, arguments: args }),
    bySource: (source, keys, args) => client.eval(source, { keys, arguments: args }),
  });
}

interface Calls {
  load(source: string): Promise<string>;
  bySha(sha: string, keys: Arg[], args: Arg[]): Promise<unknown>;
  bySource(source: string, keys: Arg[], args: Arg[]): Promise<unknown>;
}

function runner(kind: ScriptRunner["kind"], ping: () => Promise<unknown>, calls: Calls): ScriptRunner {
  return {
    kind,
    ping,
    async run(script, keys, args) {
      // One SCRIPT LOAD shared by every call that starts before the digest is known; forgotten on
      // failure so that a later call tries again.
      script.sha ??= calls.load(script.source).catch((error: unknown) => {
        script.sha = undefined;
        throw error;
      });
      const sha = await script.sha;
      try {
        return await calls.bySha(sha, keys, args);
      } catch (error) {
        if (!isNoScript(error)) throw error;
        return calls.bySource(script.source, keys, args);
      }
    },
  };
}

function isNoScript(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith("NOSCRIPT") || message.includes("NOSCRIPT ");
}

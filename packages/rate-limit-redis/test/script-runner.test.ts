// Telling the two clients apart by shape, and the EVALSHA / NOSCRIPT / EVAL sequence, on fakes that
// record what they were asked (the real clients are exercised in store.test.ts).
import { describe, expect, it, vi } from "vitest";
import { createRedisRateLimitStore } from "../src/index";
import { createScriptRunner } from "../src/internal/script-runner";

const noScript = () => Object.assign(new Error("NOSCRIPT No matching script. Please use EVAL."), { name: "ReplyError" });

function fakeIoredis(known: Set<string>) {
  return {
    script: vi.fn(async (_sub: string, source: string) => {
      known.add("sha-1");
      return source ? "sha-1" : "";
    }),
    evalsha: vi.fn(async (sha: string, ..._rest: string[] | number[]) => {
      if (!known.has(sha)) throw noScript();
      return [1, 0, -1];
    }),
    eval: vi.fn(async (..._args: unknown[]) => {
      known.add("sha-1");
      return [1, 0, -1];
    }),
    ping: vi.fn(async () => "PONG"),
  };
}

function fakeNodeRedis(known: Set<string>) {
  return {
    scriptLoad: vi.fn(async () => {
      known.add("sha-2");
      return "sha-2";
    }),
    evalSha: vi.fn(async (sha: string, _options: { keys: string[]; arguments: string[] }) => {
      if (!known.has(sha)) throw noScript();
      return [1, 0, -1];
    }),
    eval: vi.fn(async () => [1, 0, -1]),
    ping: vi.fn(async () => "PONG"),
  };
}

describe("createScriptRunner", () => {
  it("recognises ioredis and passes the key count before keys and arguments", async () => {
    const known = new Set<string>();
    const client = fakeIoredis(known);
    const runner = createScriptRunner(client);
    expect(runner.kind).toBe("ioredis");
    await runner.run({ source: "return 1" }, ["k1", "k2"], ["a"]);
    expect(client.script).toHaveBeenCalledWith("LOAD", "return 1");
    expect(client.evalsha).toHaveBeenCalledWith("sha-1", 2, "k1", "k2", "a");
  });

  it("recognises node-redis and passes keys and arguments as options", async () => {
    const known = new Set<string>();
    const client = fakeNodeRedis(known);
    const runner = createScriptRunner(client);
    expect(runner.kind).toBe("node-redis");
    await runner.run({ source: "return 1" }, ["k1"], ["a", "b"]);
    expect(client.evalSha).toHaveBeenCalledWith("sha-2", { keys: ["k1"], arguments: ["a", "b"] });
  });

  it("loads the script once for calls that start together, then runs it by digest", async () => {
    const client = fakeNodeRedis(new Set());
    const runner = createScriptRunner(client);
    const script = { source: "return 1" };
    await Promise.all([1, 2, 3].map(() => runner.run(script, ["k"], [])));
    await runner.run(script, ["k"], []);
    expect(client.scriptLoad).toHaveBeenCalledTimes(1);
    expect(client.evalSha).toHaveBeenCalledTimes(4);
    expect(client.eval).not.toHaveBeenCalled();
  });

  it("sends the whole script with EVAL when the server answers NOSCRIPT", async () => {
    const known = new Set<string>();
    const client = fakeIoredis(known);
    const runner = createScriptRunner(client);
    const script = { source: "return 1" };
    await runner.run(script, ["k"], ["1"]);
    known.clear(); // the server restarted
    expect(await runner.run(script, ["k"], ["1"])).toEqual([1, 0, -1]);
    expect(client.eval).toHaveBeenCalledWith("return 1", 1, "k", "1");
  });

  it("passes other errors on", async () => {
    const client = fakeIoredis(new Set(["sha-1"]));
    client.evalsha.mockRejectedValueOnce(new Error("WRONGTYPE Operation against a key holding the wrong kind of value"));
    await expect(createScriptRunner(client).run({ source: "x" }, [], [])).rejects.toThrow(/WRONGTYPE/);
    expect(client.eval).not.toHaveBeenCalled();
  });

  it("rejects an object that is neither client, naming the option", () => {
    expect(() => createScriptRunner({ get: () => {} })).toThrow(/`redis` must be an ioredis client or a node-redis/);
  });
});

describe("createRedisRateLimitStore input checks", () => {
  const redis = fakeNodeRedis(new Set());
  it.each([
    [{}, /`redis` is required/],
    [{ redis, prefix: 5 }, /`prefix` must be a string/],
    [{ redis, fallbackAfterMs: 0 }, /`fallbackAfterMs` must be a positive number/],
    [{ redis, probeIntervalMs: Number.NaN }, /`probeIntervalMs` must be a positive/],
    [{ redis, safetyMargin: 1 }, /`safetyMargin` must be a number from 0/],
  ])("rejects %o", (options, message) => {
    expect(() => createRedisRateLimitStore(options as never)).toThrow(message);
  });

  it.each([
    [{ key: "", rules: [{ name: "requests", limit: 1, windowMs: 1 }], maxWaitMs: 0 }, /key must be a non-empty string/],
    [{ key: "k", rules: [], maxWaitMs: 0 }, /rules must be a non-empty array/],
    [{ key: "k", rules: [{ name: "requests", limit: 0, windowMs: 1 }], maxWaitMs: 0 }, /rules\[0\]\.limit must be a positive integer/],
    [{ key: "k", rules: [{ name: "requests", limit: 1, windowMs: -1 }], maxWaitMs: 0 }, /rules\[0\]\.windowMs/],
    [{ key: "k", rules: [{ name: "r", limit: 1, windowMs: 1 }, { name: "r", limit: 1, windowMs: 1 }], maxWaitMs: 0 }, /appears twice/],
    [{ key: "k", rules: [{ name: "requests", limit: 1, windowMs: 1 }], maxWaitMs: -1 }, /maxWaitMs must be a number >= 0/],
  ])("refuses a bad reservation before sending anything: %o", async (request, message) => {
    const client = fakeNodeRedis(new Set());
    const store = createRedisRateLimitStore({ redis: client });
    await expect(store.reserve(request)).rejects.toThrow(message);
    expect(client.evalSha).not.toHaveBeenCalled();
    expect(client.scriptLoad).not.toHaveBeenCalled();
  });

  it("refuses a pause without a key or with an end that is not a time", async () => {
    const store = createRedisRateLimitStore({ redis: fakeNodeRedis(new Set()) });
    await expect(store.pause("", 1)).rejects.toThrow(/key must be a non-empty string/);
    await expect(store.pause("k", Number.NaN)).rejects.toThrow(/untilMs must be an epoch time/);
  });
});

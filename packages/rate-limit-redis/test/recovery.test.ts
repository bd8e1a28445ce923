// How quickly the store returns to Redis, on a fake client whose answers are timed by the test.
import { describe, expect, it, vi } from "vitest";
import { createRedisRateLimitStore } from "../src/index";

const rules = [{ name: "requests", limit: 10, windowMs: 1000 }];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeClient() {
  let delayMs = 0;
  const client = {
    scriptLoad: vi.fn(async () => "sha"),
    evalSha: vi.fn(async () => {
      await sleep(delayMs);
      return [1, 0, -1];
    }),
    eval: vi.fn(async () => [1, 0, -1]),
    ping: vi.fn(async () => {
      await sleep(delayMs);
      return "PONG";
    }),
  };
  return { client, setDelay: (ms: number) => (delayMs = ms) };
}

describe("returning to Redis", () => {
  it("after one late answer, probes with the next call instead of waiting a whole interval", async () => {
    const { client, setDelay } = fakeClient();
    const store = createRedisRateLimitStore({ redis: client, fallbackAfterMs: 30, probeIntervalMs: 60_000 });
    store.attach({ warn: () => {} });
    setDelay(1000); // far past fallbackAfterMs, even on a stalled machine
    await store.reserve({ key: "k", rules, maxWaitMs: 0 });
    expect(store.mode).toBe("local");
    setDelay(0);
    await store.reserve({ key: "k", rules, maxWaitMs: 10_000 }); // sends the probe, answered locally
    expect(client.ping).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(store.mode).toBe("redis"));
    const calls = client.evalSha.mock.calls.length;
    await store.reserve({ key: "k", rules, maxWaitMs: 10_000 });
    expect(client.evalSha.mock.calls.length).toBe(calls + 1);
  });

  it("after a second failure soon after, waits probeIntervalMs before probing again, so a slow Redis does not flap", async () => {
    const { client, setDelay } = fakeClient();
    const store = createRedisRateLimitStore({ redis: client, fallbackAfterMs: 30, probeIntervalMs: 60_000 });
    store.attach({ warn: () => {} });
    setDelay(1000); // far past fallbackAfterMs, even on a stalled machine
    await store.reserve({ key: "k", rules, maxWaitMs: 0 });
    setDelay(0);
    await store.reserve({ key: "k", rules, maxWaitMs: 10_000 });
    await vi.waitFor(() => expect(store.mode).toBe("redis"));
    setDelay(1000); // far past fallbackAfterMs, even on a stalled machine
    await store.reserve({ key: "k", rules, maxWaitMs: 10_000 });
    expect(store.mode).toBe("local");
    for (let i = 0; i < 5; i++) await store.reserve({ key: "k", rules, maxWaitMs: 10_000 });
    expect(client.ping).toHaveBeenCalledTimes(1);
    expect(store.mode).toBe("local");
  });

  it("keeps one warning for one outage, however many calls it touches", async () => {
    const { client, setDelay } = fakeClient();
    const warn = vi.fn();
    const store = createRedisRateLimitStore({ redis: client, fallbackAfterMs: 20, probeIntervalMs: 60_000 });
    store.attach({ warn });
    setDelay(1000);
    await Promise.all(Array.from({ length: 10 }, () => store.reserve({ key: "k", rules, maxWaitMs: 10_000 })));
    for (let i = 0; i < 10; i++) await store.reserve({ key: "k", rules, maxWaitMs: 10_000 });
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

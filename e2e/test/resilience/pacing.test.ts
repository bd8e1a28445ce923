// Client-side pacing against the emulator's own rate limiter. The emulator counts per-minute windows
// on its clock; running that clock 75× faster makes its minute last 800 ms of real time, so a client
// paced at 5 requests per 1000 ms must never be refused by an emulator allowing 5 per "minute"
// (the 200 ms of slack absorbs the time between taking a token and the emulator reading its clock).
import { type FactifyClient, pacing, RateLimitError } from "@factify/core";
import { getDocumentQuota } from "@factify/documents";
import { describe, expect, it } from "vitest";
import { countRequests } from "../support/counting";
import { inProcess } from "../support/emulator";

const EMULATOR_MINUTE_MS = 800;

function fastClockWorld() {
  const t0 = Date.now();
  const speed = 60_000 / EMULATOR_MINUTE_MS;
  return inProcess({ rateLimit: { perMinute: 5, postPerMinute: 5 }, now: () => new Date(t0 + (Date.now() - t0) * speed) });
}

async function burst(client: FactifyClient, n: number) {
  return Promise.allSettled(Array.from({ length: n }, () => getDocumentQuota(client)));
}

describe("client-side pacing", () => {
  it("without pacing, a burst of 12 runs into the emulator's limit of 5", async () => {
    const world = fastClockWorld();
    const client = world.as(world.mock.tokens.owner, { rateLimit: false, retryConfig: false });
    const results = await burst(client, 12);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    // Typically 7 of 12; even a burst slow enough to straddle two emulator windows loses at least 2.
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const e of refused) {
      expect(e).toBeInstanceOf(RateLimitError);
      expect(e).toMatchObject({ status: 429, code: "resource_exhausted", reason: "rate_limit_exceeded" });
      expect(e.headers.get("x-ratelimit-remaining")).toBe("0");
    }
  });

  it("with rateLimit { requestsPerWindow: 5, windowMs: 1000 }, the same burst is never refused", async () => {
    const world = fastClockWorld();
    const wire = countRequests(world.mock.fetch);
    const client = world.as(world.mock.tokens.owner, { fetch: wire.fetch, rateLimit: pacing({ requestsPerWindow: 5, windowMs: 1000 }), retryConfig: false });
    const started = Date.now();
    const results = await burst(client, 12);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(wire.seen).toHaveLength(12);
    // Twelve at five per second: the last two had to wait for the third window.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
  });
});

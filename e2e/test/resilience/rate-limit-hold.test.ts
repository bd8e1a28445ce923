// The reactive rate-limit hold against the emulator's own limiter, on the default options: once the
// emulator says a key has nothing left until its window resets, a call that cannot wait that long
// fails at once with RateLimitError, unsent, instead of queueing and retrying until it times out.
import { RateLimitError } from "@factify/core";
import { getDocumentQuota } from "@factify/documents";
import { describe, expect, it } from "vitest";
import { countRequests } from "../support/counting";
import { inProcess } from "../support/emulator";

describe("the rate-limit hold against the emulator", () => {
  it("fails a call at once, unsent, when the emulator's window resets later than the call may wait", async () => {
    // The emulator's window is a minute of real time here; 3 requests fit in it.
    const world = inProcess({ rateLimit: { perMinute: 3, postPerMinute: 3 } });
    const wire = countRequests(world.mock.fetch);
    // Default retries and pacing (reactive); a 5 s attempt cannot outlast a window of about a minute.
    const client = world.as(world.mock.tokens.owner, { fetch: wire.fetch, retryConfig: undefined, timeoutMs: 5_000 });
    for (let n = 0; n < 3; n++) await getDocumentQuota(client);
    expect(wire.seen).toHaveLength(3);

    const started = performance.now();
    const error = await getDocumentQuota(client).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, sent: false });
    const { retryAfterMs, resetAt, message } = error as RateLimitError;
    expect(retryAfterMs).toBeGreaterThan(50_000);
    expect(retryAfterMs).toBeLessThanOrEqual(61_000);
    expect(Math.abs(resetAt!.getTime() - (Date.now() + retryAfterMs!))).toBeLessThan(1_000);
    expect(message).toContain("did not send it");
    // Nothing reached the emulator: no request, no retry.
    expect(wire.seen).toHaveLength(3);
  });
});

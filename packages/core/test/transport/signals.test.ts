import { describe, expect, it } from "vitest";
import { sleep } from "../../src/internal/signals";

describe("sleep", () => {
  it("rejects with the abort reason as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const slept = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort("stop"), 10);
    await expect(slept).rejects.toBe("stop");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("rejects at once when the signal already aborted", async () => {
    await expect(sleep(10_000, AbortSignal.abort("early"))).rejects.toBe("early");
  });

  it("resolves after the delay", async () => {
    await expect(sleep(5)).resolves.toBeUndefined();
  });

  it("clamps a delay setTimeout cannot hold instead of firing at once", async () => {
    const controller = new AbortController();
    let settled = false;
    const slept = sleep(2 ** 31, controller.signal).then(
      () => (settled = true),
      () => "aborted",
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    controller.abort();
    expect(await slept).toBe("aborted");
  });
});

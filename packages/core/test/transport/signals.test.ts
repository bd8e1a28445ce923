import { describe, expect, it } from "vitest";
import { releaseController, sleep, takeController } from "../../src/request/signals";

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

describe("attempt controllers", () => {
  it("reuses a settled controller a bounded number of times, then makes a new one", () => {
    const first = takeController();
    const seen = [first];
    releaseController(first);
    for (let i = 0; i < 40; i++) {
      const next = takeController();
      seen.push(next);
      releaseController(next);
    }
    const uses = seen.filter((c) => c === first).length;
    expect(uses).toBeGreaterThan(1);
    expect(uses).toBeLessThanOrEqual(8);
    expect(new Set(seen).size).toBeGreaterThan(1);
  });

  it("drops an aborted controller", () => {
    const controller = takeController();
    controller.abort();
    releaseController(controller);
    expect(takeController()).not.toBe(controller);
  });

  it("keeps a bounded shelf however many controllers come back at once", () => {
    const taken = Array.from({ length: 100 }, () => takeController());
    for (const c of taken) releaseController(c);
    const again = Array.from({ length: 100 }, () => takeController());
    expect(again.filter((c) => taken.includes(c)).length).toBeLessThanOrEqual(16);
  });
});

import { describe, expect, it } from "vitest";
import { isTimerDelay, linkSignals, linkSignalsManually, sleep } from "../../src/internal/signals";

describe("linkSignals", () => {
  for (const [name, link] of [
    ["native", linkSignals],
    ["manual fallback", linkSignalsManually],
  ] as const) {
    it(`${name}: aborts when either input aborts, with that input's reason`, () => {
      const a = new AbortController();
      const b = new AbortController();
      const linked = link(a.signal, b.signal);
      expect(linked.signal.aborted).toBe(false);
      b.abort("from b");
      expect(linked.signal.aborted).toBe(true);
      expect(linked.signal.reason).toBe("from b");
      a.abort("from a");
      expect(linked.signal.reason).toBe("from b");
    });

    it(`${name}: is aborted at once when an input already is`, () => {
      const linked = link(new AbortController().signal, AbortSignal.abort("done"));
      expect(linked.signal.aborted).toBe(true);
      expect(linked.signal.reason).toBe("done");
    });
  }

  it("manual fallback: dispose detaches from the inputs", () => {
    const a = new AbortController();
    const linked = linkSignalsManually(a.signal, new AbortController().signal);
    linked.dispose();
    a.abort();
    expect(linked.signal.aborted).toBe(false);
  });
});

describe("sleep", () => {
  it("rejects with the abort reason as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const slept = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort("stop"), 10);
    await expect(slept).rejects.toBe("stop");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("resolves after the delay", async () => {
    await expect(sleep(5)).resolves.toBeUndefined();
  });

  it("knows which delays setTimeout can hold", () => {
    expect(isTimerDelay(30_000)).toBe(true);
    expect(isTimerDelay(Number.POSITIVE_INFINITY)).toBe(false);
    expect(isTimerDelay(2 ** 31)).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_TIMER_MS, onAbort, releaseController, sleep, startTimer, takeController, untilAborted } from "../../src/request/signals";

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

describe("startTimer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fires a delay longer than setTimeout can hold at its time, not at once and not early", () => {
    vi.useFakeTimers();
    let fired = 0;
    startTimer(MAX_TIMER_MS + 1_000, () => fired++);
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(fired).toBe(0);
    vi.advanceTimersByTime(999);
    expect(fired).toBe(0);
    vi.advanceTimersByTime(1);
    expect(fired).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("never fires for Infinity and leaves no timer; cancel stops a pending one", () => {
    vi.useFakeTimers();
    let fired = 0;
    startTimer(Infinity, () => fired++);
    expect(vi.getTimerCount()).toBe(0);
    const cancel = startTimer(10, () => fired++);
    cancel();
    vi.advanceTimersByTime(100);
    expect(fired).toBe(0);
    expect(MAX_TIMER_MS).toBe(2 ** 31 - 1);
  });
});

describe("onAbort", () => {
  it("runs at once for an aborted signal, adds nothing to it, and returns a harmless stop", () => {
    const signal = AbortSignal.abort();
    const add = vi.spyOn(signal, "addEventListener");
    let runs = 0;
    onAbort(signal, () => runs++)();
    expect(runs).toBe(1);
    expect(add).not.toHaveBeenCalled();
  });

  it("runs every waiting callback once, the same function registered twice included, and stops those that stopped", () => {
    const controller = new AbortController();
    const runs: string[] = [];
    const callback = () => runs.push("shared");
    onAbort(controller.signal, callback);
    onAbort(controller.signal, callback);
    const stop = onAbort(controller.signal, () => runs.push("stopped"));
    stop();
    stop();
    controller.abort();
    controller.abort();
    expect(runs).toEqual(["shared", "shared"]);
  });

  it("takes its listener off the signal when it fires", () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    const add = vi.spyOn(controller.signal, "addEventListener");
    onAbort(controller.signal, () => {});
    onAbort(controller.signal, () => {});
    controller.abort();
    expect(add.mock.calls.map((c) => c[0])).toEqual(["abort"]);
    expect(remove.mock.calls).toEqual([["abort", add.mock.calls[0]![1]]]);
  });

  it("re-adds its listener for waiters that come after the last one left", () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    onAbort(controller.signal, () => {})();
    let runs = 0;
    onAbort(controller.signal, () => runs++);
    expect(add).toHaveBeenCalledTimes(2);
    controller.abort();
    expect(runs).toBe(1);
  });

  it("keeps a controller something still waits on off the shelf", () => {
    const controller = takeController();
    const stop = onAbort(controller.signal, () => {});
    releaseController(controller);
    expect(takeController()).not.toBe(controller);
    stop();
  });
});

describe("untilAborted", () => {
  it("passes the work's value and error through, and the signal's reason when it aborts first", async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(untilAborted(2, controller.signal)).resolves.toBe(2);
    const boom = new Error("boom");
    await expect(untilAborted(Promise.reject(boom), controller.signal)).rejects.toBe(boom);
    const pending = untilAborted(new Promise(() => {}), controller.signal);
    controller.abort("why");
    await expect(pending).rejects.toBe("why");
  });
});

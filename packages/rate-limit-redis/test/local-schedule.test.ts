// The in-process schedule used while Redis is away, on an injected clock.
import { describe, expect, it } from "vitest";
import { createLocalSchedule } from "../src/internal/local-schedule";

const rules = (...r: Array<[string, number]>) => r.map(([name, limit]) => ({ name, limit, windowMs: 1000 }));

describe("createLocalSchedule", () => {
  it("spaces slots one window/limit apart and counts time on its clock", () => {
    let now = 1_000_000;
    const schedule = createLocalSchedule(0, () => now);
    const waits = [0, 1, 2, 3].map(() => schedule.reserve({ key: "a", rules: rules(["requests", 4]), maxWaitMs: 10_000 }));
    expect(waits).toEqual([0, 250, 500, 750].map((waitMs) => ({ ok: true, waitMs })));
    now += 2000; // idle: no credit saved up, the next call simply goes now
    expect(schedule.reserve({ key: "a", rules: rules(["requests", 4]), maxWaitMs: 0 })).toEqual({ ok: true, waitMs: 0 });
    expect(schedule.reserve({ key: "a", rules: rules(["requests", 4]), maxWaitMs: 0 })).toEqual({ ok: false, waitMs: 250 });
  });

  it("stretches the spacing by the safety margin", () => {
    const schedule = createLocalSchedule(0.1, () => 0);
    schedule.reserve({ key: "a", rules: rules(["requests", 10]), maxWaitMs: 0 });
    expect(schedule.reserve({ key: "a", rules: rules(["requests", 10]), maxWaitMs: 1000 })).toEqual({ ok: true, waitMs: 110 });
  });

  it("reserves on all rules or none", () => {
    const schedule = createLocalSchedule(0, () => 0);
    const post = { key: "a", rules: rules(["requests", 100], ["posts", 2]), maxWaitMs: 100 };
    expect(schedule.reserve(post)).toEqual({ ok: true, waitMs: 0 });
    expect(schedule.reserve(post)).toEqual({ ok: false, waitMs: 500 });
    expect(schedule.reserve({ key: "a", rules: rules(["requests", 100]), maxWaitMs: 100 })).toEqual({ ok: true, waitMs: 10 });
  });

  it("keeps keys apart", () => {
    const schedule = createLocalSchedule(0, () => 0);
    schedule.reserve({ key: "a", rules: rules(["requests", 1]), maxWaitMs: 0 });
    expect(schedule.reserve({ key: "b", rules: rules(["requests", 1]), maxWaitMs: 0 })).toEqual({ ok: true, waitMs: 0 });
  });

  it("holds calls during a pause, keeps the longest one and names it as the reason", () => {
    let now = 0;
    const schedule = createLocalSchedule(0, () => now);
    schedule.pause("a", 700);
    schedule.pause("a", 300);
    expect(schedule.reserve({ key: "a", rules: rules(["requests", 100]), maxWaitMs: 100 })).toEqual({ ok: false, waitMs: 700, pausedUntil: 700 });
    expect(schedule.reserve({ key: "a", rules: rules(["requests", 100]), maxWaitMs: 1000 })).toEqual({ ok: true, waitMs: 700 });
    expect(schedule.activePauses()).toEqual([["a", 700]]);
    now = 701;
    expect(schedule.activePauses()).toEqual([]);
  });

  it("answers the same after it drops slots that are in the past (many keys)", () => {
    let now = 0;
    const schedule = createLocalSchedule(0, () => now);
    for (let i = 0; i < 2000; i++) schedule.reserve({ key: `k${i}`, rules: rules(["requests", 1000]), maxWaitMs: 0 });
    now = 10_000;
    schedule.reserve({ key: "late", rules: rules(["requests", 1]), maxWaitMs: 0 });
    // k0's slot is long past: it can go now, and with limit 1 the next one waits a full window.
    expect(schedule.reserve({ key: "k0", rules: rules(["requests", 1]), maxWaitMs: 0 })).toEqual({ ok: true, waitMs: 0 });
    expect(schedule.reserve({ key: "late", rules: rules(["requests", 1]), maxWaitMs: 0 })).toEqual({ ok: false, waitMs: 1000 });
  });
});

import { describe, expect, it } from "vitest";
import { getDocumentBody, listDocumentsBody, typeId } from "../src/canned";
import { alternatingRounds, interleavedLatencies, median, pairedDifference, pairedRatio, runBatch, trimmedMean } from "../src/harness";
import { renderResults } from "../src/report";
import { startServer } from "../src/server";
import { specErrors } from "../src/spec-check";
import { CHECK, runSuite } from "../src/suite";

describe("canned responses", () => {
  it("are valid GetDocumentResponse and ListDocumentsResponse bodies per the API contract", () => {
    expect(specErrors("GetDocumentResponse", getDocumentBody())).toEqual([]);
    const list = listDocumentsBody(50);
    expect((list.items as unknown[]).length).toBe(50);
    expect(specErrors("ListDocumentsResponse", list)).toEqual([]);
  });

  it("would be caught if they broke the contract", () => {
    const broken = { document: { ...(getDocumentBody().document as object), id: "not-an-id" } };
    expect(specErrors("GetDocumentResponse", broken).join()).toMatch(/\/document\/id/);
  });

  it("use TypeID-shaped ids", () => {
    expect(typeId("doc", 0)).toMatch(/^doc_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(typeId("doc", 1)).not.toBe(typeId("doc", 0));
  });
});

describe("harness", () => {
  it("computes medians and paired ratios", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const a = { name: "a", opsPerSec: 0, cpuUsPerCall: 0, rounds: [{ opsPerSec: 50, cpuUsPerCall: 1 }, { opsPerSec: 90, cpuUsPerCall: 1 }, { opsPerSec: 80, cpuUsPerCall: 1 }] };
    const b = { name: "b", opsPerSec: 0, cpuUsPerCall: 0, rounds: [{ opsPerSec: 100, cpuUsPerCall: 1 }, { opsPerSec: 100, cpuUsPerCall: 1 }, { opsPerSec: 100, cpuUsPerCall: 1 }] };
    expect(pairedRatio(a, b)).toBe(0.8);
    // 100 values: the slowest 2 are dropped.
    const values = [...Array.from({ length: 98 }, () => 1), 500, 900];
    expect(trimmedMean(values)).toBe(1);
    expect(trimmedMean([4])).toBe(4);
  });

  it("keeps the requested number of calls in flight and runs each call once", async () => {
    let inFlight = 0;
    let peak = 0;
    let calls = 0;
    const call = async () => {
      calls += 1;
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight -= 1;
    };
    const result = await runBatch(call, 64, 16);
    expect(calls).toBe(64);
    expect(peak).toBe(16);
    expect(result.opsPerSec).toBeGreaterThan(0);
  });

  it("alternates variant order between rounds and discards warm-up rounds", async () => {
    const order: string[] = [];
    const variant = (name: string) => ({ name, call: async () => void order.push(name) });
    const [x] = await alternatingRounds([variant("x"), variant("y")], { calls: 1, concurrency: 1, rounds: 2, warmup: 1 });
    expect(order).toEqual(["x", "y", "y", "x", "x", "y"]);
    expect(x!.rounds).toHaveLength(2);
  });
});

describe("interleaved latencies", () => {
  // A clock the variants move: each call takes exactly the milliseconds it is given, whatever the
  // machine is doing, so the harness's bookkeeping is checked without measuring anything.
  function fakeTime() {
    let t = 0;
    const now = () => t;
    const variant = (name: string, ms: (call: number) => number, log: string[]) => {
      let calls = 0;
      return {
        name,
        call: async () => {
          log.push(name);
          t += ms(calls++);
          await Promise.resolve();
        },
      };
    };
    return { now, variant };
  }

  it("alternates the two variants within every worker and drops the warm-up calls", async () => {
    const log: string[] = [];
    const { now, variant } = fakeTime();
    const [a, b] = await interleavedLatencies(variant("a", () => 1, log), variant("b", () => 20, log), { calls: 8, concurrency: 2, warmup: 2, now });
    // 2 workers x 5 rounds (1 warm-up): every round runs both variants once.
    expect(log.filter((n) => n === "a")).toHaveLength(10);
    expect(log.filter((n) => n === "b")).toHaveLength(10);
    // Worker 0 starts with a, worker 1 with b, and each flips its order every round.
    expect(log.slice(0, 2).sort()).toEqual(["a", "b"]);
    expect(a).toHaveLength(8);
    expect(b).toHaveLength(8);
  });

  it("pairs the two lists call by call and never reports a negative latency", async () => {
    const log: string[] = [];
    const { now, variant } = fakeTime();
    // b's third measured call stalls for 500 ms; every other call takes its fixed time.
    const [a, b] = await interleavedLatencies(variant("a", () => 3, log), variant("b", (i) => (i === 3 ? 500 : 1), log), {
      calls: 6,
      concurrency: 1,
      warmup: 1,
      now,
    });
    expect(a).toEqual([3, 3, 3, 3, 3, 3]);
    expect(b).toEqual([1, 1, 500, 1, 1, 1]);
    for (const x of [...a, ...b]) expect(x).toBeGreaterThanOrEqual(0);
  });
});

describe("paired difference", () => {
  it("is the cost one side adds per pair of back-to-back calls", () => {
    expect(pairedDifference([3, 4, 5], [1, 2, 3])).toBe(2);
  });

  it("is not turned negative by a stall on the cheaper side, as a difference of means is", () => {
    // 20 pairs where a costs 1 ms more; two calls of b stalled for 50 ms (a loaded machine).
    const b = Array.from({ length: 20 }, (_, i) => (i === 4 || i === 15 ? 51 : 1));
    const a = Array.from({ length: 20 }, () => 2);
    const differenceOfMeans = trimmedMean(a) - trimmedMean(b);
    expect(differenceOfMeans).toBeLessThan(0);
    expect(pairedDifference(a, b)).toBe(1);
  });

  it("drops stalls on either side", () => {
    const a = [2, 2, 90, 2, 2, 2, 2, 2, 2, 2];
    const b = [1, 1, 1, 1, 1, 1, 1, 1, 60, 1];
    expect(pairedDifference(a, b)).toBe(1);
  });

  it("refuses lists that are not paired", () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/unpaired latencies: 2 against 1/);
    expect(() => pairedDifference([], [])).toThrow(/difference of nothing/);
  });
});

describe("bench:check", () => {
  it("serves the canned bodies from its own process", async () => {
    const server = await startServer();
    try {
      const doc = (await (await fetch(`${server.url}/v1beta/documents/${typeId("doc", 0)}`)).json()) as { document: { id: string } };
      expect(doc.document.id).toBe(typeId("doc", 0));
      const list = (await (await fetch(`${server.url}/v1beta/documents?page_size=50`)).json()) as { items: unknown[] };
      expect(list.items).toHaveLength(50);
    } finally {
      server.close();
    }
  });

  it("runs a short version of the whole suite through the SDK and renders RESULTS.md", async () => {
    const result = await runSuite(CHECK);
    expect(result.comparisons).toHaveLength(10);
    for (const c of result.comparisons) {
      expect(c.sdk.opsPerSec).toBeGreaterThan(0);
      expect(c.fetch.opsPerSec).toBeGreaterThan(0);
      expect(Number.isFinite(c.ratio)).toBe(true);
      expect(c.sdkLatencyMs).toBeGreaterThan(0);
      expect(c.fetchLatencyMs).toBeGreaterThan(0);
    }
    expect(result.imports.edgeBundleMs).toBeGreaterThan(0);
    // Figures only, no speed: a few dozen calls on a loaded machine say nothing about which call is
    // cheaper (comparing them is what made this test flaky); `pnpm bench` measures thousands.
    expect(Number.isFinite(result.overhead.getDocumentUs)).toBe(true);
    expect(Number.isFinite(result.overhead.listDocumentsUs)).toBe(true);
    expect(result.overhead.calls).toBe(CHECK.interleavedCalls);
    expect(result.imports.bundleBytes).toBeGreaterThan(1000);
    const md = renderResults(result, new Date("2026-01-02T00:00:00Z"));
    expect(md).toContain("Measured 2026-01-02 on ");
    expect(md).toContain("| getDocument | 1 |");
    // A few seconds idle, far more while `pnpm test` runs every project on two cores.
  }, 180_000);
});

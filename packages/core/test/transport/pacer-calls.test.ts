// How the request path calls the pacer (the agreed Pacer interface), seen through a stand-in pacer.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Pacer } from "../../src/rate-limit/pacer";

const pacer = vi.hoisted(() => ({
  admit: vi.fn<Pacer["admit"]>(() => undefined),
  observe: vi.fn<Pacer["observe"]>(),
  created: [] as unknown[][],
}));
vi.mock("../../src/rate-limit/pacer", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  createPacer: (...args: unknown[]) => {
    pacer.created.push(args);
    return { admit: pacer.admit, observe: pacer.observe };
  },
}));

const { createFactify, debugLog, pacing, RateLimitError, RequestAbortedError, RequestTimeoutError, UnexpectedClientError, request } = await import("../../src/index");
const { fakeFetch, json, rejection } = await import("./fake-fetch");

beforeEach(() => {
  pacer.admit.mockReset().mockReturnValue(undefined);
  pacer.observe.mockReset();
  pacer.created.length = 0;
});

const client = (fetch: ReturnType<typeof fakeFetch>["fetch"], extra = {}) =>
  createFactify({ bearerAuth: "tok_pacer_1", serverURL: "http://api.test", fetch, retryConfig: { maxRetryAfter: 5_000, maxRetries: 0 }, ...extra });

describe("the pacer as the request path uses it", () => {
  it("is made once per client with its rateLimit option and a way to warn", () => {
    const warnings: unknown[] = [];
    createFactify({ bearerAuth: "t", rateLimit: pacing({ requestsPerWindow: 5 }), debugLogger: debugLog({ debug() {}, warn: (m: unknown) => warnings.push(m) }) });
    expect(pacer.created).toHaveLength(1);
    expect(pacer.created[0]![0]).toMatchObject({ requestsPerWindow: 5 });
    (pacer.created[0]![1] as (m: string) => void)("store down");
    expect(warnings).toEqual(["factify: store down"]);
  });

  it("warns through console.warn without a logger", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    createFactify({ bearerAuth: "t" });
    (pacer.created[0]![1] as (m: string) => void)("store down");
    expect(warn).toHaveBeenCalledWith("store down");
    warn.mockRestore();
  });

  it("admits each attempt with method, token, the attempt's signal and the shorter of the time left and maxRetryAfter", async () => {
    const f = fakeFetch(json(200, {}, { "x-ratelimit-remaining": "7" }));
    await request(client(f.fetch, { timeoutMs: 60_000 }), { method: "POST", path: "/x", body: { kind: "json", value: {} } });
    expect(pacer.admit).toHaveBeenCalledTimes(1);
    const call = pacer.admit.mock.calls[0]![0];
    expect(call).toMatchObject({ method: "POST", token: "tok_pacer_1", maxWaitMs: 5_000 });
    expect(call.signal).toBe(f.calls[0]!.signal);
    expect(pacer.observe).toHaveBeenCalledTimes(1);
    const [seen, status, headers] = pacer.observe.mock.calls[0]!;
    expect(seen).toEqual({ method: "POST", token: "tok_pacer_1" });
    expect(status).toBe(200);
    expect(headers.get("x-ratelimit-remaining")).toBe("7");
  });

  it("gives the attempt's time left as maxWaitMs when it is the shorter", async () => {
    await request(client(fakeFetch(json(200, {})).fetch, { timeoutMs: 1_000 }), { method: "GET", path: "/x" });
    const { maxWaitMs } = pacer.admit.mock.calls[0]![0];
    expect(maxWaitMs).toBeLessThanOrEqual(1_000);
    expect(maxWaitMs).toBeGreaterThan(900);
  });

  it("waits for an admission promise before sending", async () => {
    let admit!: () => void;
    pacer.admit.mockReturnValue(new Promise<void>((resolve) => (admit = resolve)));
    const f = fakeFetch(json(200, { ok: 1 }));
    const call = request(client(f.fetch), { method: "GET", path: "/x" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(f.calls).toHaveLength(0);
    admit();
    await expect(call).resolves.toEqual({ ok: 1 });
  });

  it("ends the call with the pacer's RateLimitError, unsent and not retried", async () => {
    const held = new RateLimitError({ status: 429, headers: new Headers(), body: "" });
    pacer.admit.mockReturnValue(Promise.reject(held));
    const f = fakeFetch(json(200, {}));
    expect(await rejection(request(client(f.fetch, { retryConfig: { maxRetries: 3 } }), { method: "GET", path: "/x" }))).toBe(held);
    expect(pacer.admit).toHaveBeenCalledTimes(1);
    expect(f.calls).toHaveLength(0);
  });

  it("turns a wait cut short by the attempt's timeout or the caller's abort into those errors", async () => {
    pacer.admit.mockImplementation(({ signal }) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))));
    const f = fakeFetch(json(200, {}));
    expect(await rejection(request(client(f.fetch, { timeoutMs: 20 }), { method: "GET", path: "/x" }))).toBeInstanceOf(RequestTimeoutError);
    const controller = new AbortController();
    const aborted = rejection(request(client(f.fetch), { method: "GET", path: "/x" }, { signal: controller.signal }));
    controller.abort();
    expect(await aborted).toBeInstanceOf(RequestAbortedError);
    expect(f.calls).toHaveLength(0);
  });

  it("wraps anything else the pacer throws (a failing store) in UnexpectedClientError", async () => {
    const boom = new Error("store unreachable");
    pacer.admit.mockReturnValue(Promise.reject(boom));
    const error = await rejection(request(client(fakeFetch(json(200, {})).fetch), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(UnexpectedClientError);
    expect(error.cause).toBe(boom);
    expect(error.message).toContain("store unreachable");
  });

  it("counts the time the token provider took against maxWaitMs", async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return "tok_slow_1";
    };
    await request(client(fakeFetch(json(200, {})).fetch, { timeoutMs: 1_000, bearerAuth: slow }), { method: "GET", path: "/x" });
    expect(pacer.admit.mock.calls[0]![0].maxWaitMs).toBeLessThanOrEqual(945);
  });

  it("says 'undefined' for a pacer failure that is not an Error", async () => {
    pacer.admit.mockReturnValue(Promise.reject(undefined));
    const error = await rejection(request(client(fakeFetch(json(200, {})).fetch), { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(UnexpectedClientError);
    expect(error.message).toBe("Unexpected failure: undefined");
  });
});

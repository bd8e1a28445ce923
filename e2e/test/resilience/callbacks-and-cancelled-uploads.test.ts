// What the caller's own functions can do to a call, against the emulator over a real port: a token
// provider, a hook or an upload source that fails reaches the caller as a typed CallbackError with the
// original error as its cause, and an upload aborted while the server is slow stops reading its source
// and closes it, whatever kind of source it is.
import { Readable } from "node:stream";
import { CallbackError, isFactifyError, RequestAbortedError, RequestTimeoutError } from "@factify/core";
import { createDocument, getDocument } from "@factify/documents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overPort, type PortWorld } from "../support/emulator";
import { pdfBytes } from "../support/files";

let world: PortWorld;
beforeAll(async () => {
  world = await overPort();
});
afterAll(() => world?.close());

describe("the caller's own functions failing", () => {
  it("a token provider that throws ends the call as a CallbackError naming bearerAuth, and nothing is sent", async () => {
    const boom = new Error("vault unreachable");
    let sent = 0;
    const counting: typeof fetch = (input, init) => {
      sent++;
      return fetch(input, init);
    };
    const client = world.as(world.mock.tokens.owner, { bearerAuth: () => Promise.reject(boom), fetch: counting });
    const error = await getDocument(client, { document_id: world.mock.demo.documents.report! }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackError);
    expect(isFactifyError(error)).toBe(true);
    expect(error).toMatchObject({ source: "bearerAuth", cause: boom, retryable: false });
    expect(sent).toBe(0);
  });

  it("a beforeRequest hook that throws is a CallbackError naming the hook, not retried", async () => {
    let calls = 0;
    const boom = new TypeError("tracing exploded");
    const client = world.as(world.mock.tokens.owner, {
      hooks: {
        beforeRequest: () => {
          calls++;
          throw boom;
        },
      },
    });
    const error = await getDocument(client, { document_id: world.mock.demo.documents.report! }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackError);
    expect(error).toMatchObject({ source: "hooks.beforeRequest", cause: boom });
    expect(calls).toBe(1);
  });

  it("an upload source that fails midway is a CallbackError carrying the source's own error", async () => {
    const boom = new Error("disk went away");
    async function* failing() {
      yield pdfBytes("first part");
      throw boom;
    }
    const error = await createDocument(world.as(world.mock.tokens.owner), { payload: failing(), title: "never stored" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbackError);
    expect((error as CallbackError).source).toMatch(/^upload source/);
    expect((error as CallbackError).cause).toBe(boom);
  });
});

describe("uploads cut short", () => {
  // A source that hands out one chunk and then waits for more until it is cancelled or returned.
  function endless() {
    const state = { reads: 0, closed: false };
    const chunk = pdfBytes("x".repeat(64_000));
    async function* generate() {
      try {
        for (;;) {
          state.reads++;
          yield chunk;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } finally {
        state.closed = true;
      }
    }
    return { state, source: generate() };
  }

  it("an abort stops reading an async iterable and returns it", async () => {
    const { state, source } = endless();
    const controller = new AbortController();
    const call = createDocument(world.as(world.mock.tokens.owner), { payload: source, title: "aborted" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    await expect.poll(() => state.closed).toBe(true);
    const reads = state.reads;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.reads).toBe(reads);
  });

  it("a timeout destroys a Node Readable that never ends", async () => {
    let reads = 0;
    const readable = new Readable({
      read() {
        reads++;
        setTimeout(() => this.push(pdfBytes("y".repeat(32_000))), 20);
      },
    });
    const call = createDocument(world.as(world.mock.tokens.owner, { retryConfig: false }), { payload: readable, title: "timed out" }, { timeoutMs: 200 });
    await expect(call).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect.poll(() => readable.destroyed).toBe(true);
    const after = reads;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reads).toBe(after);
  });

  it("an abort cancels a web ReadableStream", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.enqueue(pdfBytes("z".repeat(32_000)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const call = createDocument(world.as(world.mock.tokens.owner), { payload: stream, title: "cancelled" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    await expect.poll(() => cancelled).toBe(true);
  });
});

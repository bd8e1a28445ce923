// The transport against a real HTTP server on a loopback port: what a production call goes through.
import { afterEach, describe, expect, it } from "vitest";
import {
  type APIError,
  ConnectionError,
  createFactify,
  type FactifyOptions,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  RequestAbortedError,
  RequestTimeoutError,
  request,
  pacing,
} from "../../src/index";
import { debugLog } from "../../src/log";
import { rejection } from "../transport/fake-fetch";
import { closedPort, reply, startServer, type TestServer } from "./http-server";

const SECRET = "ffy_test_01h2xcejqtf2nbrexx3vqjhp41AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg";
const FAST = { initialInterval: 5, maxInterval: 20, maxRetries: 3 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientFor(s: TestServer, options: FactifyOptions = {}) {
  return createFactify({ bearerAuth: "tok_live", serverURL: s.url, ...options });
}

describe("against a real server", () => {
  it("delivers the bearer token, user agent and JSON body through the runtime's own fetch", async () => {
    server = await startServer((_req, res) => reply(res, 200, { api_key: { id: "key_1" } }));
    // No `fetch` option: the global fetch is used.
    const client = clientFor(server, { userAgent: "tests/1" });
    const value = await request(client, { method: "POST", path: "/v1beta/api-keys", body: { kind: "json", value: { name: "ci" } } });
    expect(value).toEqual({ api_key: { id: "key_1" } });
    const seen = server.requests[0]!;
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe("/v1beta/api-keys");
    expect(seen.headers.authorization).toBe("Bearer tok_live");
    expect(seen.headers["user-agent"]).toBe("tests/1 @factify/core/0.0.0-test");
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen.body)).toEqual({ name: "ci" });
  });

  it("retries a 503 and honours Retry-After", async () => {
    server = await startServer((_req, res) => {
      if (server!.requests.length === 1) reply(res, 503, { code: "unavailable", message: "later" }, { "retry-after": "1" });
      else reply(res, 200, { ok: true });
    });
    await expect(request(clientFor(server), { method: "GET", path: "/v1beta/me" })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    // The wait starts only after the 503 arrived, so the gap between arrivals is at least the
    // second asked for (less a millisecond of timer rounding).
    expect(gap).toBeGreaterThanOrEqual(999);
  });

  it("does not retry a POST answered 500, but retries a POST answered 429", async () => {
    server = await startServer((req, res) => {
      if (req.url === "/fails") return reply(res, 500, { code: "internal", message: "boom" });
      const n = server!.requests.filter((r) => r.url === "/limited").length;
      if (n === 1) reply(res, 429, { code: "resource_exhausted", message: "slow" }, { "retry-after": "0" });
      else reply(res, 200, { ok: true });
    });
    const client = clientFor(server, { retryConfig: FAST });
    const error = await rejection(request(client, { method: "POST", path: "/fails", body: { kind: "json", value: {} } }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests.filter((r) => r.url === "/fails")).toHaveLength(1);
    await expect(request(client, { method: "POST", path: "/limited", body: { kind: "json", value: {} } })).resolves.toEqual({ ok: true });
    expect(server.requests.filter((r) => r.url === "/limited")).toHaveLength(2);
  });

  it("settles an abort during the backoff wait within 50 ms", async () => {
    server = await startServer((_req, res) => reply(res, 503, { code: "unavailable", message: "later" }, { "retry-after": "10" }));
    const controller = new AbortController();
    let abortedAt = 0;
    const client = clientFor(server, {
      hooks: {
        afterResponse() {
          setTimeout(() => {
            abortedAt = performance.now();
            controller.abort();
          }, 30);
        },
      },
    });
    const error = await rejection(request(client, { method: "GET", path: "/x" }, { signal: controller.signal }));
    const settledIn = performance.now() - abortedAt;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(abortedAt).toBeGreaterThan(0);
    expect(settledIn).toBeLessThan(50);
    expect(server.requests).toHaveLength(1);
  });

  it("gives RequestTimeoutError when an attempt outlives timeoutMs", async () => {
    server = await startServer(() => {
      // Never answers.
    });
    const started = performance.now();
    const error = await rejection(request(clientFor(server), { method: "GET", path: "/slow" }, { timeoutMs: 100, retries: false }));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(100);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("turns an HTML 502 page from a proxy into an InternalServerError keeping the HTML", async () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    server = await startServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(html);
    });
    const error = await rejection(request(clientFor(server), { method: "GET", path: "/x" }, { retries: false }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(502);
    expect((error as InternalServerError).body).toBe(html);
    expect((error as InternalServerError).code).toBe("internal");
  });

  it("keeps a truncated JSON error body as raw text, with the code taken from the status", async () => {
    const truncated = '{"code":"not_found","message":"Docu';
    server = await startServer((_req, res) => reply(res, 404, truncated));
    const error = await rejection(request(clientFor(server), { method: "GET", path: "/v1beta/documents/doc_1" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as APIError).body).toBe(truncated);
    expect((error as APIError).code).toBe("not_found");
  });

  it("asks an async token function before every attempt", async () => {
    server = await startServer((_req, res) => {
      if (server!.requests.length === 1) reply(res, 503, {}, { "retry-after": "0" });
      else reply(res, 200, {});
    });
    const tokens = ["tok_old", "tok_new"];
    const client = clientFor(server, { bearerAuth: async () => tokens.shift()! });
    await request(client, { method: "GET", path: "/x" });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer tok_old", "Bearer tok_new"]);
  });

  it("never writes the token or an ffy_ secret into debug logs", async () => {
    server = await startServer((_req, res) => {
      if (server!.requests.length === 1) reply(res, 500, { code: "internal", message: "x" });
      else reply(res, 200, { api_key: { id: "key_1" }, secret: SECRET });
    });
    const lines: unknown[][] = [];
    const client = clientFor(server, {
      bearerAuth: SECRET,
      retryConfig: FAST,
      debugLogger: debugLog({ debug: (...args: unknown[]) => lines.push(args) }),
    });
    await request(client, { method: "GET", path: `/v1beta/api-keys?token=${SECRET}`, body: undefined });
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(SECRET.slice("ffy_".length));
    expect(text).toContain("-> 500");
    expect(text).toContain("-> 200");
  });

  it("spreads calls over the window when the pacing is small", async () => {
    server = await startServer((_req, res) => reply(res, 200, {}));
    // Send times are taken where fetch is called: arrival times also carry the server's scheduling delays.
    const sentAt: number[] = [];
    const timed = (input: Request | string | URL, init?: RequestInit) => {
      sentAt.push(performance.now());
      return globalThis.fetch(input, init);
    };
    const client = clientFor(server, { fetch: timed, rateLimit: pacing({ requestsPerWindow: 2, windowMs: 300 }) });
    await Promise.all([1, 2, 3].map(() => request(client, { method: "GET", path: "/x" })));
    expect(server.requests).toHaveLength(3);
    const [a, b, c] = sentAt;
    // A smooth schedule: slots at 0, 150 and 300 ms (one per half window, two per window). The
    // first call reaches fetch a little after its slot (it hashed the token first), hence the slack.
    expect(b! - a!).toBeGreaterThanOrEqual(100);
    expect(c! - a!).toBeGreaterThanOrEqual(250);
  });

  it("lets an aborted queued call leave the rate-limit queue", async () => {
    server = await startServer((_req, res) => reply(res, 200, {}));
    const client = clientFor(server, { rateLimit: pacing({ requestsPerWindow: 1, windowMs: 300 }) });
    const first = request(client, { method: "GET", path: "/first" });
    const controller = new AbortController();
    const queued = rejection(request(client, { method: "GET", path: "/aborted" }, { signal: controller.signal }));
    const third = request(client, { method: "GET", path: "/third" });
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    expect(await queued).toBeInstanceOf(RequestAbortedError);
    expect(performance.now() - started).toBeLessThan(200);
    await Promise.all([first, third]);
    expect(server.requests.map((r) => r.url)).toEqual(["/first", "/third"]);
  });

  it("retries a POST whose connection was refused, but not a POST whose connection dropped after sending", async () => {
    let attempts = 0;
    const counting = (input: Request | string | URL, init?: RequestInit) => {
      attempts++;
      return globalThis.fetch(input, init);
    };
    const refused = createFactify({ bearerAuth: "t", serverURL: await closedPort(), fetch: counting, retryConfig: FAST });
    const error = await rejection(request(refused, { method: "POST", path: "/x", body: { kind: "json", value: {} } }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("ECONNREFUSED");
    expect(attempts).toBe(FAST.maxRetries + 1);

    server = await startServer((_req, _res, raw) => raw.socket.destroy());
    const client = clientFor(server, { retryConfig: FAST });
    expect(await rejection(request(client, { method: "POST", path: "/post", body: { kind: "json", value: {} } }))).toBeInstanceOf(
      ConnectionError,
    );
    expect(server.requests.filter((r) => r.url === "/post")).toHaveLength(1);
    await rejection(request(client, { method: "GET", path: "/get" }));
    expect(server.requests.filter((r) => r.url === "/get")).toHaveLength(FAST.maxRetries + 1);
  });

  it("refuses bad input with InvalidRequestError before anything reaches the server", async () => {
    server = await startServer((_req, res) => reply(res, 200, {}));
    expect(() => createFactify({ serverURL: server!.url, serverIdx: 3 as never })).toThrow(InvalidRequestError);
    const noToken = createFactify({ serverURL: server.url, bearerAuth: () => "" });
    const error = await rejection(request(noToken, { method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).field).toBe("bearerAuth");
    await expect(request(clientFor(server), { method: "GET", path: "/x" }, { timeoutMs: "1s" as never })).rejects.toThrow(/timeoutMs/);
    expect(server.requests).toHaveLength(0);
  });
});

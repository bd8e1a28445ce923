// What debugLog writes never holds the token, whatever shape it has: the Authorization header is
// hidden by name (so an opaque token, which matches none of the secret patterns, is hidden too), also
// when a beforeRequest hook rewrites it, and a server echoing the token adds nothing to the log.
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { createFactify, debugLog, type FactifyOptions, type HookRequest, request } from "../../src/index";
import { fakeFetch, json, rejection } from "./fake-fetch";

const TOKEN = "opaque-Zq7Xv9Lm3Np5Rt8W";
const SIGNED = "signed-Kp4Hd8Qw2Zr6Tb1Y";

function loggedClient(fetch: FactifyOptions["fetch"], extra: FactifyOptions = {}) {
  const lines: unknown[][] = [];
  const client = createFactify({
    bearerAuth: async () => TOKEN,
    serverURL: "http://api.test",
    fetch,
    retryConfig: false,
    debugLogger: debugLog({ debug: (...args: unknown[]) => lines.push(args), warn: (...args: unknown[]) => lines.push(args) }),
    ...extra,
  });
  return { client, lines };
}

describe("debugLog and the token", () => {
  it("hides an opaque token's Authorization header, and the one a beforeRequest hook writes, while hooks see the real one", async () => {
    const seenByHook: string[] = [];
    const f = fakeFetch(json(200, {}));
    const { client, lines } = loggedClient(f.fetch, {
      hooks: {
        beforeRequest(req: HookRequest) {
          seenByHook.push(req.headers.get("authorization")!);
          req.headers.set("authorization", `Bearer ${SIGNED}`);
          req.headers.set("x-api-key", SIGNED);
        },
      },
    });
    await request(client, { method: "GET", path: "/v1beta/documents" });
    expect(seenByHook).toEqual([`Bearer ${TOKEN}`]);
    expect(f.calls[0]!.headers.get("authorization")).toBe(`Bearer ${SIGNED}`);
    expect(lines).toHaveLength(2);
    expect(lines[0]![1]).toMatchObject({ headers: { authorization: "[REDACTED]", "x-api-key": "[REDACTED]" } });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SIGNED);
  });

  it("logs no token when the server echoes it, in an API error or in a 2xx body that breaks the schema", async () => {
    const echo = (status: number) => (sent: { headers: Headers }) => json(status, { code: "unauthenticated", message: `got ${sent.headers.get("authorization")}` });
    const f = fakeFetch(echo(401), echo(200));
    const { client, lines } = loggedClient(f.fetch);
    await rejection(request(client, { method: "GET", path: "/a" }));
    await rejection(request(client, { method: "GET", path: "/b", responseSchema: v.object({ id: v.string() }) }));
    expect(lines.map((line) => line[0])).toEqual([
      "factify: GET http://api.test/a (attempt 1)",
      expect.stringMatching(/-> 401 in \d+ ms \(attempt 1, giving up\)$/),
      "factify: GET http://api.test/b (attempt 1)",
      expect.stringMatching(/-> 200 in \d+ ms \(attempt 1, giving up\)$/),
    ]);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });
});

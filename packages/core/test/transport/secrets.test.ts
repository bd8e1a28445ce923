// No secret anywhere: the token never shows in an error or in the client, however they are printed.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createFactify, type FactifyOptions, request } from "../../src/index";
import { fakeFetch, hang, json, refused, rejection } from "./fake-fetch";

const TOKEN = "ffy_live_S3CRET_value_42";

/** Every way an error or a client is commonly printed. */
function printed(value: unknown): string[] {
  const all = [inspect(value, { depth: 10 }), JSON.stringify(value) ?? ""];
  if (value instanceof Error) all.push(value.message, String(value), value.stack ?? "");
  return all;
}

function expectNoToken(value: unknown) {
  for (const text of printed(value)) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("S3CRET");
  }
}

const auths: Array<[string, FactifyOptions["bearerAuth"]]> = [
  ["a string token", TOKEN],
  ["a token provider", async () => TOKEN],
];

describe.each(auths)("with %s", (_, bearerAuth) => {
  const client = (fetch: FactifyOptions["fetch"], extra: FactifyOptions = {}) =>
    createFactify({ bearerAuth, serverURL: "http://api.test", fetch, retryConfig: false, ...extra });

  it("keeps the token out of the client however it is printed, and out of client.options", () => {
    const c = client(fakeFetch(json(200, {})).fetch);
    expectNoToken(c);
    expect("bearerAuth" in c.options).toBe(false);
  });

  it("keeps the token out of an API error whose server echoed it in the body and in headers", async () => {
    const f = fakeFetch(
      (sent) =>
        new Response(JSON.stringify({ code: "unauthenticated", message: `bad token ${TOKEN}`, echo: sent.headers.get("authorization") }), {
          status: 401,
          headers: { "content-type": "application/json", "x-echo-authorization": sent.headers.get("authorization")! },
        }),
    );
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }));
    expect(f.calls[0]!.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expectNoToken(error);
    expect((error as unknown as { body: string }).body).toContain("[REDACTED]");
  });

  it.each([
    ["a connection error", () => refused()],
    ["a timeout", hang],
  ])("keeps the token out of %s", async (_, answer) => {
    const f = fakeFetch(typeof answer === "function" && answer.length === 0 ? (answer as () => Error)() : (answer as typeof hang));
    expectNoToken(await rejection(request(client(f.fetch, { timeoutMs: 20 }), { method: "GET", path: "/x" })));
  });

  it("keeps the token out of the error for a header the runtime refuses", async () => {
    const f = fakeFetch(json(200, {}));
    const error = await rejection(request(client(f.fetch), { method: "GET", path: "/x" }, { headers: { "X-Api-Key": `${TOKEN}\u0100` } }));
    expect(error.message).toContain("headers.X-Api-Key");
    expectNoToken(error);
  });
});

it("never quotes a refused token in the error, from a string or a provider", async () => {
  const bad = `${TOKEN}\u0000`;
  let thrown: unknown;
  try {
    createFactify({ bearerAuth: bad });
  } catch (error) {
    thrown = error;
  }
  expectNoToken(thrown);
  const c = createFactify({ bearerAuth: () => bad, serverURL: "http://api.test", fetch: fakeFetch(json(200, {})).fetch });
  expectNoToken(await rejection(request(c, { method: "GET", path: "/x" })));
});

it("scrubs echoed tokens of 8 characters or more, and leaves shorter test tokens alone", async () => {
  for (const [token, hidden] of [["12345678", true], ["1234567", false]] as const) {
    const f = fakeFetch(json(400, { code: "invalid_argument", message: `echo ${token}` }));
    const c = createFactify({ bearerAuth: token, serverURL: "http://api.test", fetch: f.fetch, retryConfig: false });
    const error = await rejection(request(c, { method: "GET", path: "/x" }));
    expect(error.message).toBe(hidden ? "400 echo [REDACTED]" : `400 echo ${token}`);
  }
});

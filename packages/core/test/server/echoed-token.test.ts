// A server that echoes the caller's token in a 2xx body that breaks the contract: the token must not
// reach the caller through the ResponseValidationError, however it is read or printed. (API errors
// are covered by the transport tests; this crosses a real socket, with a token that matches none of
// the log redaction's patterns, so only the echo scrub can hide it.)
import { inspect } from "node:util";
import * as v from "valibot";
import { afterEach, describe, expect, it } from "vitest";
import { createFactify, type FactifyOptions, isFactifyError, request, ResponseValidationError } from "../../src/index";
import { reply, startServer, type TestServer } from "./http-server";

const TOKEN = "opaque-Zq7Xv9Lm3Np5Rt8W";
const schema = v.object({ document: v.object({ id: v.number(), title: v.string() }) });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The rejection of a call whose server answers 200 with `answer(authorization header it got)`. */
async function validationErrorFor(bearerAuth: FactifyOptions["bearerAuth"], answer: (authorization: string) => string) {
  server = await startServer((req, res) => reply(res, 200, answer(String(req.headers.authorization))));
  const client = createFactify({ bearerAuth, serverURL: server.url, retryConfig: false });
  const error = await request(client, { method: "GET", path: "/v1beta/documents/doc_1", responseSchema: schema }).then(
    () => expect.unreachable("the call should fail"),
    (thrown: unknown) => thrown,
  );
  expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(error).toBeInstanceOf(ResponseValidationError);
  return error as ResponseValidationError;
}

/** Every way the error is commonly read or printed, its fields included. */
function expectNoToken(error: ResponseValidationError) {
  const seen = [
    error.message,
    String(error),
    error.stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    error.body,
    JSON.stringify(error.rawValue),
    JSON.stringify(error.issues),
    JSON.stringify(Object.getOwnPropertyDescriptors(error)),
  ];
  for (const text of seen) expect(text).not.toContain(TOKEN);
}

describe.each([
  ["a string token", TOKEN],
  ["a token provider", async () => TOKEN],
] as const)("ResponseValidationError with %s echoed by the server", (_, bearerAuth) => {
  it("hides the token in the body, deep in rawValue (values and keys), the issues and the message", async () => {
    const error = await validationErrorFor(bearerAuth, (authorization) =>
      JSON.stringify({ document: { id: TOKEN, title: 5, [TOKEN]: [{ echo: authorization }] }, note: `seen ${TOKEN} twice: ${TOKEN}` }),
    );
    expectNoToken(error);
    expect(isFactifyError(error)).toBe(true);
    // The shape is kept; only the token is replaced.
    expect(error.rawValue).toEqual({
      document: { id: "[REDACTED]", title: 5, "[REDACTED]": [{ echo: "Bearer [REDACTED]" }] },
      note: "seen [REDACTED] twice: [REDACTED]",
    });
    expect(JSON.parse(error.body)).toEqual(error.rawValue);
    expect(error.issues.map((issue) => issue.path)).toEqual(["document.id", "document.title"]);
    expect(error.message).toContain("document.id");
    expect(error.message).toContain("[REDACTED]");
  });

  it("hides the token in a body that is not JSON (rawValue is then the text)", async () => {
    const error = await validationErrorFor(bearerAuth, (authorization) => `<html>proxy saw ${authorization}</html>`);
    expectNoToken(error);
    expect(error.rawValue).toBe("<html>proxy saw Bearer [REDACTED]</html>");
    expect(error.body).toBe(error.rawValue);
  });
});

it("leaves a valid answer that carries the token untouched (only errors are scrubbed)", async () => {
  server = await startServer((_req, res) => reply(res, 200, { document: { id: 1, title: TOKEN } }));
  const client = createFactify({ bearerAuth: TOKEN, serverURL: server.url, retryConfig: false });
  await expect(request(client, { method: "GET", path: "/x", responseSchema: schema })).resolves.toEqual({ document: { id: 1, title: TOKEN } });
});

// Such a token is not a valid bearer token (RFC 6750), but a provider may return one: the parsed
// fields are still scrubbed. (`body` keeps the JSON-escaped spelling of such a token, which is not the token's text.)
it("hides a token with characters JSON escapes (quote, backslash) in the parsed fields and the message", async () => {
  const odd = `${TOKEN}\\"q\\`;
  server = await startServer((_req, res) => reply(res, 200, { document: { id: odd, [odd]: `\\${odd}"` } }));
  const client = createFactify({ bearerAuth: odd, serverURL: server.url, retryConfig: false });
  const error = (await request(client, { method: "GET", path: "/x", responseSchema: schema }).catch((thrown: unknown) => thrown)) as ResponseValidationError;
  expect(error).toBeInstanceOf(ResponseValidationError);
  expect(error.rawValue).toEqual({ document: { id: "[REDACTED]", "[REDACTED]": '\\[REDACTED]"' } });
  expect(error.body).not.toContain(odd);
  for (const text of [error.message, JSON.stringify(error.issues), inspect(error, { depth: 10 })]) expect(text).not.toContain(TOKEN);
});

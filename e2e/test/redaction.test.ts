// Credentials never reach logs: a whole API-key life (create, use, revoke, refused) with a debug
// logger attached to both clients, then the log and the final error are searched for the secrets.
import { createApiKey, revokeApiKey } from "@factify/api-keys";
import { AuthenticationError, debugLog } from "@factify/core";
import { listDocuments } from "@factify/documents";
import { describe, expect, it } from "vitest";
import { inProcess } from "./support/emulator";

describe("redaction", () => {
  it("neither the bearer token nor a newly created key's secret appears in debug logs or errors", async () => {
    const world = inProcess();
    const lines: unknown[][] = [];
    const debugLogger = debugLog({ debug: (...args: unknown[]) => lines.push(args), warn: (...args: unknown[]) => lines.push(args) });
    const owner = world.as(world.mock.tokens.owner, { debugLogger });
    const { api_key, secret } = await createApiKey(owner, { organization_id: world.mock.demo.orgs.acme!, name: "logged" });
    const robot = world.as(secret, { debugLogger, retryConfig: false });
    await listDocuments(robot);
    await revokeApiKey(owner, { api_key_id: api_key.id });
    const error = await listDocuments(robot).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthenticationError);

    const text = JSON.stringify(lines, (_key, value) => (value instanceof Headers ? Object.fromEntries(value) : value));
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(text).toContain("createApiKey");
    for (const credential of [world.mock.tokens.owner, secret]) {
      expect(text).not.toContain(credential);
      expect(String(error)).not.toContain(credential);
      expect(JSON.stringify(error)).not.toContain(credential);
    }
  });
});

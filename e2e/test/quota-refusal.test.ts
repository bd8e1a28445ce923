// A quota refusal must reach the caller at once: it is a 429, yet no rate-limit window clears it.
import { RateLimitError } from "@factify/core";
import { createDocument, getDocumentQuota } from "@factify/documents";
import { describe, expect, it } from "vitest";
import { countRequests } from "./support/counting";
import { inProcess } from "./support/emulator";
import { pdfBlob } from "./support/files";

describe("quota refusals", () => {
  // The emulator sends the rate window's X-RateLimit-Reset on quota refusals too; its clock lags
  // 57 s here, as if the upload came late in a window, so a policy that trusted the header would
  // wait about 3 s and send the POST again.
  it("a 429 with reason quota_exceeded is not retried", async () => {
    const world = inProcess({ now: () => new Date(Date.now() - 57_000) }, { retryConfig: { initialInterval: 5, maxInterval: 20 } });
    const wire = countRequests(world.mock.fetch);
    const owner = world.as(world.mock.tokens.owner, { fetch: wire.fetch });
    const { used } = await getDocumentQuota(owner);
    world.mock.admin.setOrganizationLimits(world.mock.demo.orgs.acme!, { document_limit: used! });
    wire.seen.length = 0;
    const error = await createDocument(owner, { payload: pdfBlob(), title: "over quota" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).reason).toBe("quota_exceeded");
    expect(wire.seen).toEqual(["POST /v1beta/documents"]);
  });
});

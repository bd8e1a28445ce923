// @factify/mock-server/msw under msw 2 in Node: an application that calls Factify at its real
// address is answered by one stateful emulator, without knowing it.
import { ConnectionError, createFactify } from "@factify/core";
import { getDocument, listDocuments } from "@factify/documents";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMockFactify, samplePdf } from "../src/index";
import { FACTIFY_BASE_URLS, factifyHandlers } from "../src/msw";
import { createContractsApp } from "./fixtures/contracts-app";

const handlers = factifyHandlers({ baseUrls: ["https://gateway.example.test/factify/"] });
const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => handlers.mock.faults.clear());
afterAll(() => server.close());

describe("factifyHandlers", () => {
  it("answers an unmodified application at the production base URL, keeping state across calls", async () => {
    const app = createContractsApp(handlers.mock.tokens.owner);
    const id = await app.upload("Intercepted NDA", samplePdf("NDA"));
    expect(id).toMatch(/^doc_[0-9a-hjkmnp-tv-z]{26}$/);
    const titles = await app.titles();
    expect(titles).toContain("Intercepted NDA");
    expect(titles).toContain("Q4 Financial Report");
  });

  it("answers the development base URL from the same emulator", async () => {
    const dev = createContractsApp(handlers.mock.tokens.admin, "development");
    await dev.upload("Uploaded on dev", samplePdf("dev"));
    expect(await createContractsApp(handlers.mock.tokens.owner).titles()).toContain("Uploaded on dev");
  });

  it("answers a given base URL below its path prefix", async () => {
    const factify = createFactify({ bearerAuth: handlers.mock.tokens.member, serverURL: "https://gateway.example.test/factify" });
    const page = await listDocuments(factify, {});
    expect(page.items.length).toBeGreaterThan(0);
  });

  it("turns an injected drop into a network error, which the SDK retries", async () => {
    handlers.mock.faults.inject({ kind: "drop", path: "/documents/" });
    const factify = createFactify({ bearerAuth: handlers.mock.tokens.owner, retryConfig: false });
    const error = await getDocument(factify, { document_id: handlers.mock.demo.documents.welcome! }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    const retried = createFactify({ bearerAuth: handlers.mock.tokens.owner, retryConfig: { initialInterval: 1, maxInterval: 5 } });
    handlers.mock.faults.inject({ kind: "drop", path: "/documents/" });
    const { document } = await getDocument(retried, { document_id: handlers.mock.demo.documents.welcome! });
    expect(document.title).toBe("Welcome to Factify");
  });

  it("intercepts the production and development hosts and no others by default", () => {
    expect(FACTIFY_BASE_URLS).toEqual(["https://api.factify.com", "https://api.factify-dev.com"]);
    const own = factifyHandlers({ mock: createMockFactify({ seed: false }) });
    expect(own).toHaveLength(2);
    expect(own.mock.snapshot()).not.toContain("Olivia");
    expect(() => factifyHandlers({ baseUrls: ["not a url"] })).toThrow(/baseUrls must be absolute URLs/);
  });
});

import { getDocument } from "@factify/documents";
import { ClientClosedError, createFactify, Factify, FactifyError, isFactifyError, listOrganizationMembers } from "@factify/sdk";
import { describe, expect, it } from "vitest";
import { captureFetch } from "./helpers/capture";

const DOC = "doc_01h2xcejqtf2nbrexx3vqjhp41";
const ORG = "org_01h2xcejqtf2nbrexx3vqjhp41";
const document = {
  id: DOC,
  url: "https://app.factify.com/d/x",
  title: "Contract",
  access_level: "private",
  processing_status: "ready",
  created_at: "2026-01-31T12:00:00Z",
  created_by: { id: "user_01h2xcejqtf2nbrexx3vqjhp41", type: "user", name: "Ada" },
};

function setup() {
  const { fetch, calls } = captureFetch((req) =>
    req.url.pathname.endsWith("/members") ? { body: { items: [], pagination: { has_more: false } } } : { body: { document } },
  );
  return { fetch, calls, options: { bearerAuth: "secret-token", fetch, rateLimit: false as const, retryConfig: false as const } };
}

describe("new Factify(options)", () => {
  it("sends every resource's calls through one client built from the options", async () => {
    const { options, calls } = setup();
    const factify = new Factify({ ...options, serverURL: "http://127.0.0.1:9/" });
    await factify.documents.get({ document_id: DOC });
    await factify.organizations.members.list({ organization_id: ORG });
    await getDocument(factify.client, { document_id: DOC });
    expect(calls.map((c) => `${c.method} ${c.url.href}`)).toEqual([
      `GET http://127.0.0.1:9/v1beta/documents/${DOC}`,
      `GET http://127.0.0.1:9/v1beta/organizations/${ORG}/members`,
      `GET http://127.0.0.1:9/v1beta/documents/${DOC}`,
    ]);
    expect(calls.every((c) => c.headers.get("authorization") === "Bearer secret-token")).toBe(true);
    expect(factify.documents.client).toBe(factify.client);
    expect(factify.organizations.members.client).toBe(factify.client);
  });

  it("keeps the caller's hooks", async () => {
    const { options } = setup();
    const seen: string[] = [];
    const factify = new Factify({ ...options, hooks: { beforeRequest: (r) => void seen.push(r.operationId ?? "") } });
    await factify.documents.get({ document_id: DOC });
    expect(seen).toEqual(["getDocument"]);
  });

  it("refuses every call after close(), through resources and through its client, without sending", async () => {
    const { options, calls } = setup();
    const factify = new Factify(options);
    expect(factify.closed).toBe(false);
    factify.close();
    factify.close();
    expect(factify.closed).toBe(true);
    const error = await factify.documents.get({ document_id: DOC }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientClosedError);
    expect(error).toBeInstanceOf(FactifyError);
    expect(isFactifyError(error)).toBe(true);
    expect((error as Error).message).toMatch(/closed.*getDocument/);
    await expect(listOrganizationMembers(factify.client, { organization_id: ORG }).toArray()).rejects.toBeInstanceOf(ClientClosedError);
    expect(calls).toHaveLength(0);
  });

  it("closes at the end of a `using` block", async () => {
    const { options, calls } = setup();
    let escaped: Factify | undefined;
    {
      using factify = new Factify(options);
      escaped = factify;
      await factify.documents.get({ document_id: DOC });
    }
    expect(escaped.closed).toBe(true);
    await expect(escaped.documents.get({ document_id: DOC })).rejects.toBeInstanceOf(ClientClosedError);
    expect(calls).toHaveLength(1);
  });

  it("closes at the end of an `await using` block", async () => {
    const { options } = setup();
    let escaped: Factify | undefined;
    {
      await using factify = new Factify(options);
      escaped = factify;
    }
    expect(escaped.closed).toBe(true);
  });

  it("does not affect other clients", async () => {
    const { options, calls } = setup();
    new Factify(options).close();
    await getDocument(createFactify(options), { document_id: DOC });
    expect(calls).toHaveLength(1);
  });
});

// The SDK clients createMockFactify hands out: ready for each demo user, bound to the emulator,
// quick to retry, and the seed data they act on nameable through DEMO_USERS.
import { NotFoundError, RateLimitError } from "@factify/core";
import { getDocument, listDocuments } from "@factify/documents";
import { grantDocumentAccess } from "@factify/sharing";
import { getMe } from "@factify/users";
import { describe, expect, it } from "vitest";
import { createMockFactify, DEMO_USERS } from "../src/index";

describe("clients handed out by createMockFactify", () => {
  it("lets the owner's client call an operation with no token handling", async () => {
    const mock = createMockFactify();
    const page = await listDocuments(mock.client, {});
    const titles = page.items.map((d) => d.title);
    expect(titles).toContain("Q4 Financial Report");
    expect(titles).not.toContain("Globex roadmap");
  });

  it("gives each demo user its own client, seeing what that user may see", async () => {
    const mock = createMockFactify();
    const roadmap = mock.demo.documents.roadmap!;
    const fromOutsider = await getDocument(mock.clients.outsider, { document_id: roadmap });
    expect(fromOutsider.document.title).toBe("Globex roadmap");
    await expect(getDocument(mock.clients.member, { document_id: roadmap })).rejects.toBeInstanceOf(NotFoundError);
    expect(Object.keys(mock.clients).sort()).toEqual(["admin", "member", "outsider", "owner"]);
  });

  it("gives user-token clients for the operations that refuse API keys", async () => {
    const mock = createMockFactify();
    const me = await getMe(mock.userClients.member);
    expect(me.user).toMatchObject({ id: DEMO_USERS.member.id, email: DEMO_USERS.member.email, name: DEMO_USERS.member.name });
    const newcomer = await getMe(mock.userClients.newcomer);
    expect(newcomer.user.id).toBe(DEMO_USERS.newcomer.id);
    expect(newcomer.organizations).toEqual([]);
  });

  it("names the seeded users with the ids and emails DEMO_USERS exports", () => {
    const mock = createMockFactify();
    for (const [name, user] of Object.entries(DEMO_USERS)) expect(mock.demo.users[name]).toBe(user.id);
    expect(mock.users).toBe(DEMO_USERS);
    const state = mock.inspect.state();
    expect(Object.values(DEMO_USERS).map((u) => state.users[u.id]?.email)).toEqual(Object.values(DEMO_USERS).map((u) => u.email));
  });

  it("grants to a demo user's email, and reports an unknown address inside the 200", async () => {
    const mock = createMockFactify();
    const report = mock.demo.documents.report!;
    const result = await grantDocumentAccess(mock.client, {
      document_id: report,
      recipients: [
        { recipient: DEMO_USERS.admin.email, role: "viewer" },
        { recipient: "nobody@unknown.example", role: "viewer" },
      ],
    });
    expect(result).toMatchObject({ total: 2, successful: 1, failed: 1 });
    expect(result.results?.[1]).toMatchObject({ recipient: "nobody@unknown.example", success: false });
    expect(result.results?.[1]?.error).toMatch(/no Factify user/);
    const asAdmin = await getDocument(mock.clients.admin, { document_id: report });
    expect(asAdmin.document.permission_set?.view).toBe(true);
  });

  it("retries injected 503s and 429s in milliseconds: in-process faults default to Retry-After 0", async () => {
    const mock = createMockFactify();
    const five03 = mock.faults.inject({ kind: "status", status: 503, times: 2 });
    expect(five03.retryAfter).toBe(0);
    mock.faults.inject({ kind: "status", status: 429, times: 2, path: "/documents" });
    const started = performance.now();
    const page = await listDocuments(mock.client, {});
    // With the HTTP default of 1 s, four retries would take at least 4 s.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(page.items.length).toBeGreaterThan(0);
    expect(mock.faults.pending()).toEqual([]);
  });

  it("keeps a Retry-After that a test asks for", async () => {
    const mock = createMockFactify();
    mock.faults.inject({ kind: "status", status: 429, retryAfter: 30 });
    const error = await listDocuments(mock.clientFor(mock.tokens.owner, { retryConfig: false }), {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get("retry-after")).toBe("30");
  });

  it("makes a client for any token, such as a user created by a test", async () => {
    const mock = createMockFactify();
    const ivy = mock.admin.createUser({ name: "Ivy Intern", email: "ivy@acme.example", organization_id: mock.demo.orgs.acme!, role: "member" });
    const page = await listDocuments(mock.clientFor(ivy.api_key!), {});
    expect(page.items.map((d) => d.title)).toContain("Welcome to Factify");
  });

  it("keeps its clients working across reset, and refuses demo clients when unseeded", async () => {
    const mock = createMockFactify();
    const client = mock.client;
    mock.reset();
    expect(mock.client).toBe(client);
    expect((await listDocuments(client, {})).items.length).toBeGreaterThan(0);
    const empty = createMockFactify({ seed: false });
    expect(() => empty.client).toThrow(/seed: false/);
    expect(() => empty.users).toThrow(/seed: false/);
  });
});

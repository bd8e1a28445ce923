// The field notes of tools/codegen (src/field-notes.ts) make generated input types tighter than the
// spec's schema. Each case shows, against the emulator, that the API itself refuses the looser
// value the schema would allow (raw wire call, no SDK check in between), accepts the tighter one,
// and that the SDK now refuses the looser value before sending, naming the field.
import { InvalidRequestError } from "@factify/core";
import { listDocuments, transferDocumentOwnership } from "@factify/documents";
import { addOrganizationMember, updateOrganizationMember, uploadOrganizationLogo } from "@factify/organizations";
import { grantDocumentAccess } from "@factify/sharing";
import { setApiKeyQuota } from "@factify/usage";
import { describe, expect, it } from "vitest";
import { inProcess } from "./support/emulator";

const world = () => inProcess({ rateLimit: false });

/** Sends a raw request to the emulator as the demo owner, bypassing the SDK's checks. */
async function wire(w: ReturnType<typeof world>, method: string, path: string, json?: unknown) {
  const res = await w.mock.fetch(new URL(`/v1beta${path}`, "http://mock.test"), {
    method,
    headers: { authorization: `Bearer ${w.mock.tokens.owner}`, "content-type": "application/json" },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: res.status, body: (await res.json()) as { code?: string; message?: string } };
}

/** Calls `run` with a client that counts what it sends; expects an InvalidRequestError naming `field` and nothing sent. */
async function refusedBeforeSending(w: ReturnType<typeof world>, field: string, run: (client: ReturnType<ReturnType<typeof world>["as"]>) => Promise<unknown>) {
  let sent = 0;
  const client = w.as(w.mock.tokens.owner, {
    fetch: (input, init) => {
      sent++;
      return w.mock.fetch(input, init);
    },
  });
  const error = await run(client).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect((error as InvalidRequestError).field).toBe(field);
  expect(sent).toBe(0);
}

describe("field notes, checked against the emulator", () => {
  it("listDocuments sort: only the sortable fields, with an optional - prefix", async () => {
    const w = world();
    expect((await wire(w, "GET", "/documents?sort=title")).status).toBe(400);
    expect((await wire(w, "GET", "/documents?sort=-title")).status).toBe(400);
    for (const sort of ["name", "-name", "created_at", "-updated_at", "last_viewed_at", "-last_shared_at"] as const) {
      expect((await listDocuments(w.as(w.mock.tokens.owner), { sort })).items.length, sort).toBeGreaterThan(0);
    }
    // @ts-expect-error "title" is not a sort field (the API calls it "name")
    await refusedBeforeSending(w, "sort", (c) => listDocuments(c, { sort: "title" }));
  });

  it("transferDocumentOwnership needs new_owner_id", async () => {
    const w = world();
    const document_id = w.mock.demo.documents.report!;
    const missing = await wire(w, "POST", `/documents/${document_id}/transfer`, {});
    expect(missing).toMatchObject({ status: 400, body: { code: "invalid_argument" } });
    expect(missing.body.message).toContain("new_owner_id");
    // @ts-expect-error new_owner_id is required
    await refusedBeforeSending(w, "new_owner_id", (c) => transferDocumentOwnership(c, { document_id }));
    const done = await transferDocumentOwnership(w.as(w.mock.tokens.owner), { document_id, new_owner_id: w.mock.demo.users.admin! });
    expect(done.new_owner_id).toBe(w.mock.demo.users.admin!);
  });

  it("grantDocumentAccess needs recipients", async () => {
    const w = world();
    const document_id = w.mock.demo.documents.report!;
    const missing = await wire(w, "POST", `/documents/${document_id}/share`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain("recipients");
    // @ts-expect-error recipients is required
    await refusedBeforeSending(w, "recipients", (c) => grantDocumentAccess(c, { document_id }));
    const granted = await grantDocumentAccess(w.as(w.mock.tokens.owner), {
      document_id,
      recipients: [{ recipient: "someone@example.com", role: "viewer" }],
    });
    expect(granted.total).toBe(1);
  });

  it("setAPIKeyQuota needs a limit, and not null", async () => {
    const w = world();
    const api_key_id = w.mock.demo.apiKeys.member!;
    expect((await wire(w, "PUT", `/quota/keys/${api_key_id}`, {})).status).toBe(400);
    expect((await wire(w, "PUT", `/quota/keys/${api_key_id}`, { limit: null })).status).toBe(400);
    // @ts-expect-error limit is required
    await refusedBeforeSending(w, "limit", (c) => setApiKeyQuota(c, { api_key_id }));
    // @ts-expect-error limit cannot be null
    await refusedBeforeSending(w, "limit", (c) => setApiKeyQuota(c, { api_key_id, limit: null }));
    const { quota } = await setApiKeyQuota(w.as(w.mock.tokens.owner), { api_key_id, limit: 500 });
    expect(quota?.limit).toBe(500);
  });

  it("addOrganizationMember and updateOrganizationMember take admin or member, never owner", async () => {
    const w = world();
    const organization_id = w.mock.demo.orgs.acme!;
    const users = { newcomer: w.mock.demo.users.newcomer!, member: w.mock.demo.users.member! };
    expect((await wire(w, "POST", `/organizations/${organization_id}/members`, { user_id: users.newcomer, role: "owner" })).status).toBe(400);
    expect((await wire(w, "PATCH", `/organizations/${organization_id}/members/${users.member}`, { role: "owner" })).status).toBe(400);
    // @ts-expect-error owner is not a role one can add
    await refusedBeforeSending(w, "role", (c) => addOrganizationMember(c, { organization_id, user_id: users.newcomer, role: "owner" }));
    // @ts-expect-error owner is not a role one can give
    await refusedBeforeSending(w, "role", (c) => updateOrganizationMember(c, { organization_id, user_id: users.member, role: "owner" }));
    const owner = w.as(w.mock.tokens.owner);
    expect((await addOrganizationMember(owner, { organization_id, user_id: users.newcomer, role: "member" })).member.role).toBe("member");
    expect((await updateOrganizationMember(owner, { organization_id, user_id: users.newcomer, role: "admin" })).member.role).toBe("admin");
  });

  it("uploadOrganizationLogo needs image_data", async () => {
    const w = world();
    const organization_id = w.mock.demo.orgs.acme!;
    const missing = await wire(w, "POST", `/organizations/${organization_id}/logo`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain("image_data");
    // @ts-expect-error image_data is required
    await refusedBeforeSending(w, "image_data", (c) => uploadOrganizationLogo(c, { organization_id }));
  });
});

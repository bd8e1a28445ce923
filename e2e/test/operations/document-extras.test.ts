// Every operation of @factify/policies, @factify/timelines and @factify/entry-pages against the in-process emulator.
import { BadRequestError, ConflictError, createFactify, NotFoundError } from "@factify/core";
import { createDocument, updateDocument } from "@factify/documents";
import { EntryPages, generateDocumentEntryPage } from "@factify/entry-pages";
import * as entrySchemas from "@factify/entry-pages/schemas";
import { attachDocumentPolicy, detachDocumentPolicy, listDocumentPolicies, Policies } from "@factify/policies";
import * as policySchemas from "@factify/policies/schemas";
import { Factify } from "@factify/sdk";
import { grantDocumentAccess } from "@factify/sharing";
import { getDocumentTimeline } from "@factify/timelines";
import * as timelineSchemas from "@factify/timelines/schemas";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob } from "../support/files";

const recorder = recordOperations();
let world: World;
beforeEach(() => {
  world = inProcess({}, { hooks: recorder.hooks });
});
afterAll(() => {
  expect(missedOperations(recorder, policySchemas)).toEqual([]);
  expect(missedOperations(recorder, timelineSchemas)).toEqual([]);
  expect(missedOperations(recorder, entrySchemas)).toEqual([]);
});

async function upload() {
  const owner = world.as(world.mock.tokens.owner);
  const { document } = await createDocument(owner, { payload: pdfBlob(), title: "Contract" });
  return { owner, document };
}

describe("@factify/policies", () => {
  it("attaches, lists and detaches a policy of the document's organization", async () => {
    const { owner, document } = await upload();
    const policyId = world.mock.demo.policies.confidential!;
    const attached = await attachDocumentPolicy(owner, { document_id: document.id, policy_id: policyId });
    expect(attached).toMatchObject({ document_id: document.id, policy: { id: policyId, name: "Confidential" } });
    await expectApiError(attachDocumentPolicy(owner, { document_id: document.id, policy_id: policyId }), ConflictError, { status: 409, code: "already_exists" });

    const policies = new Policies(owner);
    expect((await policies.list({ document_id: document.id }).toArray()).map((p) => p.policy.id)).toEqual([policyId]);
    expect(await detachDocumentPolicy(owner, { document_id: document.id, policy_id: policyId })).toEqual({});
    expect(await listDocumentPolicies(owner, { document_id: document.id }).toArray()).toEqual([]);
  });

  it("refuses a policy of another organization as not found", async () => {
    const { owner, document } = await upload();
    await expectApiError(attachDocumentPolicy(owner, { document_id: document.id, policy_id: world.mock.demo.policies.internal! }), NotFoundError, {
      status: 404,
      code: "not_found",
    });
  });
});

describe("@factify/timelines", () => {
  it("records creation, updates and grants, newest first, paged by cursor", async () => {
    const { owner, document } = await upload();
    await updateDocument(owner, { document_id: document.id, title: "Contract v1" });
    await grantDocumentAccess(owner, { document_id: document.id, recipients: [{ recipient: "mia@acme.example", role: "viewer" }] });
    const first = await getDocumentTimeline(owner, { document_id: document.id, page_size: 2 });
    expect(first.events).toHaveLength(2);
    expect(first.events?.[0]?.event_type).toBe("document_user_access_granted");
    expect(first.next_cursor).toBeTruthy();
    const rest = await getDocumentTimeline(owner, { document_id: document.id, page_size: 100, cursor: first.next_cursor! });
    const types = [...(first.events ?? []), ...(rest.events ?? [])].map((e) => e.event_type);
    expect(types).toEqual(expect.arrayContaining(["document_created", "document_updated", "document_user_access_granted"]));
    expect(types.at(-1)).toBe("document_created");
    for (const e of first.events ?? []) expect(e.event_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("through the Factify class, a viewer sees only their own events", async () => {
    const { owner, document } = await upload();
    await grantDocumentAccess(owner, { document_id: document.id, recipients: [{ recipient: "oscar@globex.example", role: "viewer" }] });
    const outsider = new Factify(world.optionsFor(world.mock.tokens.outsider, { hooks: recorder.hooks }));
    const { events } = await outsider.timelines.get({ document_id: document.id });
    expect(events ?? []).toEqual([]);
  });
});

describe("@factify/entry-pages", () => {
  it("generates a downloadable entry page and records it on the timeline", async () => {
    const { owner, document } = await upload();
    const { download_url } = await generateDocumentEntryPage(owner, { document_id: document.id });
    const file = await world.mock.fetch(download_url);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const { events } = await getDocumentTimeline(owner, { document_id: document.id, page_size: 1 });
    expect(events?.[0]?.event_type).toBe("document_entry_page_downloaded");
  });

  it("through the EntryPages class, refuses a document that is still processing", async () => {
    const slow = inProcess({ processingDelayMs: 60_000 }, { hooks: recorder.hooks });
    const owner = createFactify(slow.optionsFor(slow.mock.tokens.owner));
    const { document } = await createDocument(owner, { payload: pdfBlob(), title: "pending" });
    await expectApiError(new EntryPages(owner).generate({ document_id: document.id }), BadRequestError, { status: 400, code: "failed_precondition" });
  });
});

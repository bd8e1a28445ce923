// Every @factify/documents operation, as standalone functions, against the in-process emulator.
import { NotFoundError, PermissionDeniedError } from "@factify/core";
import {
  createDocument,
  exportDocument,
  getDocument,
  getDocumentQuota,
  listDocumentDuplicates,
  listDocuments,
  processDocument,
  transferDocumentOwnership,
  trashDocument,
  untrashDocument,
  updateDocument,
} from "@factify/documents";
import * as schemas from "@factify/documents/schemas";
import { grantDocumentAccess } from "@factify/sharing";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob, pdfBytes } from "../support/files";

const recorder = recordOperations();
let world: World;
beforeEach(() => {
  world = inProcess({}, { hooks: recorder.hooks });
});
afterAll(() => {
  expect(missedOperations(recorder, schemas)).toEqual([]);
});

async function upload(title = "Master Services Agreement", bytes: Uint8Array | Blob = pdfBlob()) {
  const { document } = await createDocument(world.as(world.mock.tokens.owner), { payload: bytes, title });
  return document;
}

describe("@factify/documents through standalone functions", () => {
  it("uploads a PDF that starts processing and becomes ready with a first version", async () => {
    const mock = inProcess({ processingDelayMs: 1_000 }, { hooks: recorder.hooks });
    const owner = mock.as(mock.mock.tokens.owner);
    const { document } = await createDocument(owner, { payload: pdfBlob(), title: "MSA", description: "for Globex", access_level: "private" });
    expect(document.id).toMatch(/^doc_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(document).toMatchObject({ title: "MSA", description: "for Globex", processing_status: "processing", source_format: "pdf", access_level: "private" });
    expect(document.current_version?.id).toMatch(/^ver_/);
    mock.mock.clock.advance(1_000);
    const { document: later } = await getDocument(owner, { document_id: document.id });
    expect(later.processing_status).toBe("ready");
    expect(later.last_viewed_at).toBeDefined();
    expect(later.permission_set?.trash).toBe(true);
  });

  it("updates the title and description", async () => {
    const doc = await upload();
    const owner = world.as(world.mock.tokens.owner);
    const { document } = await updateDocument(owner, { document_id: doc.id, title: "MSA (signed)", description: "countersigned copy" });
    expect(document).toMatchObject({ title: "MSA (signed)", description: "countersigned copy" });
    const { document: read } = await getDocument(owner, { document_id: doc.id });
    expect(read.title).toBe("MSA (signed)");
  });

  it("lists with filters: title, formats, creation date, ownership", async () => {
    const doc = await upload("Zebra contract");
    const owner = world.as(world.mock.tokens.owner);
    const titles = (await listDocuments(owner, { title_contains: "zebra" }).toArray()).map((d) => d.id);
    expect(titles).toEqual([doc.id]);
    // Arrays travel as repeated keys, so two formats select both.
    const formats = (await listDocuments(owner, { source_format: ["csv", "markdown"] }).toArray()).map((d) => d.source_format);
    expect(new Set(formats)).toEqual(new Set(["csv", "markdown"]));
    // A Date becomes an RFC 3339 `created.after`: only today's upload is newer than an hour ago.
    const recent = await listDocuments(owner, { created: { after: new Date(world.mock.clock.now().getTime() - 3_600_000) } }).toArray();
    expect(recent.map((d) => d.id)).toEqual([doc.id]);
    const admin = world.as(world.mock.tokens.admin);
    const adminOwned = await listDocuments(admin, { ownership: ["owned"] }).toArray();
    expect(adminOwned.map((d) => d.id)).not.toContain(doc.id);
  });

  it("counts uploads against the document quota", async () => {
    const owner = world.as(world.mock.tokens.owner);
    const before = await getDocumentQuota(owner);
    await upload();
    const after = await getDocumentQuota(owner);
    expect(after.limit).toBe(before.limit);
    expect(after.used).toBe((before.used ?? 0) + 1);
    expect(after.available).toBe((before.available ?? 0) - 1);
  });

  it("finds a duplicate upload of the same bytes", async () => {
    const bytes = pdfBytes("Same bytes twice");
    const first = await upload("first", bytes);
    const second = await upload("second", bytes);
    await upload("different");
    const { items } = await listDocumentDuplicates(world.as(world.mock.tokens.owner), { document_id: first.id });
    expect((items ?? []).map((d) => d.document_id)).toEqual([second.id]);
  });

  it("reprocessing a ready document reports it already completed", async () => {
    const doc = await upload();
    const result = await processDocument(world.as(world.mock.tokens.owner), { document_id: doc.id });
    expect(result).toMatchObject({ document_id: doc.id, version_id: doc.current_version?.id, status: "PROCESSING_OUTCOME_ALREADY_COMPLETED" });
  });

  it("exports a URL that serves the uploaded PDF", async () => {
    const bytes = pdfBytes("Exported");
    const doc = await upload("to export", bytes);
    const owner = world.as(world.mock.tokens.owner);
    const exported = await exportDocument(owner, { document_id: doc.id });
    expect(Date.parse(exported.expires_at)).toBeGreaterThan(world.mock.clock.now().getTime());
    const file = await world.mock.fetch(exported.url);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it("transfers ownership: the new owner owns it, the old one keeps admin and cannot trash", async () => {
    const doc = await upload();
    const owner = world.as(world.mock.tokens.owner);
    const adminId = world.mock.demo.users.admin!;
    expect(await transferDocumentOwnership(owner, { document_id: doc.id, new_owner_id: adminId })).toEqual({ document_id: doc.id, new_owner_id: adminId });
    const admin = world.as(world.mock.tokens.admin);
    const owned = await listDocuments(admin, { ownership: ["owned"] }).toArray();
    expect(owned.map((d) => d.id)).toContain(doc.id);
    const { document } = await getDocument(owner, { document_id: doc.id });
    expect(document.permission_set).toMatchObject({ manage_access: true, trash: false });
    await expectApiError(trashDocument(owner, { document_id: doc.id }), PermissionDeniedError, { status: 403, code: "permission_denied", reason: "insufficient_permissions" });
  });

  it("trash hides the document, cuts grants; untrash restores it without them", async () => {
    const doc = await upload();
    const owner = world.as(world.mock.tokens.owner);
    const member = world.as(world.mock.tokens.member);
    const outsider = world.as(world.mock.tokens.outsider);
    await grantDocumentAccess(owner, { document_id: doc.id, recipients: [{ recipient: "oscar@globex.example", role: "viewer" }] });
    expect((await getDocument(outsider, { document_id: doc.id })).document.id).toBe(doc.id);

    expect(await trashDocument(owner, { document_id: doc.id })).toEqual({});
    const { document: trashed } = await getDocument(owner, { document_id: doc.id });
    expect(trashed.trashed_at).toBeDefined();
    expect((await listDocuments(owner).toArray()).map((d) => d.id)).not.toContain(doc.id);
    expect((await listDocuments(owner, { trash_state: ["trashed"] }).toArray()).map((d) => d.id)).toEqual([doc.id]);
    await expectApiError(getDocument(outsider, { document_id: doc.id }), NotFoundError, { status: 404, code: "not_found", reason: "resource_not_found" });
    // General access went back to restricted, so even a colleague in the organization lost sight of it.
    await expectApiError(getDocument(member, { document_id: doc.id }), PermissionDeniedError, { status: 403, code: "permission_denied" });

    expect(await untrashDocument(owner, { document_id: doc.id })).toEqual({});
    const { document: restored } = await getDocument(owner, { document_id: doc.id });
    expect(restored.trashed_at).toBeUndefined();
    await expectApiError(getDocument(outsider, { document_id: doc.id }), NotFoundError, { status: 404, code: "not_found" });
  });
});

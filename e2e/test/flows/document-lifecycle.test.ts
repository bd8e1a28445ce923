// The cross-resource life of one contract: upload, new version, share, an outsider's access request,
// approval, transfer, trash (grants cut), untrash and export. Three people, three API shapes.
import { AccessRequests } from "@factify/access-requests";
import { createFactify, NotFoundError, PermissionDeniedError } from "@factify/core";
import { exportDocument, getDocument, listDocuments, transferDocumentOwnership, trashDocument, untrashDocument } from "@factify/documents";
import { Factify } from "@factify/sdk";
import { listDocumentAccess } from "@factify/sharing";
import { getDocumentTimeline } from "@factify/timelines";
import { describe, expect, it } from "vitest";
import { transports, type World } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob, pdfBytes } from "../support/files";

describe.each(transports)("a contract's life across resources ($name)", ({ start }) => {
  it("upload → version → share → request → approve → transfer → trash → untrash → export", async () => {
    const world = await start();
    try {
      await lifecycle(world);
    } finally {
      await world.close();
    }
  });
});

async function lifecycle({ mock, as, optionsFor, download }: World): Promise<void> {
  const { users } = mock.demo;
  const olivia = new Factify(optionsFor(mock.tokens.owner)); // the facade
  const oscar = new AccessRequests(createFactify(optionsFor(mock.tokens.outsider))); // a resource class
  const adam = as(mock.tokens.admin); // standalone functions
  const mia = as(mock.tokens.member);

  const { document } = await olivia.documents.create({ payload: pdfBlob("draft"), title: "Master Services Agreement", access_level: "private" });
  const signed = pdfBytes("signed");
  const v2 = await olivia.versions.create({ document_id: document.id, payload: signed, title: "Signed" });
  expect((await olivia.versions.list({ document_id: document.id }).toArray()).length).toBe(2);

  const grant = await olivia.sharing.grant({ document_id: document.id, recipients: [{ recipient: "mia@acme.example", role: "viewer" }] });
  expect(grant.successful).toBe(1);
  expect((await getDocument(mia, { document_id: document.id })).document.current_version?.id).toBe(v2.id);

  await expectApiError(getDocument(oscar.client, { document_id: document.id }), NotFoundError, { status: 404, code: "not_found" });
  const { access_request } = await oscar.create({ document_id: document.id, permission: "comment", message: "Reviewing for Globex" });
  const approved = await olivia.accessRequests.approve({ document_id: document.id, access_request_id: access_request.id });
  expect(approved.access_request.request_status).toBe("approved");
  expect((await getDocument(oscar.client, { document_id: document.id })).document.permission_set).toMatchObject({ view: true, comment_public: true });
  const roles = async (who = olivia.client) => Object.fromEntries(((await listDocumentAccess(who, { document_id: document.id })).recipients ?? []).map((r) => [r.id, r.document_role]));
  expect(await roles()).toEqual({ [users.owner!]: "owner", [users.member!]: "viewer", [users.outsider!]: "commenter" });

  await transferDocumentOwnership(olivia.client, { document_id: document.id, new_owner_id: users.admin! });
  expect(await roles()).toMatchObject({ [users.admin!]: "owner", [users.owner!]: "admin" });
  await expectApiError(olivia.documents.trash({ document_id: document.id }), PermissionDeniedError, { status: 403, code: "permission_denied" });

  await trashDocument(adam, { document_id: document.id });
  expect((await getDocument(adam, { document_id: document.id })).document.trashed_at).toBeDefined();
  // Trash cut every grant, the former owner's admin grant included.
  expect(await roles(adam)).toEqual({ [users.admin!]: "owner" });
  await expectApiError(olivia.documents.get({ document_id: document.id }), PermissionDeniedError, { status: 403, code: "permission_denied" });
  await expectApiError(getDocument(oscar.client, { document_id: document.id }), NotFoundError, { status: 404, code: "not_found" });
  await expectApiError(getDocument(mia, { document_id: document.id }), PermissionDeniedError, { status: 403, code: "permission_denied" });
  expect((await listDocuments(mia).toArray()).map((d) => d.id)).not.toContain(document.id);

  await untrashDocument(adam, { document_id: document.id });
  const { document: restored } = await getDocument(adam, { document_id: document.id });
  expect(restored.trashed_at).toBeUndefined();
  await expectApiError(getDocument(oscar.client, { document_id: document.id }), NotFoundError, { status: 404, code: "not_found" });

  const exported = await exportDocument(adam, { document_id: document.id });
  const file = await download(exported.url);
  expect(new Uint8Array(await file.arrayBuffer())).toEqual(signed);

  const { events } = await getDocumentTimeline(adam, { document_id: document.id, page_size: 100 });
  const types = (events ?? []).map((e) => e.event_type);
  expect(types).toEqual(
    expect.arrayContaining(["document_created", "document_version_uploaded", "document_user_access_granted", "document_settings_access_changed", "document_user_access_revoked"]),
  );
}

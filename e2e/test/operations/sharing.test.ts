// Every @factify/sharing operation, through the Sharing resource class, against the in-process emulator.
import { createFactify, NotFoundError } from "@factify/core";
import { createDocument, getDocument } from "@factify/documents";
import { Sharing } from "@factify/sharing";
import * as schemas from "@factify/sharing/schemas";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob } from "../support/files";

const recorder = recordOperations();
let world: World;
let sharing: Sharing;
let documentId: string;
beforeEach(async () => {
  world = inProcess({}, { hooks: recorder.hooks });
  sharing = new Sharing(createFactify(world.optionsFor(world.mock.tokens.owner)));
  const { document } = await createDocument(sharing.client, { payload: pdfBlob(), title: "Contract", access_level: "private" });
  documentId = document.id;
});
afterAll(() => {
  expect(missedOperations(recorder, schemas)).toEqual([]);
});

describe("@factify/sharing through the Sharing class", () => {
  it("grants by email and by id, reporting failures per recipient inside a 200", async () => {
    const result = await sharing.grant({
      document_id: documentId,
      recipients: [
        { recipient: "MIA@acme.example", role: "viewer" },
        { recipient: world.mock.demo.users.outsider!, role: "commenter" },
        { recipient: "nobody@nowhere.example", role: "viewer" },
      ],
      should_send_notification: false,
    });
    expect(result).toMatchObject({ document_id: documentId, total: 3, successful: 2, failed: 1 });
    expect(result.results?.find((r) => r.recipient === "nobody@nowhere.example")?.error).toBeTruthy();

    const { recipients, general_access_level } = await sharing.list({ document_id: documentId });
    expect(general_access_level).toBe("restricted");
    const roles = Object.fromEntries((recipients ?? []).map((r) => [r.id, r.document_role]));
    expect(roles).toMatchObject({
      [world.mock.demo.users.owner!]: "owner",
      [world.mock.demo.users.member!]: "viewer",
      [world.mock.demo.users.outsider!]: "commenter",
    });
    const outsider = world.as(world.mock.tokens.outsider);
    expect((await getDocument(outsider, { document_id: documentId })).document.permission_set).toMatchObject({ comment_public: true, export: false });
  });

  it("changes a grant's role and revokes it", async () => {
    const outsiderId = world.mock.demo.users.outsider!;
    await sharing.grant({ document_id: documentId, recipients: [{ recipient: outsiderId, role: "viewer" }] });
    expect(await sharing.update({ document_id: documentId, recipient_id: outsiderId, document_role: "collaborator" })).toMatchObject({ success: true });
    const outsider = world.as(world.mock.tokens.outsider);
    expect((await getDocument(outsider, { document_id: documentId })).document.permission_set?.create_version).toBe(true);

    expect(await sharing.revoke({ document_id: documentId, recipient_id: outsiderId })).toMatchObject({ success: true });
    await expectApiError(getDocument(outsider, { document_id: documentId }), NotFoundError, { status: 404, code: "not_found" });
    const again = await sharing.revoke({ document_id: documentId, recipient_id: outsiderId });
    expect(again.success).toBe(false);
    expect(again.error).toBeTruthy();
  });

  it("opens the document to anyone with the link and keeps access_level in step", async () => {
    expect(await sharing.getGeneralAccess({ document_id: documentId })).toEqual({ document_id: documentId, general_access_level: "restricted" });
    const set = await sharing.setGeneralAccess({ document_id: documentId, general_access_level: "anyone_with_link" });
    expect(set.general_access_level).toBe("anyone_with_link");
    const { document } = await getDocument(sharing.client, { document_id: documentId });
    expect(document.access_level).toBe("public");
    const outsider = world.as(world.mock.tokens.outsider);
    expect((await getDocument(outsider, { document_id: documentId })).document.permission_set?.view).toBe(true);
  });

  it("creates a share link without widening access", async () => {
    const { share_link, short_url } = await sharing.createShareLink({ document_id: documentId });
    expect(share_link).toMatchObject({ document_id: documentId, creator_id: world.mock.demo.users.owner });
    expect(share_link?.id).toBeTruthy();
    expect(short_url).toMatch(/\/s\//);
    expect((await sharing.getGeneralAccess({ document_id: documentId })).general_access_level).toBe("restricted");
  });
});

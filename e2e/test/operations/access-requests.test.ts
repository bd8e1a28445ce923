// Every @factify/access-requests operation, as standalone functions, against the in-process emulator.
import {
  approveAccessRequest,
  checkAccessRequestStatus,
  createAccessRequest,
  denyAccessRequest,
  inspectDocumentAccess,
  listAccessRequests,
} from "@factify/access-requests";
import * as schemas from "@factify/access-requests/schemas";
import { BadRequestError, ConflictError, type FactifyClient, NotFoundError } from "@factify/core";
import { createDocument, getDocument } from "@factify/documents";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { pdfBlob } from "../support/files";

const recorder = recordOperations();
let world: World;
let owner: FactifyClient;
let outsider: FactifyClient;
let documentId: string;
beforeEach(async () => {
  world = inProcess({}, { hooks: recorder.hooks });
  owner = world.as(world.mock.tokens.owner);
  outsider = world.as(world.mock.tokens.outsider);
  const { document } = await createDocument(owner, { payload: pdfBlob(), title: "Contract", access_level: "private" });
  documentId = document.id;
});
afterAll(() => {
  expect(missedOperations(recorder, schemas)).toEqual([]);
});

describe("@factify/access-requests through standalone functions", () => {
  it("an outsider sees no capabilities, asks for view access, and the owner approves it", async () => {
    const before = await inspectDocumentAccess(outsider, { document_id: documentId });
    expect(before.document_id).toBe(documentId);
    expect(Object.values(before.permission_set ?? {}).every((v) => v === false)).toBe(true);
    expect(await checkAccessRequestStatus(outsider, { document_id: documentId })).toMatchObject({ has_pending_request: false });

    const { access_request } = await createAccessRequest(outsider, { document_id: documentId, permission: "view", message: "Need it for the audit" });
    expect(access_request).toMatchObject({
      document_id: documentId,
      permission: "view",
      request_status: "pending",
      message: "Need it for the audit",
      subject: { id: world.mock.demo.users.outsider, type: "user" },
      subject_email: "oscar@globex.example",
    });
    expect(access_request.id).toMatch(/^acr_/);
    expect(await checkAccessRequestStatus(outsider, { document_id: documentId })).toMatchObject({ has_pending_request: true });
    await expectApiError(createAccessRequest(outsider, { document_id: documentId, permission: "view" }), ConflictError, {
      status: 409,
      code: "already_exists",
      reason: "resource_already_exists",
    });

    const pending = await listAccessRequests(owner, { document_id: documentId });
    expect(pending.items?.map((r) => r.id)).toEqual([access_request.id]);

    const approved = await approveAccessRequest(owner, { document_id: documentId, access_request_id: access_request.id });
    expect(approved.access_request.request_status).toBe("approved");
    expect((await listAccessRequests(owner, { document_id: documentId })).items ?? []).toEqual([]);
    expect((await getDocument(outsider, { document_id: documentId })).document.id).toBe(documentId);
    const after = await inspectDocumentAccess(outsider, { document_id: documentId });
    expect(after.permission_set).toMatchObject({ view: true, open: true, export: false, trash: false });
  });

  it("a denied request grants nothing and cannot be decided again", async () => {
    const { access_request } = await createAccessRequest(outsider, { document_id: documentId, permission: "edit" });
    const denied = await denyAccessRequest(owner, { document_id: documentId, access_request_id: access_request.id });
    expect(denied.access_request.request_status).toBe("denied");
    await expectApiError(getDocument(outsider, { document_id: documentId }), NotFoundError, { status: 404, code: "not_found" });
    await expectApiError(approveAccessRequest(owner, { document_id: documentId, access_request_id: access_request.id }), BadRequestError, {
      status: 400,
      code: "failed_precondition",
      reason: "precondition_failed",
    });
  });
});

import { describe, expect, it } from "vitest";
import { AccessRequests, approveAccessRequest, checkAccessRequestStatus, createAccessRequest, inspectDocumentAccess } from "../src/index";
import { fakeApi, ids, subject } from "@factify-tools/test-support";

const request = (status: string) => ({
  id: ids.acr,
  document_id: ids.doc,
  subject,
  permission: "edit",
  request_status: status,
  created_at: "2026-01-31T12:00:00Z",
  updated_at: "2026-01-31T12:00:00Z",
});

describe("access requests", () => {
  it("creates a request with a permission and an optional message", async () => {
    const { client, sent } = fakeApi(() => ({ access_request: request("pending") }));
    const { access_request } = await createAccessRequest(client, { document_id: ids.doc, permission: "edit", message: "Please" });
    expect(access_request.request_status).toBe("pending");
    expect(sent[0]?.url.pathname).toBe(`/v1beta/documents/${ids.doc}/access-requests`);
    expect(sent[0]?.json).toEqual({ permission: "edit", message: "Please" });
  });

  it("approves and denies with both ids in the path and an empty JSON body", async () => {
    const { client, sent } = fakeApi(() => ({ access_request: request("approved") }));
    await approveAccessRequest(client, { document_id: ids.doc, access_request_id: ids.acr });
    await new AccessRequests(client).deny({ document_id: ids.doc, access_request_id: ids.acr });
    expect(sent.map((s) => `${s.method} ${s.url.pathname} ${JSON.stringify(s.json)}`)).toEqual([
      `POST /v1beta/documents/${ids.doc}/access-requests/${ids.acr}/approve {}`,
      `POST /v1beta/documents/${ids.doc}/access-requests/${ids.acr}/deny {}`,
    ]);
  });

  it("checks the permission, message length and ids before sending", async () => {
    const { client, sent } = fakeApi(() => ({}));
    await expect(createAccessRequest(client, { document_id: ids.doc, permission: "own" as never })).rejects.toMatchObject({ field: "permission" });
    await expect(createAccessRequest(client, { document_id: ids.doc, permission: "view", message: "x".repeat(1025) })).rejects.toMatchObject({
      field: "message",
    });
    await expect(approveAccessRequest(client, { document_id: ids.doc, access_request_id: ids.doc })).rejects.toMatchObject({
      field: "access_request_id",
    });
    expect(sent).toHaveLength(0);
  });

  it("reads the pending status and the caller's permissions", async () => {
    const { client } = fakeApi((req) =>
      req.url.pathname.endsWith("/status") ? { has_pending_request: true } : { document_id: ids.doc, permission_set: { view: true, trash: false } },
    );
    expect((await checkAccessRequestStatus(client, { document_id: ids.doc })).has_pending_request).toBe(true);
    expect((await inspectDocumentAccess(client, { document_id: ids.doc })).permission_set?.view).toBe(true);
  });
});

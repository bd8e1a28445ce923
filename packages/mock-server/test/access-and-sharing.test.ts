import { describe, expect, it } from "vitest";
import { call, createDoc, errorOf, newMock } from "./helpers";

describe("access requests", () => {
  it("lets an outsider request access; approval grants a role that changes what the requester can do", async () => {
    const mock = newMock();
    const doc = await createDoc(mock, undefined, { access_level: "private" });
    const outsider = { token: mock.tokens.outsider };
    expect((await call(mock, "GET", `/documents/${doc.id}`, outsider)).status).toBe(404);
    const caps = await call(mock, "GET", `/documents/${doc.id}/capabilities`, outsider);
    expect(caps.body.permission_set.view).toBe(false);
    const req = await call(mock, "POST", `/documents/${doc.id}/access-requests`, { ...outsider, json: { permission: "comment", message: "please" } });
    expect(req.body.access_request).toMatchObject({ request_status: "pending", permission: "comment", subject: { id: mock.demo.users.outsider, type: "user" } });
    expect((await call(mock, "GET", `/documents/${doc.id}/access-requests/status`, outsider)).body).toEqual({ has_pending_request: true });
    const again = await call(mock, "POST", `/documents/${doc.id}/access-requests`, { ...outsider, json: { permission: "view" } });
    expect(errorOf(again)).toMatchObject({ status: 409, code: "already_exists" });
    // The requester cannot decide its own request, nor list the queue.
    expect((await call(mock, "GET", `/documents/${doc.id}/access-requests`, outsider)).status).toBe(404);
    const listed = await call(mock, "GET", `/documents/${doc.id}/access-requests`);
    expect(listed.body).toMatchObject({ has_more: false, items: [{ id: req.body.access_request.id }] });
    const approved = await call(mock, "POST", `/documents/${doc.id}/access-requests/${req.body.access_request.id}/approve`, { json: {} });
    expect(approved.body.access_request.request_status).toBe("approved");
    const seen = await call(mock, "GET", `/documents/${doc.id}`, outsider);
    expect(seen.status).toBe(200);
    expect(seen.body.document.permission_set).toMatchObject({ view: true, comment_public: true, create_version: false });
    expect((await call(mock, "GET", `/documents/${doc.id}/access-requests/status`, outsider)).body.has_pending_request).toBe(false);
    expect((await call(mock, "GET", `/documents/${doc.id}/access-requests`)).body.items).toEqual([]);
    const twice = await call(mock, "POST", `/documents/${doc.id}/access-requests/${req.body.access_request.id}/deny`, { json: {} });
    expect(errorOf(twice)).toMatchObject({ status: 400, code: "failed_precondition" });
    // A comment grant already covers view.
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/access-requests`, { ...outsider, json: { permission: "view" } }))).toMatchObject({ status: 400, code: "failed_precondition" });
    const timeline = (await call(mock, "GET", `/documents/${doc.id}/timeline`)).body.events;
    expect(timeline[0]).toMatchObject({ event_type: "document_user_access_granted", payload: { recipient_id: mock.demo.users.outsider, role: "commenter" } });
  });

  it("leaves the requester without access when the request is denied", async () => {
    const mock = newMock();
    const doc = await createDoc(mock, undefined, { access_level: "private" });
    const member = { token: mock.tokens.member };
    const req = (await call(mock, "POST", `/documents/${doc.id}/access-requests`, { ...member, json: { permission: "edit" } })).body.access_request;
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/access-requests/${req.id}/approve`, { ...member, json: {} }))).toMatchObject({ status: 403 });
    const denied = await call(mock, "POST", `/documents/${doc.id}/access-requests/${req.id}/deny`, { json: {} });
    expect(denied.body.access_request.request_status).toBe("denied");
    expect((await call(mock, "GET", `/documents/${doc.id}`, member)).status).toBe(403);
    // After a decision the requester may ask again.
    expect((await call(mock, "POST", `/documents/${doc.id}/access-requests`, { ...member, json: { permission: "view" } })).status).toBe(200);
    const other = await call(mock, "POST", `/documents/${mock.demo.documents.pricing}/access-requests/${req.id}/approve`, { token: mock.tokens.admin, json: {} });
    expect(errorOf(other)).toMatchObject({ status: 404 });
  });
});

describe("sharing", () => {
  it("grants by email or id with per-recipient results, changes roles and revokes", async () => {
    const mock = newMock();
    const doc = await createDoc(mock, undefined, { access_level: "private" });
    const d = mock.demo;
    const r = await call(mock, "POST", `/documents/${doc.id}/share`, {
      json: {
        recipients: [
          { recipient: "MIA@acme.example", role: "viewer" },
          { recipient: d.users.outsider, role: "collaborator" },
          { recipient: "ghost@example.com", role: "viewer" },
          { recipient: d.users.admin, role: "owner" },
        ],
      },
    });
    expect(r.body).toMatchObject({ document_id: doc.id, total: 4, successful: 2, failed: 2 });
    expect(r.body.results.map((x: any) => x.success)).toEqual([true, true, false, false]);
    expect((await call(mock, "GET", `/documents/${doc.id}`, { token: mock.tokens.outsider })).body.document.permission_set.create_version).toBe(true);
    const sharedAt = (await call(mock, "GET", `/documents/${doc.id}`, { token: mock.tokens.member })).body.document.shared_at;
    expect(sharedAt).toBeDefined();
    const up = await call(mock, "PATCH", `/documents/${doc.id}/share/${d.users.outsider}`, { json: { document_role: "viewer" } });
    expect(up.body).toEqual({ success: true });
    expect((await call(mock, "GET", `/documents/${doc.id}`, { token: mock.tokens.outsider })).body.document.permission_set.create_version).toBe(false);
    const none = await call(mock, "PATCH", `/documents/${doc.id}/share/${d.users.admin}`, { json: { document_role: "viewer" } });
    expect(none.body.success).toBe(false);
    expect(typeof none.body.error).toBe("string");
    expect(errorOf(await call(mock, "DELETE", `/documents/${doc.id}/share/${d.users.owner}`))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect((await call(mock, "DELETE", `/documents/${doc.id}/share/${d.users.outsider}`)).body).toEqual({ success: true });
    expect((await call(mock, "GET", `/documents/${doc.id}`, { token: mock.tokens.outsider })).status).toBe(404);
    expect((await call(mock, "DELETE", `/documents/${doc.id}/share/${d.users.outsider}`)).body.success).toBe(false);
    const bad = await call(mock, "POST", `/documents/${doc.id}/share`, { json: { recipients: [] } });
    expect(errorOf(bad)).toMatchObject({ status: 400, param: "recipients" });
  });

  it("keeps general access, access_level and the org-wide implicit viewer in step", async () => {
    const mock = newMock();
    const doc = await createDoc(mock, undefined, { access_level: "private" });
    const admin = { token: mock.tokens.admin };
    expect((await call(mock, "GET", `/documents/${doc.id}`, admin)).status).toBe(403);
    await call(mock, "PUT", `/documents/${doc.id}/access`, { json: { general_access_level: "organization" } });
    const seen = await call(mock, "GET", `/documents/${doc.id}`, admin);
    expect(seen.body.document).toMatchObject({ access_level: "organization", general_access: "organization" });
    await call(mock, "PUT", `/documents/${doc.id}/access`, { json: { general_access_level: "anyone_with_link" } });
    expect((await call(mock, "GET", `/documents/${doc.id}`, { token: mock.tokens.outsider })).body.document.access_level).toBe("public");
    expect((await call(mock, "GET", `/documents/${doc.id}/access`)).body).toEqual({ document_id: doc.id, general_access_level: "anyone_with_link" });
    const bad = await call(mock, "PUT", `/documents/${doc.id}/access`, { json: { general_access_level: "everyone" } });
    expect(errorOf(bad)).toMatchObject({ status: 400, reason: "invalid_enum_value", param: "general_access_level" });
  });

  it("attaches and detaches the organization's policies", async () => {
    const mock = newMock();
    const doc = await createDoc(mock);
    const pol = mock.demo.policies;
    const a = await call(mock, "POST", `/documents/${doc.id}/policies`, { json: { policy_id: pol.retention } });
    expect(a.body).toMatchObject({ document_id: doc.id, policy: { id: pol.retention, name: "Retain for 7 years" } });
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/policies`, { json: { policy_id: pol.retention } }))).toMatchObject({ status: 409 });
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/policies`, { json: { policy_id: pol.internal } }))).toMatchObject({ status: 404 });
    expect((await call(mock, "GET", `/documents/${doc.id}/policies`)).body.items).toHaveLength(1);
    expect((await call(mock, "DELETE", `/documents/${doc.id}/policies/${pol.retention}`)).body).toEqual({});
    expect(errorOf(await call(mock, "DELETE", `/documents/${doc.id}/policies/${pol.retention}`))).toMatchObject({ status: 404 });
  });

  it("shows owners the whole timeline and other roles only their own events", async () => {
    const mock = newMock();
    const report = mock.demo.documents.report!;
    const all = (await call(mock, "GET", `/documents/${report}/timeline`)).body.events;
    const mine = (await call(mock, "GET", `/documents/${report}/timeline`, { token: mock.tokens.member })).body.events;
    expect(all.length).toBeGreaterThan(mine.length);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: any) => e.payload.actor_id === mock.demo.users.member)).toBe(true);
    const types = new Set(all.map((e: any) => e.event_type));
    for (const t of ["comment_created", "approval_started", "document_printed", "document_user_access_granted"]) expect(types).toContain(t);
  });
});

// Spec conformance: a scripted walk that calls every operation of the API contract (tools/contract,
// in every clone) successfully and validates each answer against the operation's response schema,
// plus error bodies against ErrorResponse.
import { readContract } from "@factify-tools/test-support";
import { describe, expect, it } from "vitest";
import type { MockFactify } from "../src/index";
import { type CallOptions, call, type Exchange, file, newMock, PNG_1PX, pdfFile } from "./helpers";
import { SpecValidator } from "./spec-validator";

describe("spec conformance", () => {
  const validator = new SpecValidator(readContract());
  const covered = new Set<string>();
  const problems: string[] = [];

  async function op(mock: MockFactify, operationId: string, params: Record<string, string>, opts: CallOptions = {}): Promise<any> {
    const meta = validator.operations.get(operationId);
    if (!meta) throw new Error(`no operation ${operationId} in the spec`);
    const path = meta.path.replace("/v1beta", "").replace(/\{(\w+)\}/g, (_, name) => {
      if (!(name in params)) throw new Error(`${operationId}: missing path param ${name}`);
      return encodeURIComponent(params[name]!);
    });
    const r: Exchange = await call(mock, meta.method, path, opts);
    if (r.status !== 200) {
      problems.push(`${operationId}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    }
    const errors = validator.successErrors(operationId, r.body);
    if (errors.length) problems.push(`${operationId}: ${errors.join("; ")}`);
    covered.add(operationId);
    return r.body;
  }

  it("answers every operation of the spec with a body its schema accepts", async () => {
    const mock = newMock();
    const d = mock.demo;
    const acme = d.orgs.acme!;
    const ownerUser = mock.userTokens.owner!;
    const member = mock.tokens.member!;
    const admin = mock.tokens.admin!;

    // Users and organizations.
    await op(mock, "getMe", {}, { token: ownerUser });
    await op(mock, "getUserPreferences", {}, { token: ownerUser });
    await op(mock, "listOrganizations", {}, { query: { role: ["owner", "admin"] } });
    await op(mock, "getOrganization", { organization_id: acme });
    const logo = await op(mock, "uploadOrganizationLogo", { organization_id: acme }, { json: { image_data: btoa(String.fromCharCode(...PNG_1PX)), content_type: "image/png" } });
    await op(mock, "updateOrganization", { organization_id: acme }, { json: { name: "Acme Corp", logo_image_url: logo.logo_url } });
    await op(mock, "getOrganizationPublicProfile", { organization_id: acme }, { token: null });
    await op(mock, "createOrganization", {}, { token: ownerUser, json: { name: "Side project" } });

    // Members and invites.
    const loner = mock.admin.createUser({ name: "Lena Loner", email: "lena@example.com" });
    await op(mock, "addOrganizationMember", { organization_id: acme }, { json: { user_id: loner.user_id, role: "member" } });
    await op(mock, "updateOrganizationMember", { organization_id: acme, user_id: loner.user_id }, { json: { role: "admin" } });
    await op(mock, "listOrganizationMembers", { organization_id: acme }, { query: { page_size: 2 } });
    await op(mock, "removeOrganizationMember", { organization_id: acme, user_id: loner.user_id });
    const inv = await op(mock, "createOrganizationInvite", { organization_id: acme }, { json: { email: "someone@example.com", message: "hi" } });
    await op(mock, "resendOrganizationInvite", { organization_id: acme, invite_id: inv.invite.id }, { json: {} });
    await op(mock, "revokeOrganizationInvite", { organization_id: acme, invite_id: inv.invite.id }, { json: {} });
    const joiner = mock.admin.createUser({ name: "Jo Joiner", email: "jo@example.com" });
    const inv2 = await op(mock, "createOrganizationInvite", { organization_id: acme }, { json: { email: "jo@example.com" } });
    await op(mock, "acceptOrganizationInvite", { organization_id: acme }, { token: joiner.token, json: { token: mock.inspect.inviteToken(inv2.invite.id) } });
    await op(mock, "listOrganizationInvites", { organization_id: acme }, { query: { status: ["accepted", "revoked"] } });

    // API keys and usage.
    const created = await op(mock, "createApiKey", {}, { json: { organization_id: acme, name: "CI", expires_at: new Date(mock.clock.now().getTime() + 86_400_000).toISOString() } });
    await op(mock, "setAPIKeyQuota", { api_key_id: created.api_key.id }, { json: { limit: 500 } });
    await op(mock, "listAPIKeyQuotas", {}, { query: { organization_id: acme } });
    await op(mock, "deleteAPIKeyQuota", { api_key_id: created.api_key.id }, { query: { organization_id: acme } });
    await op(mock, "revokeApiKey", { api_key_id: created.api_key.id }, { json: { reason: "rotated" } });
    await op(mock, "listApiKeys", {}, { query: { organization_id: acme, include_revoked: true } });
    await op(mock, "getOrganizationQuota", {}, {});
    await op(mock, "getUsageHistory", {}, { query: { organization_id: acme } });

    // Documents and versions.
    const doc = (await op(mock, "createDocument", {}, { form: { title: "Contract", description: "Signed copy", access_level: "organization", payload: pdfFile() } })).document;
    await op(mock, "getDocumentQuota", {});
    await op(mock, "listDocuments", {}, { query: { sort: "-updated_at", trash_state: ["active", "trashed"], page_size: 3 } });
    await op(mock, "getDocument", { document_id: doc.id });
    await op(mock, "updateDocument", { document_id: doc.id }, { json: { title: "Contract v1", description: null } });
    const ver = await op(mock, "createDocumentVersion", { document_id: doc.id }, { form: { title: "Second draft", payload: pdfFile("v2.pdf", "v2") } });
    await op(mock, "listDocumentVersions", { document_id: doc.id });
    await op(mock, "updateVersion", { version_id: ver.id }, { json: { description: "with fixes" } });
    await op(mock, "processDocument", { document_id: doc.id }, { json: { async: true } });
    mock.admin.completeProcessing();
    await op(mock, "getVersion", { version_id: ver.id });
    await op(mock, "getVersionRecord", { version_id: ver.id });
    await op(mock, "getVersionRecord", { version_id: (await call(mock, "GET", `/documents/${d.documents.pricing}`)).body.document.current_version.id });
    await op(mock, "getVersionRecord", { version_id: (await call(mock, "GET", `/documents/${d.documents.welcome}`)).body.document.current_version.id });
    const copy = (await call(mock, "POST", "/documents", { form: { title: "Copy", payload: pdfFile("v2.pdf", "v2") } })).body.document;
    expect(copy.id).toBeDefined();
    await op(mock, "listDocumentDuplicates", { document_id: doc.id });
    await op(mock, "exportDocument", { document_id: doc.id }, { query: { version_id: ver.id } });
    await op(mock, "generateDocumentEntryPage", { document_id: doc.id });

    // Sharing.
    await op(mock, "getGeneralAccess", { document_id: doc.id });
    await op(mock, "setGeneralAccess", { document_id: doc.id }, { json: { general_access_level: "restricted" } });
    await op(mock, "grantDocumentAccess", { document_id: doc.id }, { json: { recipients: [{ recipient: "mia@acme.example", role: "viewer" }, { recipient: d.users.bot, role: "viewer" }, { recipient: "nobody@nowhere.example", role: "viewer" }], should_send_notification: false } });
    await op(mock, "updateDocumentAccess", { document_id: doc.id, recipient_id: d.users.member! }, { json: { document_role: "commenter" } });
    await op(mock, "listDocumentAccess", { document_id: doc.id });
    await op(mock, "revokeDocumentAccess", { document_id: doc.id, recipient_id: d.users.bot! });
    await op(mock, "createShareLink", { document_id: doc.id }, { json: {} });

    // Access requests.
    const acr = await op(mock, "createAccessRequest", { document_id: doc.id }, { token: member, json: { permission: "edit", message: "Need to fix a typo" } });
    await op(mock, "checkAccessRequestStatus", { document_id: doc.id }, { token: member });
    await op(mock, "listAccessRequests", { document_id: doc.id });
    await op(mock, "approveAccessRequest", { document_id: doc.id, access_request_id: acr.access_request.id }, { json: {} });
    const acr2 = await op(mock, "createAccessRequest", { document_id: doc.id }, { token: admin, json: { permission: "view" } });
    await op(mock, "denyAccessRequest", { document_id: doc.id, access_request_id: acr2.access_request.id }, { json: {} });
    await op(mock, "inspectDocumentAccess", { document_id: doc.id }, { token: mock.tokens.outsider });

    // Policies and timeline.
    await op(mock, "attachDocumentPolicy", { document_id: doc.id }, { json: { policy_id: d.policies.retention } });
    await op(mock, "listDocumentPolicies", { document_id: doc.id });
    await op(mock, "detachDocumentPolicy", { document_id: doc.id, policy_id: d.policies.retention! });
    await op(mock, "getDocumentTimeline", { document_id: doc.id }, { query: { page_size: 100 } });
    await op(mock, "getDocumentTimeline", { document_id: d.documents.report! });

    // Ownership and trash.
    await op(mock, "transferDocumentOwnership", { document_id: doc.id }, { json: { new_owner_id: d.users.admin } });
    await op(mock, "trashDocument", { document_id: doc.id }, { token: admin, json: {} });
    await op(mock, "untrashDocument", { document_id: doc.id }, { token: admin, json: {} });

    expect(problems).toEqual([]);
    const all = [...validator.operations.keys()].sort();
    expect(all).toHaveLength(59);
    expect([...covered].sort()).toEqual(all);
  });

  it("relaxes additionalProperties only on the schemas that pair it with allOf/oneOf", async () => {
    expect(validator.relaxedSchemas.sort()).toEqual([
      "GetRecordResponse",
      "qcr.v1alpha.Block",
      "qcr.v1alpha.CellAlignment",
      "qcr.v1alpha.DataCell",
      "qcr.v1alpha.DataSource",
      "qcr.v1alpha.LayoutBinding",
      "qcr.v1alpha.PathSegment",
    ]);
    // Everywhere else an extra field is still caught, and so is a missing one.
    const mock = newMock();
    const real = (await call(mock, "GET", `/documents/${mock.demo.documents.report}`)).body;
    expect(validator.successErrors("getDocument", real)).toEqual([]);
    expect(validator.successErrors("getDocument", { document: { ...real.document, extra: 1 } }).join()).toMatch(/additional properties/);
    const { title: _title, ...untitled } = real.document;
    expect(validator.successErrors("getDocument", { document: untitled }).join()).toMatch(/title/);
  });

  it("answers errors with ErrorResponse bodies carrying a reason and request id", async () => {
    const mock = newMock();
    const d = mock.demo;
    const cases: Array<[string, string, CallOptions, number, string]> = [
      ["GET", "/documents", { token: null }, 401, "missing_api_key"],
      ["GET", "/documents", { token: "ffy_test_nope" }, 401, "invalid_api_key"],
      ["GET", "/me", {}, 401, "authentication_required"],
      ["GET", `/documents/${d.documents.roadmap}`, {}, 404, "resource_not_found"],
      ["POST", `/documents/${d.documents.report}/trash`, { token: mock.tokens.member, json: {} }, 403, "insufficient_permissions"],
      ["GET", "/documents/not-an-id", {}, 400, "invalid_id_format"],
      ["GET", "/documents", { query: { page_size: 0 } }, 400, "invalid_field_value"],
      ["GET", "/documents", { query: { page_token: "garbage" } }, 400, "invalid_cursor"],
      ["GET", "/documents", { query: { access_level: "secret" } }, 400, "invalid_enum_value"],
      ["POST", "/api-keys", { json: { name: "x" } }, 400, "missing_required_field"],
      ["POST", `/documents/${d.documents.report}/untrash`, { json: {} }, 400, "precondition_failed"],
      ["POST", `/documents/${d.documents.report}/policies`, { json: { policy_id: d.policies.confidential } }, 409, "resource_already_exists"],
      ["POST", "/documents", { form: { title: "x", payload: file("just text", "notes.txt", "text/plain") } }, 400, "invalid_field_value"],
    ];
    for (const [method, path, opts, status, reason] of cases) {
      const r = await call(mock, method, path, opts);
      expect(validator.errorErrors(r.body), `${method} ${path}`).toEqual([]);
      expect([r.status, r.body.details[0].reason], `${method} ${path}`).toEqual([status, reason]);
      expect(r.body.details[0].request_id).toMatch(/^req_[0-9a-hjkmnp-tv-z]{26}$/);
      expect(r.headers.get("x-request-id")).toBe(r.body.details[0].request_id);
    }
  });
});

import { describe, expect, it } from "vitest";
import { call, createDoc, errorOf, file, newMock, pdfFile } from "./helpers";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const zipWith = (entry: string) => Uint8Array.from([...ZIP, ...new TextEncoder().encode(`....${entry}document.xml....`)]);

describe("documents", () => {
  it("recognises the five upload formats and rejects anything else with a 400 on payload", async () => {
    const mock = newMock();
    const cases: Array<[File, string]> = [
      [pdfFile(), "pdf"],
      [file(zipWith("word/"), "a.docx"), "docx"],
      [file(zipWith("xl/"), "a.xlsx"), "xlsx"],
      [file("a,b\n1,2\n", "a.csv", "text/csv"), "csv"],
      [file("# Title\n\ntext", "notes.md"), "markdown"],
    ];
    for (const [payload, format] of cases) {
      const r = await call(mock, "POST", "/documents", { form: { title: format, payload } });
      expect(r.status, format).toBe(200);
      expect(r.body.document.source_format).toBe(format);
    }
    for (const bad of [file(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "x.png", "image/png"), file("plain", "x.txt"), file("", "empty.pdf")]) {
      const r = await call(mock, "POST", "/documents", { form: { title: "bad", payload: bad } });
      expect(errorOf(r)).toEqual({ status: 400, code: "invalid_argument", reason: "invalid_field_value", param: "payload" });
    }
  });

  it("starts uploads as processing and makes them ready after the processing delay on the emulator clock", async () => {
    const mock = newMock({ processingDelayMs: 5_000 });
    const doc = await createDoc(mock);
    expect(doc.processing_status).toBe("processing");
    expect((await call(mock, "GET", `/documents/${doc.id}`)).body.document.processing_status).toBe("processing");
    const record = await call(mock, "GET", `/versions/${doc.current_version.id}/record`);
    expect(errorOf(record)).toMatchObject({ status: 400, code: "failed_precondition" });
    mock.clock.advance(5_000);
    expect((await call(mock, "GET", `/documents/${doc.id}`)).body.document.processing_status).toBe("ready");
    const timeline = await call(mock, "GET", `/documents/${doc.id}/timeline`);
    expect(timeline.body.events.map((e: any) => e.event_type)).toEqual(["document_loaded", "document_created"]);
  });

  it("reports processDocument outcomes for processing, ready and failed versions", async () => {
    const mock = newMock({ processingDelayMs: 60_000 });
    const doc = await createDoc(mock);
    const process = (body: object) => call(mock, "POST", `/documents/${doc.id}/process`, { json: body });
    expect((await process({})).body.status).toBe("PROCESSING_OUTCOME_ALREADY_PROCESSING");
    mock.admin.completeProcessing({ document_id: doc.id });
    expect((await process({})).body.status).toBe("PROCESSING_OUTCOME_ALREADY_COMPLETED");
    const broken = (await call(mock, "POST", "/documents", { form: { title: "Broken", payload: pdfFile("b.pdf", "FACTIFY_MOCK_FAIL") } })).body.document;
    mock.clock.advance(60_000);
    expect((await call(mock, "GET", `/documents/${broken.id}`)).body.document.processing_status).toBe("failed");
    expect((await call(mock, "POST", `/documents/${broken.id}/process`, { json: { async: false } })).body.status).toBe("PROCESSING_OUTCOME_FAILED");
    const started = await call(mock, "POST", `/documents/${broken.id}/process`, { json: { async: true } });
    expect(started.body).toMatchObject({ document_id: broken.id, status: "PROCESSING_OUTCOME_STARTED" });
    expect((await call(mock, "GET", `/documents/${broken.id}`)).body.document.processing_status).toBe("processing");
  });

  it("moves a document through trash and untrash, cutting grants and general access", async () => {
    const mock = newMock();
    const report = mock.demo.documents.report!;
    const member = mock.tokens.member!;
    expect((await call(mock, "GET", `/documents/${report}`, { token: member })).status).toBe(200);
    expect((await call(mock, "POST", `/documents/${report}/trash`, { json: {} })).status).toBe(200);
    const trashed = (await call(mock, "GET", `/documents/${report}`)).body.document;
    expect(trashed.trashed_at).toBeDefined();
    expect(trashed.general_access).toBe("private");
    expect(errorOf(await call(mock, "POST", `/documents/${report}/trash`, { json: {} }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect((await call(mock, "GET", `/documents/${report}`, { token: member })).status).toBe(403);
    const listed = await call(mock, "GET", "/documents", { query: { trash_state: "trashed" } });
    expect(listed.body.items.map((d: any) => d.id)).toEqual([report]);
    expect((await call(mock, "GET", "/documents")).body.items.map((d: any) => d.id)).not.toContain(report);
    expect((await call(mock, "POST", `/documents/${report}/untrash`, { json: {} })).status).toBe(200);
    expect((await call(mock, "GET", `/documents/${report}`)).body.document.trashed_at).toBeUndefined();
    // Grants stay gone after untrash.
    expect((await call(mock, "GET", `/documents/${report}`, { token: member })).status).toBe(403);
    expect(errorOf(await call(mock, "POST", `/documents/${report}/untrash`, { json: {} }))).toMatchObject({ status: 400, code: "failed_precondition" });
  });

  it("answers 401 without a token, 403 to a viewer who trashes or shares, 404 across organizations", async () => {
    const mock = newMock();
    const report = mock.demo.documents.report!;
    expect(errorOf(await call(mock, "GET", `/documents/${report}`, { token: null }))).toMatchObject({ status: 401, reason: "missing_api_key" });
    const viewer = { token: mock.tokens.member };
    expect(errorOf(await call(mock, "POST", `/documents/${report}/trash`, { ...viewer, json: {} }))).toMatchObject({ status: 403, reason: "insufficient_permissions" });
    const share = await call(mock, "POST", `/documents/${report}/share`, { ...viewer, json: { recipients: [{ recipient: "adam@acme.example", role: "viewer" }] } });
    expect(errorOf(share)).toMatchObject({ status: 403, code: "permission_denied" });
    expect(errorOf(await call(mock, "POST", `/documents/${report}/share-links`, { ...viewer, json: {} }))).toMatchObject({ status: 403 });
    const outsider = { token: mock.tokens.outsider };
    expect(errorOf(await call(mock, "GET", `/documents/${report}`, outsider))).toMatchObject({ status: 404, reason: "resource_not_found" });
    expect(errorOf(await call(mock, "POST", `/documents/${report}/trash`, { ...outsider, json: {} }))).toMatchObject({ status: 404 });
    // A member of the owning org with no role on it gets 403, not 404.
    expect((await call(mock, "GET", `/documents/${report}`, { token: mock.tokens.admin })).status).toBe(403);
  });

  it("enforces the document quota and reports it", async () => {
    const mock = newMock({ documentLimit: 4 });
    // Seeded Acme holds two counted documents (the demo one does not count).
    expect((await call(mock, "GET", "/documents/quota")).body).toEqual({ limit: 4, used: 2, available: 2 });
    await createDoc(mock);
    await createDoc(mock);
    expect((await call(mock, "GET", "/documents/quota")).body).toEqual({ limit: 4, used: 4, available: 0 });
    const r = await call(mock, "POST", "/documents", { form: { title: "one too many", payload: pdfFile() } });
    expect(errorOf(r)).toEqual({ status: 429, code: "resource_exhausted", reason: "quota_exceeded", param: undefined });
    mock.admin.setOrganizationLimits(mock.demo.orgs.acme!, { document_limit: 0 });
    expect((await call(mock, "POST", "/documents", { form: { title: "unlimited", payload: pdfFile() } })).status).toBe(200);
  });

  it("finds duplicates by content hash among documents the caller can see", async () => {
    const mock = newMock();
    const a = await createDoc(mock, undefined, { title: "A" });
    const b = await createDoc(mock, undefined, { title: "B" });
    await call(mock, "POST", "/documents", { token: mock.tokens.outsider, form: { title: "C", payload: pdfFile() } });
    const dups = await call(mock, "GET", `/documents/${a.id}/duplicates`);
    expect(dups.body.items.map((i: any) => [i.document_id, i.title])).toEqual([[b.id, "B"]]);
    const none = await call(mock, "GET", `/documents/${a.id}/duplicates`, { query: { file_contents_hash: "0".repeat(64) } });
    expect(none.body.items).toEqual([]);
    expect(errorOf(await call(mock, "GET", `/documents/${a.id}/duplicates`, { query: { file_contents_hash: "xyz" } }))).toMatchObject({ status: 400, param: "file_contents_hash" });
  });

  it("updates title and description, versions become current, and the timeline records each change", async () => {
    const mock = newMock();
    const doc = await createDoc(mock);
    const up = await call(mock, "PATCH", `/documents/${doc.id}`, { json: { title: "Renamed", description: "About it" } });
    expect(up.body.document).toMatchObject({ title: "Renamed", description: "About it" });
    const keep = await call(mock, "PATCH", `/documents/${doc.id}`, { json: { title: null } });
    expect(keep.body.document.title).toBe("Renamed");
    const v2 = await call(mock, "POST", `/documents/${doc.id}/versions`, { form: { payload: file("a,b\n", "t.csv", "text/csv") } });
    const now = (await call(mock, "GET", `/documents/${doc.id}`)).body.document;
    expect(now.current_version.id).toBe(v2.body.id);
    expect(now.source_format).toBe("csv");
    const list = await call(mock, "GET", `/documents/${doc.id}/versions`);
    expect(list.body.items.map((v: any) => v.id)).toEqual([v2.body.id, doc.current_version.id]);
    const types = (await call(mock, "GET", `/documents/${doc.id}/timeline`)).body.events.map((e: any) => e.event_type);
    expect(types).toContain("document_updated");
    expect(types).toContain("document_version_uploaded");
    expect(types.at(-1)).toBe("document_created");
  });

  it("transfers ownership inside the organization and keeps the old owner as admin", async () => {
    const mock = newMock();
    const doc = await createDoc(mock);
    const d = mock.demo;
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/transfer`, { json: { new_owner_id: d.users.outsider } }))).toMatchObject({ status: 400, code: "failed_precondition" });
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/transfer`, { json: {} }))).toMatchObject({ status: 400, reason: "missing_required_field", param: "new_owner_id" });
    const r = await call(mock, "POST", `/documents/${doc.id}/transfer`, { json: { new_owner_id: d.users.admin } });
    expect(r.body).toEqual({ document_id: doc.id, new_owner_id: d.users.admin });
    const access = (await call(mock, "GET", `/documents/${doc.id}/share`)).body.recipients;
    expect(access.map((x: any) => [x.id, x.document_role])).toEqual([
      [d.users.admin, "owner"],
      [d.users.owner, "admin"],
    ]);
    expect(errorOf(await call(mock, "POST", `/documents/${doc.id}/trash`, { json: {} }))).toMatchObject({ status: 403 });
    expect((await call(mock, "GET", "/documents", { token: mock.tokens.admin, query: { ownership: "owned" } })).body.items.map((x: any) => x.id)).toContain(doc.id);
  });

  it("exports and serves the file, and generates an entry page, once the document is ready", async () => {
    const mock = newMock({ processingDelayMs: 1000 });
    const doc = await createDoc(mock);
    expect(errorOf(await call(mock, "GET", `/documents/${doc.id}/export`))).toMatchObject({ status: 400, code: "failed_precondition" });
    mock.clock.advance(1000);
    const ex = await call(mock, "GET", `/documents/${doc.id}/export`);
    expect(Date.parse(ex.body.expires_at)).toBeGreaterThan(mock.clock.now().getTime());
    const bytes = await (await mock.fetch(ex.body.url)).text();
    expect(bytes.startsWith("%PDF-")).toBe(true);
    const page = await call(mock, "POST", `/documents/${doc.id}/entry_page`);
    const pdf = await (await mock.fetch(page.body.download_url)).text();
    expect(pdf).toContain("Entry page: Test document");
  });
});

import { InvalidRequestError, ResponseValidationError } from "@factify/core";
import { describe, expect, it } from "vitest";
import { createDocument, Documents, exportDocument, getDocument, listDocuments, updateDocument } from "../src/index";
import { DocumentSchema, getDocumentOperation } from "../src/schemas";
import { fakeApi, ids, subject } from "@factify-tools/test-support";

const doc = (n: number) => ({
  id: `doc_01h2xcejqtf2nbrexx3vqjhp${String(n).padStart(2, "0")}`,
  url: "https://app.factify.com/d/x",
  title: `Document ${n}`,
  access_level: "organization",
  processing_status: "ready",
  created_at: "2026-01-31T12:00:00Z",
  created_by: subject,
});

describe("createDocument", () => {
  it("uploads the file and fields as multipart and leaves out what was not given", async () => {
    const { client, sent } = fakeApi(() => ({ document: doc(1) }));
    const file = new File([new TextEncoder().encode("%PDF-1.7")], "contract.pdf", { type: "application/pdf" });
    const result = await createDocument(client, { payload: file, title: "Contract", access_level: "private" });
    expect(result.document.title).toBe("Document 1");
    const form = sent[0]?.form as FormData;
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.url.pathname).toBe("/v1beta/documents");
    expect([...form.keys()].sort()).toEqual(["access_level", "payload", "title"]);
    const part = form.get("payload") as File;
    expect(part.name).toBe("contract.pdf");
    expect(part.type).toBe("application/pdf");
    expect(await part.text()).toBe("%PDF-1.7");
    expect(form.get("title")).toBe("Contract");
  });

  it("refuses server-set fields and a missing file before sending", async () => {
    const { client, sent } = fakeApi(() => ({ document: doc(1) }));
    const payload = new Uint8Array([1, 2, 3]);
    await expect(createDocument(client, { payload, title: "x", document_id: ids.doc } as never)).rejects.toMatchObject({ field: "document_id" });
    await expect(createDocument(client, { title: "x" } as never)).rejects.toMatchObject({ field: "payload" });
    await expect(createDocument(client, { payload, title: "" })).rejects.toMatchObject({ field: "title" });
    expect(sent).toHaveLength(0);
  });
});

describe("listDocuments", () => {
  it("follows next_page_token across pages and serialises filters", async () => {
    const pages: Record<string, unknown> = {
      first: { items: [doc(1), doc(2)], pagination: { next_page_token: "p2", has_more: true } },
      p2: { items: [doc(3)], pagination: { next_page_token: "", has_more: false } },
    };
    const { client, sent } = fakeApi((req) => pages[req.url.searchParams.get("page_token") ?? "first"]);
    const titles: string[] = [];
    const request = listDocuments(client, {
      page_size: 2,
      created: { after: new Date("2026-01-01T00:00:00Z") },
      access_level: ["private", "public"],
      trash_state: ["active"],
    });
    for await (const item of request.items()) titles.push(item.title);
    expect(titles).toEqual(["Document 1", "Document 2", "Document 3"]);
    expect(sent).toHaveLength(2);
    const first = sent[0]?.url.searchParams as URLSearchParams;
    expect(first.get("created.after")).toBe("2026-01-01T00:00:00.000Z");
    expect(first.getAll("access_level")).toEqual(["private", "public"]);
    expect(first.get("page_size")).toBe("2");
    expect(first.has("page_token")).toBe(false);
    expect(sent[1]?.url.searchParams.get("page_token")).toBe("p2");
    expect(sent[1]?.url.searchParams.getAll("access_level")).toEqual(["private", "public"]);
  });

  it("gives the first page when awaited, with next() and hasNextPage()", async () => {
    const { client } = fakeApi((req) =>
      req.url.searchParams.get("page_token")
        ? { items: [doc(3)], pagination: {} }
        : { items: [doc(1)], pagination: { next_page_token: "p2", has_more: true } },
    );
    const page = await listDocuments(client);
    expect(page.items.map((d) => d.id)).toEqual([doc(1).id]);
    expect(page.hasNextPage()).toBe(true);
    const next = await page.next();
    expect(next?.items.map((d) => d.id)).toEqual([doc(3).id]);
    expect(next?.hasNextPage()).toBe(false);
    expect(await next?.next()).toBeNull();
  });

  it("refuses filter values the API does not know", async () => {
    const { client, sent } = fakeApi(() => ({}));
    await expect(listDocuments(client, { access_level: ["everyone" as never] }).toArray()).rejects.toMatchObject({ field: "access_level[0]" });
    await expect(listDocuments(client, { page_size: 500 })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(listDocuments(client, { created_by_id: ["org_01h2xcejqtf2nbrexx3vqjhp41"] })).rejects.toMatchObject({
      field: "created_by_id[0]",
    });
    expect(sent).toHaveLength(0);
  });
});

describe("single-document calls", () => {
  it("checks the id's format before putting it in the path", async () => {
    const { client, sent } = fakeApi(() => ({ document: doc(1) }));
    await expect(getDocument(client, { document_id: ".." })).rejects.toMatchObject({ field: "document_id" });
    await expect(getDocument(client, { document_id: "doc_1/../../admin" })).rejects.toMatchObject({ field: "document_id" });
    expect(sent).toHaveLength(0);
    await getDocument(client, { document_id: ids.doc });
    expect(sent[0]?.url.pathname).toBe(`/v1beta/documents/${ids.doc}`);
  });

  it("sends PATCH with only the given fields and null for clearing", async () => {
    const { client, sent } = fakeApi(() => ({ document: doc(1) }));
    await updateDocument(client, { document_id: ids.doc, description: null });
    expect(sent[0]?.method).toBe("PATCH");
    expect(sent[0]?.json).toEqual({ description: null });
  });

  it("keeps fields and enum values the SDK does not know, and rejects a broken document", async () => {
    const { client } = fakeApi(() => ({ document: { ...doc(1), processing_status: "archived", sla: { tier: 2 } } }));
    const { document } = await getDocument(client, { document_id: ids.doc });
    expect(document.processing_status).toBe("archived");
    expect((document as unknown as Record<string, unknown>).sla).toEqual({ tier: 2 });
    const { client: broken } = fakeApi(() => ({ document: { ...doc(1), title: 42 } }));
    await expect(getDocument(broken, { document_id: ids.doc })).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("returns an export as a URL with its expiry", async () => {
    const { client, sent } = fakeApi(() => ({ url: "https://files.example/x.pdf?sig=1", expires_at: "2026-01-31T13:00:00Z" }));
    const out = await exportDocument(client, { document_id: ids.doc, version_id: ids.ver });
    expect(out.url).toBe("https://files.example/x.pdf?sig=1");
    expect(sent[0]?.url.searchParams.get("version_id")).toBe(ids.ver);
  });
});

describe("the Documents resource", () => {
  it("offers every operation as a method on one client", async () => {
    const { client, sent } = fakeApi(() => ({}));
    const documents = new Documents(client);
    await documents.trash({ document_id: ids.doc });
    await documents.untrash({ document_id: ids.doc });
    await documents.process({ document_id: ids.doc, async: true });
    expect(sent.map((s) => `${s.method} ${s.url.pathname} ${JSON.stringify(s.json)}`)).toEqual([
      `POST /v1beta/documents/${ids.doc}/trash {}`,
      `POST /v1beta/documents/${ids.doc}/untrash {}`,
      `POST /v1beta/documents/${ids.doc}/process {"async":true}`,
    ]);
    const methods = Object.getOwnPropertyNames(Documents.prototype).filter((m) => m !== "constructor");
    expect(methods.sort()).toEqual(
      ["create", "export", "get", "getQuota", "list", "listDuplicates", "process", "transferOwnership", "trash", "untrash", "update"].sort(),
    );
  });
});

describe("@factify/documents/schemas", () => {
  it("exposes the lenient response schemas and the operation descriptors", () => {
    expect(getDocumentOperation).toMatchObject({ id: "getDocument", method: "GET", path: "/v1beta/documents/{document_id}" });
    expect(DocumentSchema.type).toBe("loose_object");
  });
});

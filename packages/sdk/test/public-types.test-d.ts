// Type-level tests of the public shapes (run by `vitest --typecheck`): required parameters are
// required, responses are typed field by field, open enums still autocomplete, wrong types fail.
import {
  type AccessLevel,
  type APIPromise,
  createDocument,
  createFactify,
  type Document,
  Documents,
  Factify,
  getDocument,
  type GetDocumentResponse,
  type GetRecordResponse,
  getVersionRecord,
  grantDocumentAccess,
  listDocuments,
  type ListDocumentsParams,
  type ListDocumentsResponse,
  listOrganizationInvites,
  type Organization,
  type OrganizationRole,
  type Page,
  type PageRequest,
  setApiKeyQuota,
  updateDocument,
  uploadOrganizationLogo,
  type Version,
} from "@factify/sdk";
import { describe, expectTypeOf, it } from "vitest";

const client = createFactify({ bearerAuth: "t" });
const id = "doc_01h2xcejqtf2nbrexx3vqjhp41";

describe("standalone functions", () => {
  it("require their required parameters", () => {
    // @ts-expect-error document_id is required
    getDocument(client, {});
    // @ts-expect-error the input object itself is required when it has required fields
    getDocument(client);
    // @ts-expect-error payload and title are required
    createDocument(client, { title: "x" });
    getDocument(client, { document_id: id });
    listDocuments(client);
  });

  it("refuse wrong types and unknown keys", () => {
    // @ts-expect-error document_id is a string
    getDocument(client, { document_id: 42 });
    // @ts-expect-error unknown key
    getDocument(client, { document_id: id, documentId: id });
    // @ts-expect-error access_level filter takes known values only
    listDocuments(client, { access_level: ["everyone"] });
    // @ts-expect-error page_size is a number
    listDocuments(client, { page_size: "10" });
    // @ts-expect-error the role of a member is a known value
    grantDocumentAccess(client, { document_id: id, recipients: [{ recipient: "a@b.c", role: "boss" }] });
    // @ts-expect-error limit is a number or null
    setApiKeyQuota(client, { api_key_id: "key_x", limit: "10" });
  });

  it("take Dates or strings for date-times and nested objects for dotted query names", () => {
    expectTypeOf<ListDocumentsParams["created"]>().toEqualTypeOf<{ after?: Date | string; before?: Date | string } | undefined>();
    listDocuments(client, { created: { after: new Date(), before: "2026-02-01T00:00:00Z" } });
    listOrganizationInvites(client, { organization_id: "org_x", email: { contains: "@example.com" }, status: ["pending"] });
  });

  it("take null to leave a field unchanged where the spec allows it", () => {
    updateDocument(client, { document_id: id, title: null, description: null });
  });

  it("take every upload kind for files and for the logo", () => {
    createDocument(client, { payload: new Blob(["x"]), title: "t" });
    createDocument(client, { payload: new Uint8Array(1), title: "t" });
    createDocument(client, { payload: { data: new Blob(["x"]), filename: "a.pdf", contentType: "application/pdf" }, title: "t" });
    uploadOrganizationLogo(client, { organization_id: "org_x", image_data: new Blob(["x"], { type: "image/png" }) });
    uploadOrganizationLogo(client, { organization_id: "org_x", image_data: "aGVsbG8=" });
    // @ts-expect-error the logo needs image data
    uploadOrganizationLogo(client, { organization_id: "org_x" });
  });

  it("resolve to typed responses", () => {
    expectTypeOf(getDocument(client, { document_id: id })).toEqualTypeOf<APIPromise<GetDocumentResponse>>();
    expectTypeOf<GetDocumentResponse["document"]>().toEqualTypeOf<Document>();
    expectTypeOf<Document["title"]>().toEqualTypeOf<string>();
    expectTypeOf<Document["description"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Document["trashed_at"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Organization["logo_image_url"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Version["processing_status"]>().toEqualTypeOf<"processing" | "ready" | "failed" | (string & {})>();
  });

  it("type response enums as open but closed in input", () => {
    expectTypeOf<Document["access_level"]>().toEqualTypeOf<AccessLevel | (string & {})>();
    expectTypeOf<AccessLevel>().toEqualTypeOf<"private" | "organization" | "public">();
    expectTypeOf<OrganizationRole>().toEqualTypeOf<"owner" | "admin" | "member">();
  });

  it("return a PageRequest for cursor-paged lists", () => {
    const pages = listDocuments(client, { page_size: 10 });
    expectTypeOf(pages).toEqualTypeOf<PageRequest<Document, ListDocumentsResponse>>();
    expectTypeOf(pages.items()).toEqualTypeOf<AsyncGenerator<Document, void, undefined>>();
    expectTypeOf<Awaited<typeof pages>>().toEqualTypeOf<Page<Document, ListDocumentsResponse>>();
  });

  it("type protobuf oneof groups as unions that narrow", () => {
    const record = {} as GetRecordResponse;
    if ("document" in record) expectTypeOf(record.document).not.toBeAny();
    expectTypeOf(getVersionRecord(client, { version_id: "ver_x" })).toEqualTypeOf<APIPromise<GetRecordResponse>>();
  });
});

describe("resource objects and the Factify class", () => {
  it("mirror the standalone functions", () => {
    const documents = new Documents(client);
    expectTypeOf(documents.get).parameter(0).toEqualTypeOf<{ document_id: string }>();
    expectTypeOf(documents.get({ document_id: id })).toEqualTypeOf<APIPromise<GetDocumentResponse>>();
    // @ts-expect-error get needs its input
    documents.get();
    documents.list();
  });

  it("expose every resource and sub-resource", () => {
    const factify = new Factify({ bearerAuth: "t" });
    expectTypeOf(factify.documents).toEqualTypeOf<Documents>();
    expectTypeOf(factify.organizations.members.add).toBeFunction();
    expectTypeOf(factify.organizations.invites.list).toBeFunction();
    expectTypeOf(factify.organizations.logo.upload).toBeFunction();
    expectTypeOf(factify.users.preferences.get).toBeFunction();
    expectTypeOf(factify.usage.deleteKeyQuota).toBeFunction();
    expectTypeOf(factify.client).toEqualTypeOf(client);
    expectTypeOf(factify).toMatchTypeOf<Disposable & AsyncDisposable>();
    // @ts-expect-error role must be a known organization role
    factify.organizations.members.add({ organization_id: "org_x", user_id: "user_x", role: "guest" });
  });
});

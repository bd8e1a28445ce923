import type { Readable } from "node:stream";
import type { InferInput, InferOutput } from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { APIPromise } from "../../src/api-promise";
import type { FactifyClient } from "../../src/client";
import { invoke } from "../../src/invoke";
import type { OperationDescriptor } from "../../src/operation";
import { type Page, type PageRequest, paginate } from "../../src/pagination";
import { type dateTimeInput, openEnum } from "../../src/schema";
import type { Pagination } from "../../src/types";
import type { FileUpload, Uploadable } from "../../src/upload";

declare const client: FactifyClient;

interface Doc {
  id: string;
}
interface ListDocumentsResponse {
  items: Doc[];
  pagination: Pagination;
}
declare const listDocuments: OperationDescriptor<{ page_size?: number }, ListDocumentsResponse>;

describe("openEnum", () => {
  it("is typed as the known values or any other string", () => {
    const role = openEnum(["owner", "admin", "member"]);
    type Role = InferOutput<typeof role>;
    expectTypeOf<Role>().toEqualTypeOf<"owner" | "admin" | "member" | (string & {})>();
    expectTypeOf<"auditor">().toMatchTypeOf<Role>();
    expectTypeOf<number>().not.toMatchTypeOf<Role>();
    expectTypeOf(role.options).toEqualTypeOf<readonly ["owner", "admin", "member"]>();
  });
});

describe("dateTimeInput", () => {
  it("takes a Date or a string", () => {
    expectTypeOf<InferInput<ReturnType<typeof dateTimeInput>>>().toEqualTypeOf<Date | string>();
  });
});

describe("paginate", () => {
  it("infers the item type from the response's items", () => {
    const request = paginate(client, listDocuments, { page_size: 10 });
    expectTypeOf(request).toEqualTypeOf<PageRequest<Doc, ListDocumentsResponse>>();
    expectTypeOf(request).toMatchTypeOf<Promise<Page<Doc, ListDocumentsResponse>>>();
    expectTypeOf(request).resolves.toEqualTypeOf<Page<Doc, ListDocumentsResponse>>();
    expectTypeOf(request.then((p) => p.items)).toEqualTypeOf<Promise<Doc[]>>();
    expectTypeOf(request.catch(() => null)).toEqualTypeOf<Promise<Page<Doc, ListDocumentsResponse> | null>>();
    expectTypeOf(request.finally(() => {})).toEqualTypeOf<Promise<Page<Doc, ListDocumentsResponse>>>();
    expectTypeOf(request.withResponse()).resolves.toEqualTypeOf<{
      data: Page<Doc, ListDocumentsResponse>;
      response: Response;
      requestId: string | undefined;
    }>();
    expectTypeOf(request).toMatchTypeOf<AsyncIterable<Page<Doc, ListDocumentsResponse>>>();
    expectTypeOf(request.items()).toMatchTypeOf<AsyncIterable<Doc>>();
    expectTypeOf(request.toArray({ limit: 5 })).toEqualTypeOf<Promise<Doc[]>>();
  });

  it("gives pages typed items, body, response, request id, pagination and next()", async () => {
    const page = await paginate(client, listDocuments, {});
    const [viaAll] = await Promise.all([paginate(client, listDocuments, {})]);
    expectTypeOf(viaAll).toEqualTypeOf<Page<Doc, ListDocumentsResponse>>();
    expectTypeOf(page.items).toEqualTypeOf<Doc[]>();
    expectTypeOf(page.body).toEqualTypeOf<ListDocumentsResponse>();
    expectTypeOf(page.response).toEqualTypeOf<Response>();
    expectTypeOf(page.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(page.pagination).toEqualTypeOf<Pagination | undefined>();
    expectTypeOf(page.next()).toEqualTypeOf<Promise<Page<Doc, ListDocumentsResponse> | null>>();
    expectTypeOf(page.hasNextPage()).toEqualTypeOf<boolean>();
    for await (const p of page) expectTypeOf(p).toEqualTypeOf<Page<Doc, ListDocumentsResponse>>();
  });

  it("takes an explicit item type for other cursor shapes", () => {
    const timeline = {} as OperationDescriptor<{ document_id: string }, { events: { event_id: string }[] }>;
    const request = paginate<{ document_id: string }, { events: { event_id: string }[] }, { event_id: string }>(
      client,
      timeline,
      { document_id: "doc" },
      undefined,
      { items: "events", cursorParam: "cursor", nextCursor: ["next_cursor"] },
    );
    expectTypeOf(request.toArray()).toEqualTypeOf<Promise<{ event_id: string }[]>>();
  });

  it("checks the input type", () => {
    // @ts-expect-error page_size must be a number
    paginate(client, listDocuments, { page_size: "10" });
  });
});

describe("invoke", () => {
  it("resolves to the operation's output type", () => {
    const call = invoke(client, listDocuments, {});
    expectTypeOf(call).toEqualTypeOf<APIPromise<ListDocumentsResponse>>();
    expectTypeOf(call).toMatchTypeOf<Promise<ListDocumentsResponse>>();
    expectTypeOf(call).resolves.toEqualTypeOf<ListDocumentsResponse>();
    expectTypeOf(call.withResponse()).resolves.toEqualTypeOf<{ data: ListDocumentsResponse; response: Response; requestId: string | undefined }>();
  });
});

describe("Uploadable", () => {
  it("accepts every upload source and the FileUpload wrapper", () => {
    expectTypeOf<Blob>().toMatchTypeOf<Uploadable>();
    expectTypeOf<File>().toMatchTypeOf<Uploadable>();
    expectTypeOf<Uint8Array>().toMatchTypeOf<Uploadable>();
    expectTypeOf<ArrayBuffer>().toMatchTypeOf<Uploadable>();
    expectTypeOf<ReadableStream<Uint8Array>>().toMatchTypeOf<Uploadable>();
    expectTypeOf<Readable>().toMatchTypeOf<Uploadable>();
    expectTypeOf<FileUpload>().toMatchTypeOf<Uploadable>();
    expectTypeOf<{ data: Readable; filename: string; size: number }>().toMatchTypeOf<Uploadable>();
  });

  it("refuses strings", () => {
    expectTypeOf<string>().not.toMatchTypeOf<Uploadable>();
  });
});

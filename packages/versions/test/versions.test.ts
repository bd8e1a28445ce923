import { ResponseValidationError } from "@factify/core";
import { describe, expect, it } from "vitest";
import { createDocumentVersion, getVersion, getVersionRecord, listDocumentVersions, updateVersion, Versions } from "../src/index";
import { fakeApi, ids, subject } from "@factify-tools/test-support";

const version = (n: number) => ({
  id: `ver_01h2xcejqtf2nbrexx3vqjhp${String(n).padStart(2, "0")}`,
  document_id: ids.doc,
  url: "https://app.factify.com/d/x/v/1",
  processing_status: "processing",
  created_at: "2026-01-31T12:00:00Z",
  created_by: subject,
  title: null,
});

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("createDocumentVersion", () => {
  it("streams a ReadableStream upload into the multipart body and returns the bare Version", async () => {
    const { client, sent } = fakeApi(() => version(1));
    const progress: number[] = [];
    const created = await createDocumentVersion(
      client,
      { document_id: ids.doc, payload: { data: streamOf("hello ", "world"), filename: "v2.pdf", contentType: "application/pdf" }, title: "v2" },
      { onUploadProgress: (p) => progress.push(p.loaded) },
    );
    expect(created.id).toBe(version(1).id);
    const form = sent[0]?.form as FormData;
    expect(sent[0]?.url.pathname).toBe(`/v1beta/documents/${ids.doc}/versions`);
    expect(await (form.get("payload") as File).text()).toBe("hello world");
    expect((form.get("payload") as File).name).toBe("v2.pdf");
    expect(form.get("title")).toBe("v2");
    expect(form.has("version_id")).toBe(false);
    expect(progress.length).toBeGreaterThan(0);
  });

  it("refuses read-only fields of the upload body", async () => {
    const { client, sent } = fakeApi(() => version(1));
    await expect(
      createDocumentVersion(client, { document_id: ids.doc, payload: new Uint8Array(1), payload_key: "k" } as never),
    ).rejects.toMatchObject({ field: "payload_key" });
    expect(sent).toHaveLength(0);
  });
});

describe("getVersionRecord", () => {
  const block = (kind: string, value: unknown) => ({ id: kind, [kind]: value });
  const record = {
    id: "rec",
    source_format: "docx",
    document: {
      record: {
        id: "r1",
        blocks: [
          block("heading", { level: 1, text: "Terms" }),
          block("section", { blocks: [block("paragraph", { text: "Nested" }), block("list", { items: [{ text: "a", sub_list: { items: [{ text: "a.1" }] } }] })] }),
          // A kind of block this SDK does not know yet.
          block("callout", { text: "New" }),
        ],
      },
    },
  };

  it("accepts recursive content and block kinds added later", async () => {
    const { client } = fakeApi(() => record);
    const result = await getVersionRecord(client, { version_id: ids.ver });
    expect(result).toEqual(record);
    if ("document" in result) expect(result.document.record?.blocks).toHaveLength(3);
  });

  it("still checks the types inside known block kinds", async () => {
    const broken = structuredClone(record);
    (broken.document.record.blocks[1] as unknown as { section: { blocks: { paragraph: { text: unknown } }[] } }).section.blocks[0]!.paragraph.text = 7;
    const { client } = fakeApi(() => broken);
    const error = await getVersionRecord(client, { version_id: ids.ver }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.path).toBe("document.record.blocks[1].section.blocks[0].paragraph.text");
  });
});

describe("versions of a document", () => {
  it("lists them page by page and collects with a limit", async () => {
    const { client, sent } = fakeApi((req) => {
      const token = req.url.searchParams.get("page_token");
      return token === "p2"
        ? { items: [version(3), version(4)], pagination: { next_page_token: "p3", has_more: true } }
        : { items: [version(1), version(2)], pagination: { next_page_token: "p2", has_more: true } };
    });
    const items = await listDocumentVersions(client, { document_id: ids.doc }).toArray({ limit: 3 });
    expect(items.map((v) => v.id)).toEqual([version(1).id, version(2).id, version(3).id]);
    expect(sent).toHaveLength(2);
  });

  it("reads and updates one version through the resource object", async () => {
    const { client, sent } = fakeApi(() => version(1));
    const versions = new Versions(client);
    expect((await versions.get({ version_id: ids.ver })).processing_status).toBe("processing");
    await versions.update({ version_id: ids.ver, title: "Final" });
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([`GET /v1beta/versions/${ids.ver}`, `PATCH /v1beta/versions/${ids.ver}`]);
    expect(sent[1]?.json).toEqual({ title: "Final" });
    await expect(updateVersion(client, { version_id: ids.ver, title: "x".repeat(256) })).rejects.toMatchObject({ field: "title" });
    await expect(getVersion(client, { version_id: ids.doc })).rejects.toMatchObject({ field: "version_id" });
  });
});

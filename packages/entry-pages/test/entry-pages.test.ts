import { ResponseValidationError } from "@factify/core";
import { describe, expect, it } from "vitest";
import { EntryPages, generateDocumentEntryPage } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

describe("generateDocumentEntryPage", () => {
  it("POSTs without a body and resolves to the download URL", async () => {
    const { client, sent } = fakeApi(() => ({ download_url: "https://files.example/entry.pdf" }));
    const page = await generateDocumentEntryPage(client, { document_id: ids.doc });
    expect(page.download_url).toBe("https://files.example/entry.pdf");
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.url.pathname).toBe(`/v1beta/documents/${ids.doc}/entry_page`);
    expect(sent[0]?.json).toBeUndefined();
    expect(sent[0]?.headers.get("content-type")).toBeNull();
  });

  it("is the generate method of EntryPages, and a response without the URL is refused", async () => {
    const { client } = fakeApi(() => ({ url: "misnamed" }));
    await expect(new EntryPages(client).generate({ document_id: ids.doc })).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(generateDocumentEntryPage(client, { document_id: "doc_short" })).rejects.toMatchObject({ field: "document_id" });
  });
});

// Every @factify/versions operation, through the Versions resource class, against the in-process emulator.
import { BadRequestError, createFactify } from "@factify/core";
import { createDocument, getDocument } from "@factify/documents";
import { Versions } from "@factify/versions";
import * as schemas from "@factify/versions/schemas";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type World, inProcess, missedOperations, recordOperations } from "../support/emulator";
import { expectApiError } from "../support/errors";
import { markdownFile, pdfBlob, pdfBytes } from "../support/files";

const recorder = recordOperations();
let world: World;
let versions: Versions;
beforeEach(() => {
  world = inProcess({}, { hooks: recorder.hooks });
  versions = new Versions(createFactify(world.optionsFor(world.mock.tokens.owner)));
});
afterAll(() => {
  expect(missedOperations(recorder, schemas)).toEqual([]);
});

async function upload() {
  const { document } = await createDocument(versions.client, { payload: pdfBlob("v1"), title: "Contract" });
  return document;
}

describe("@factify/versions through the Versions class", () => {
  it("uploads a new version that becomes current, and lists both", async () => {
    const doc = await upload();
    const v2 = await versions.create({ document_id: doc.id, payload: pdfBytes("v2"), title: "Second draft", description: "redlines accepted" });
    expect(v2).toMatchObject({ document_id: doc.id, title: "Second draft", description: "redlines accepted" });
    expect(v2.id).toMatch(/^ver_/);
    expect(v2.id).not.toBe(doc.current_version?.id);
    const { document } = await getDocument(versions.client, { document_id: doc.id });
    expect(document.current_version?.id).toBe(v2.id);
    const ids = (await versions.list({ document_id: doc.id }).toArray()).map((v) => v.id);
    expect(ids.sort()).toEqual([doc.current_version!.id, v2.id].sort());
  });

  it("reads and updates a version", async () => {
    const doc = await upload();
    const id = doc.current_version!.id;
    const read = await versions.get({ version_id: id });
    expect(read).toMatchObject({ id, document_id: doc.id });
    const updated = await versions.update({ version_id: id, title: "Original", description: "as received" });
    expect(updated).toMatchObject({ id, title: "Original", description: "as received" });
    expect((await versions.get({ version_id: id })).title).toBe("Original");
  });

  it("returns the structured record of a Markdown version, and refuses one still processing", async () => {
    const { document } = await createDocument(versions.client, { payload: markdownFile("# Terms\n\nPay within 30 days.\n"), title: "Terms" });
    expect(document.source_format).toBe("markdown");
    const record = await versions.getRecord({ version_id: document.current_version!.id });
    expect(record.source_format).toBe("markdown");
    const blocks = "document" in record ? (record.document.record?.blocks ?? []) : [];
    expect(blocks.some((b) => "heading" in b && b.heading.text === "Terms")).toBe(true);
    expect(blocks.some((b) => "paragraph" in b && b.paragraph.text === "Pay within 30 days.")).toBe(true);

    const slow = inProcess({ processingDelayMs: 60_000 });
    const owner = new Versions(slow.as(slow.mock.tokens.owner));
    const { document: pending } = await createDocument(owner.client, { payload: pdfBlob(), title: "pending" });
    await expectApiError(owner.getRecord({ version_id: pending.current_version!.id }), BadRequestError, { status: 400, code: "failed_precondition" });
  });
});

import { CONTRACT_PATH } from "@factify-tools/test-support";
import { describe, expect, it } from "vitest";
import { applyFieldNotes, DOCUMENT_SORT_FIELDS, FIELD_NOTES } from "../src/field-notes";
import type { InputField } from "../src/model";
import { buildModel } from "../src/model";
import { loadSpec } from "../src/spec";

describe("applyFieldNotes", () => {
  const fields = (): InputField[] => [
    { key: "role", location: "body", required: false, schema: { $ref: "#/components/schemas/OrganizationRole", description: "kept" } },
    { key: "limit", location: "body", required: false, schema: { type: ["integer", "null"], exclusiveMinimum: 0 } },
  ];

  it("makes a field required, replaces schema keywords and keeps the rest", () => {
    const list = fields();
    applyFieldNotes("op", list, [
      { operationId: "op", field: "role", note: "admin or member", schema: { type: "string", enum: ["admin", "member"] } },
      { operationId: "op", field: "limit", note: "required", required: true, schema: { type: "integer" } },
      { operationId: "other", field: "role", note: "not this one", required: true },
    ]);
    expect(list[0]).toEqual({ key: "role", location: "body", required: false, note: "admin or member", schema: { description: "kept", type: "string", enum: ["admin", "member"] } });
    expect(list[1]).toMatchObject({ required: true, note: "required", schema: { type: "integer", exclusiveMinimum: 0 } });
  });

  it("fails loudly when a note names a field the operation lacks (the spec changed under it)", () => {
    expect(() => applyFieldNotes("op", fields(), [{ operationId: "op", field: "gone", note: "x", required: true }])).toThrow("op has no input field gone");
  });
});

describe("field notes on the contract", () => {
  const ops = new Map(buildModel(loadSpec(CONTRACT_PATH)).flatMap((p) => p.operations.map((o) => [o.operationId, o] as const)));

  it("every note finds its operation and field, and is applied", () => {
    expect(FIELD_NOTES.length).toBeGreaterThanOrEqual(6);
    for (const note of FIELD_NOTES) {
      const field = ops.get(note.operationId)?.fields.find((f) => f.key === note.field);
      expect(field, `${note.operationId}.${note.field}`).toBeDefined();
      expect(field!.note).toBe(note.note);
      if (note.required) expect(field!.required).toBe(true);
    }
  });

  it("sort lists each sortable field with and without the - prefix", () => {
    const sort = ops.get("listDocuments")!.fields.find((f) => f.key === "sort")!;
    expect(sort.schema!.enum).toEqual(DOCUMENT_SORT_FIELDS.flatMap((f) => [f, `-${f}`]));
  });
});

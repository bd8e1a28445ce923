// Field notes: what the API's prose (and the API itself) says about an input field that its schema
// does not state. Codegen applies each note to the operation's input, so the generated type and the
// input check are as tight as the API really is. Every note is backed by a test against the
// emulator (test/field-notes.test.ts) showing the looser value is refused and the tighter one works.
import type { InputField } from "./model";
import type { JsonSchema } from "./spec";

/** One note on one input field of one operation. */
export interface FieldNote {
  operationId: string;
  /** The input key the note is about. */
  field: string;
  /** What the API expects, in our words; printed into the field's doc comment. */
  note: string;
  /** The field must be sent, although the schema leaves it optional. */
  required?: true;
  /** Schema keywords that replace the spec's for this field (e.g. an `enum` the prose lists). */
  schema?: JsonSchema;
}

/** The fields `listDocuments` sorts by; a leading `-` sorts in descending order. */
export const DOCUMENT_SORT_FIELDS = ["created_at", "updated_at", "name", "last_viewed_at", "last_shared_at"] as const;

export const FIELD_NOTES: readonly FieldNote[] = [
  {
    operationId: "listDocuments",
    field: "sort",
    note: "One of the sortable fields, prefixed with `-` for descending order. Default: `-created_at`.",
    schema: { type: "string", enum: DOCUMENT_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) },
  },
  {
    operationId: "transferDocumentOwnership",
    field: "new_owner_id",
    note: "The user who becomes the owner; a transfer without one is refused.",
    required: true,
  },
  {
    operationId: "grantDocumentAccess",
    field: "recipients",
    note: "Who gets access (1 to 50 recipients); a grant without them is refused.",
    required: true,
  },
  {
    operationId: "setAPIKeyQuota",
    field: "limit",
    note: "The key's request limit, above 0. Required: to remove a limit, delete the quota instead.",
    required: true,
    schema: { type: "integer" },
  },
  {
    operationId: "addOrganizationMember",
    field: "role",
    note: "`admin` or `member`: an organization has exactly one owner, set when it is created.",
    schema: { type: "string", enum: ["admin", "member"] },
  },
  {
    operationId: "updateOrganizationMember",
    field: "role",
    note: "`admin` or `member`: nobody can be made owner this way.",
    schema: { type: "string", enum: ["admin", "member"] },
  },
  {
    operationId: "uploadOrganizationLogo",
    field: "image_data",
    note: "The image, base64-encoded; an upload without it is refused.",
    required: true,
  },
];

/**
 * Applies the notes of `operationId` to its input fields, in place.
 * @throws Error when a note names a field the operation does not have: the spec changed under it.
 */
export function applyFieldNotes(operationId: string, fields: InputField[], notes: readonly FieldNote[] = FIELD_NOTES): void {
  for (const note of notes) {
    if (note.operationId !== operationId) continue;
    const field = fields.find((f) => f.key === note.field);
    if (!field?.schema) throw new Error(`field note: ${operationId} has no input field ${note.field}`);
    if (note.required) field.required = true;
    if (note.schema) {
      // The spec's description and limits stay; the note's keywords win where both speak.
      const { enum: _enum, $ref: _ref, ...kept } = field.schema;
      field.schema = { ...kept, ...note.schema };
    }
    field.note = note.note;
  }
}

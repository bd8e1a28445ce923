// Resource-object scenario: `new Documents(client)` with every one of its eleven operations used.
import { createFactify } from "@factify/core";
import { Documents } from "@factify/documents";

/** Calls each document operation once through the resource object. */
export async function run(token: string, document_id: string, payload: Blob): Promise<unknown[]> {
  const documents = new Documents(createFactify({ bearerAuth: token }));
  return [
    await documents.create({ payload, title: "t" }),
    await documents.export({ document_id }),
    await documents.get({ document_id }),
    await documents.getQuota(),
    await documents.list({ page_size: 10 }),
    await documents.listDuplicates({ document_id }),
    await documents.process({ document_id }),
    await documents.transferOwnership({ document_id, new_owner_id: "user_00000000000000000000000000" }),
    await documents.trash({ document_id }),
    await documents.untrash({ document_id }),
    await documents.update({ document_id, title: "u" }),
  ];
}

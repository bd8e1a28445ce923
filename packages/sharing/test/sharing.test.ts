import { describe, expect, it } from "vitest";
import { createShareLink, grantDocumentAccess, listDocumentAccess, revokeDocumentAccess, setGeneralAccess, Sharing } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

describe("grantDocumentAccess", () => {
  it("sends the recipients and returns per-recipient failures as data, not as an error", async () => {
    const answer = {
      document_id: ids.doc,
      total: 2,
      successful: 1,
      failed: 1,
      results: [
        { recipient: "ada@example.com", success: true },
        { recipient: ids.bot, success: false, error: "bot not in organization" },
      ],
    };
    const { client, sent } = fakeApi(() => answer);
    const result = await grantDocumentAccess(client, {
      document_id: ids.doc,
      recipients: [
        { recipient: "ada@example.com", role: "viewer" },
        { recipient: ids.bot, role: "commenter" },
      ],
      should_send_notification: false,
    });
    expect(result.failed).toBe(1);
    expect(result.results?.[1]?.error).toBe("bot not in organization");
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.url.pathname).toBe(`/v1beta/documents/${ids.doc}/share`);
    expect(sent[0]?.json).toEqual({
      recipients: [
        { recipient: "ada@example.com", role: "viewer" },
        { recipient: ids.bot, role: "commenter" },
      ],
      should_send_notification: false,
    });
  });

  it("refuses an empty list, more than 50 recipients and unknown roles before sending", async () => {
    const { client, sent } = fakeApi(() => ({}));
    const one = { recipient: "ada@example.com", role: "viewer" as const };
    await expect(grantDocumentAccess(client, { document_id: ids.doc, recipients: [] })).rejects.toMatchObject({ field: "recipients" });
    await expect(grantDocumentAccess(client, { document_id: ids.doc, recipients: Array(51).fill(one) })).rejects.toMatchObject({ field: "recipients" });
    await expect(grantDocumentAccess(client, { document_id: ids.doc, recipients: [{ ...one, role: "editor" as never }] })).rejects.toMatchObject({
      field: "recipients[0].role",
    });
    await expect(grantDocumentAccess(client, { document_id: ids.doc, recipients: [{ ...one, extra: 1 } as never] })).rejects.toMatchObject({
      field: "recipients[0].extra",
    });
    expect(sent).toHaveLength(0);
  });
});

describe("recipients and general access", () => {
  it("updates, revokes and lists through the resource object", async () => {
    const { client, sent } = fakeApi((req) =>
      req.method === "GET" ? { document_id: ids.doc, general_access_level: "restricted", recipients: [] } : { success: true },
    );
    const sharing = new Sharing(client);
    await sharing.update({ document_id: ids.doc, recipient_id: ids.user, document_role: "collaborator" });
    const revoked = await sharing.revoke({ document_id: ids.doc, recipient_id: ids.user });
    const listed = await listDocumentAccess(client, { document_id: ids.doc });
    expect(revoked.success).toBe(true);
    expect(listed.general_access_level).toBe("restricted");
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      `PATCH /v1beta/documents/${ids.doc}/share/${ids.user}`,
      `DELETE /v1beta/documents/${ids.doc}/share/${ids.user}`,
      `GET /v1beta/documents/${ids.doc}/share`,
    ]);
    expect(sent[0]?.json).toEqual({ document_role: "collaborator" });
  });

  it("accepts only user and bot ids as recipient ids in the path", async () => {
    const { client, sent } = fakeApi(() => ({ success: true }));
    await expect(revokeDocumentAccess(client, { document_id: ids.doc, recipient_id: ids.org })).rejects.toMatchObject({ field: "recipient_id" });
    expect(sent).toHaveLength(0);
  });

  it("sets the general access level with PUT and creates share links with an empty body", async () => {
    const { client, sent } = fakeApi((req) =>
      req.url.pathname.endsWith("/access")
        ? { document_id: ids.doc, general_access_level: "anyone_with_link" }
        : { share_link: { id: "abc", document_id: ids.doc }, short_url: null },
    );
    const level = await setGeneralAccess(client, { document_id: ids.doc, general_access_level: "anyone_with_link" });
    const link = await createShareLink(client, { document_id: ids.doc });
    expect(level.general_access_level).toBe("anyone_with_link");
    expect(link.short_url).toBeNull();
    expect(sent.map((s) => [s.method, s.json])).toEqual([
      ["PUT", { general_access_level: "anyone_with_link" }],
      ["POST", {}],
    ]);
  });
});

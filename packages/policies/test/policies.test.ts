import { describe, expect, it } from "vitest";
import { attachDocumentPolicy, detachDocumentPolicy, listDocumentPolicies, Policies } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

const attachment = (n: number) => ({
  document_id: ids.doc,
  attached_at: "2026-01-31T12:00:00Z",
  policy: { id: `pol_01h2xcejqtf2nbrexx3vqjhp${String(n).padStart(2, "0")}`, name: `Policy ${n}`, created_at: "2026-01-01T00:00:00Z" },
});

describe("document policies", () => {
  it("attaches a policy and gets the bare attachment back", async () => {
    const { client, sent } = fakeApi(() => attachment(1));
    const attached = await attachDocumentPolicy(client, { document_id: ids.doc, policy_id: ids.pol });
    expect(attached.policy.name).toBe("Policy 1");
    expect(sent[0]?.json).toEqual({ policy_id: ids.pol });
  });

  it("detaches with DELETE and lists page by page", async () => {
    const { client, sent } = fakeApi((req) => {
      if (req.method === "DELETE") return {};
      return req.url.searchParams.get("page_token")
        ? { items: [attachment(2)], pagination: { has_more: false } }
        : { items: [attachment(1)], pagination: { next_page_token: "t2", has_more: true } };
    });
    await detachDocumentPolicy(client, { document_id: ids.doc, policy_id: ids.pol });
    const names: string[] = [];
    for await (const page of new Policies(client).list({ document_id: ids.doc })) names.push(...page.items.map((a) => a.policy.name));
    expect(names).toEqual(["Policy 1", "Policy 2"]);
    expect(sent.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).toEqual([
      `DELETE /v1beta/documents/${ids.doc}/policies/${ids.pol}`,
      `GET /v1beta/documents/${ids.doc}/policies`,
      `GET /v1beta/documents/${ids.doc}/policies?page_token=t2`,
    ]);
  });

  it("refuses a policy id of the wrong kind", async () => {
    const { client, sent } = fakeApi(() => ({}));
    await expect(listDocumentPolicies(client, { document_id: ids.doc, page_token: 5 as never }).toArray()).rejects.toMatchObject({ field: "page_token" });
    await expect(attachDocumentPolicy(client, { document_id: ids.doc, policy_id: ids.doc })).rejects.toMatchObject({ field: "policy_id" });
    expect(sent).toHaveLength(0);
  });
});

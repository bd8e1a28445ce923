import { describe, expect, it } from "vitest";
import { getDocumentTimeline, Timelines } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

const event = (type: string, payload: Record<string, unknown>) => ({
  event_id: "0b0f6a2e-6a53-4c53-9f3c-5bd1c1e0a1b2",
  event_type: type,
  occurred_at: "2026-01-31T12:00:00Z",
  payload,
});

describe("getDocumentTimeline", () => {
  it("pages with its own cursor and keeps any JSON payload", async () => {
    const { client, sent } = fakeApi((req) =>
      req.url.searchParams.get("cursor")
        ? { events: [event("comment_created", { text: "hi" })], has_more: false, next_cursor: null }
        : { events: [event("document_created", { actor: ids.user, nested: { list: [1, "two", null] } })], has_more: true, next_cursor: "c2" },
    );
    const first = await getDocumentTimeline(client, { document_id: ids.doc, page_size: 1 });
    expect(first.events?.[0]?.payload).toEqual({ actor: ids.user, nested: { list: [1, "two", null] } });
    const second = await new Timelines(client).get({ document_id: ids.doc, cursor: first.next_cursor ?? undefined });
    expect(second.next_cursor).toBeNull();
    expect(sent.map((s) => s.url.search)).toEqual(["?page_size=1", "?cursor=c2"]);
  });

  it("accepts event types added later and checks page_size before sending", async () => {
    const { client, sent } = fakeApi(() => ({ events: [event("document_archived", {})] }));
    const out = await getDocumentTimeline(client, { document_id: ids.doc });
    expect(out.events?.[0]?.event_type).toBe("document_archived");
    await expect(getDocumentTimeline(client, { document_id: ids.doc, page_size: 0 })).rejects.toMatchObject({ field: "page_size" });
    expect(sent).toHaveLength(1);
  });
});

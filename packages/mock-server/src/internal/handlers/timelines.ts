// Timelines: a document's events, newest first. Owners and admins see every event; other roles
// see only the events they caused.
import type { Ctx } from "../domain/context";
import { documentWith } from "../domain/permissions";
import { paginate } from "../http/pagination";
import { iso } from "../state/clock";
import { route } from "./route";

function getDocumentTimeline(ctx: Ctx) {
  const { doc, role } = documentWith(ctx, ctx.params.document_id!, "view_timeline");
  const uid = ctx.caller.user.id;
  const seesAll = role === "owner" || role === "admin";
  const events = ctx.state.events.filter((e) => e.document_id === doc.id && (seesAll || e.actor_id === uid));
  const page = paginate(events, {
    url: ctx.url,
    key: (e) => [e.occurred_at, e.seq],
    desc: [true, true],
    id: (e) => e.event_id,
    scope: ["getDocumentTimeline", doc.id, uid],
    tokenParam: "cursor",
  });
  return {
    events: page.items.map((e) => ({ event_id: e.event_id, event_type: e.event_type, occurred_at: iso(e.occurred_at), payload: e.payload })),
    has_more: page.pagination.has_more,
    next_cursor: page.pagination.next_page_token || null,
  };
}

/** Routes of the timelines resource. */
export const timelineRoutes = [route("getDocumentTimeline", "GET", "/v1beta/documents/{document_id}/timeline", getDocumentTimeline)];

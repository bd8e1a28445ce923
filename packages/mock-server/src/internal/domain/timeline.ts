// Timeline events: every mutation of a document appends one, with the acting subject's id in the
// payload (the spec's TimelineEvent has no actor field).
import { type Engine, makeUuid, nextSeq } from "../state/engine";
import type { Ctx } from "./context";

/**
 * Appends an event to a document's timeline. Given a request context, the event carries the
 * request's timestamp, so everything one request does shares one instant.
 */
export function recordEvent(
  source: Engine | Ctx,
  documentId: string,
  eventType: string,
  actorId: string,
  payload: Record<string, unknown> = {},
  at?: number,
): void {
  const engine = "engine" in source ? source.engine : source;
  const when = at ?? ("engine" in source ? source.now : engine.clock.now());
  engine.state.events.push({
    event_id: makeUuid(engine),
    document_id: documentId,
    event_type: eventType,
    occurred_at: when,
    actor_id: actorId,
    payload: { actor_id: actorId, ...payload },
    seq: nextSeq(engine.state),
  });
}

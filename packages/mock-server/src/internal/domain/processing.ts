// Simulated processing: a version is `processing` until its ready_at passes, then `ready`
// (or `failed` when its upload asked for it). Evaluated lazily at the start of each request,
// so an injected clock drives it without timers.
import type { Engine } from "../state/engine";
import type { VersionRec } from "../state/store";
import { recordEvent } from "./timeline";

/** Finishes every version whose processing time has passed. */
export function settleProcessing(engine: Engine): void {
  const now = engine.clock.now();
  for (const v of Object.values(engine.state.versions)) {
    if (v.status === "processing" && v.ready_at <= now) finishVersion(engine, v, v.ready_at);
  }
}

/** Ends processing of one version now (or at `at`), as ready or failed. */
export function finishVersion(engine: Engine, v: VersionRec, at = engine.clock.now(), outcome?: "ready" | "failed"): void {
  v.status = outcome ?? (v.will_fail ? "failed" : "ready");
  v.ready_at = at;
  const doc = engine.state.documents[v.document_id];
  if (v.status === "ready" && doc) {
    recordEvent(engine, v.document_id, "document_loaded", doc.owner_id, { version_id: v.id }, at);
  }
}

/** Starts (or restarts) processing of a version. */
export function startProcessing(engine: Engine, v: VersionRec): void {
  v.status = "processing";
  v.ready_at = engine.clock.now() + engine.config.processingDelayMs;
}

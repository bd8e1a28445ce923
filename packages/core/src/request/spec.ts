// The wire-level description of one call, as `request` takes it and `invoke` builds it.
import type { HttpMethod, StandardSchema } from "../types";

/** A body produced afresh for each attempt. `replayable: false` means it can be sent only once. */
export interface StreamBody {
  body: BodyInit;
  headers: Record<string, string>;
  replayable: boolean;
  /**
   * The error that made reading the body fail in this attempt (a source that threw, a wrong declared
   * size), if any: fetch reports it only as a generic network failure.
   */
  error?(): unknown;
}

/** One HTTP request, described at the level of the wire. */
export interface RequestSpec {
  method: HttpMethod;
  /** Expanded and encoded path, e.g. `/v1beta/documents/doc_123`. */
  path: string;
  /** Serialized query string without the leading `?`; may be empty. */
  query?: string | undefined;
  /**
   * A JSON value, or a factory called once per attempt for uploads. The factory gets the attempt's
   * signal: when it aborts (timeout, caller's abort), the body stops reading its sources and closes them.
   */
  body?: { kind: "json"; value: unknown } | { kind: "stream"; stream: (signal: AbortSignal) => StreamBody } | undefined;
  /** Named in logs, hook requests and errors. */
  operationId?: string | undefined;
  /** Schema a 2xx body must match (skipped when the client has `validate: false`). */
  responseSchema?: StandardSchema | undefined;
}

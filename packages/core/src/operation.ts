// The contract between @factify/core and the generated operation modules of every resource package.
// A generated operation is a plain descriptor (data) plus a one-line function that hands it to
// `invoke`, `paginate` or (for multipart bodies) `upload` from `@factify/core/operations`; all
// behaviour lives here in core so resource packages stay tiny.
import type { HttpMethod, StandardSchema } from "./types";

/** Static description of one API operation, emitted by tools/codegen. */
export interface OperationDescriptor<Input = unknown, Output = unknown> {
  /** The spec's operationId, used in logs, hooks and error messages. */
  readonly id: string;
  readonly method: HttpMethod;
  /**
   * Path template as in the spec, e.g. `/v1beta/documents/{document_id}`: each `{name}` is filled
   * from the input key of that name (encoded; empty, `.` and `..` refused).
   */
  readonly path: string;
  /**
   * Input keys sent as query parameters. Nested objects become dotted names, arrays repeat the key, Dates become RFC 3339.
   * Only needed with a `body`: without one, every key that is not a path parameter is a query parameter.
   */
  readonly queryParams?: readonly string[] | undefined;
  /**
   * How the remaining input keys travel: as a JSON object (always sent, `{}` when empty), as
   * multipart form fields (sent with `upload`; `invoke` refuses them), or not at all.
   */
  readonly body?: "json" | "multipart" | undefined;
  /** Input keys whose values are files in a multipart body (see `Uploadable`). */
  readonly fileParams?: readonly string[] | undefined;
  /**
   * Schema of the whole input object, checked before anything is sent. Core calls it through its
   * Standard Schema interface (`~standard.validate`), so it brings no validation code of its own.
   */
  readonly input?: StandardSchema | undefined;
  /** Schema of the 2xx response body, checked leniently (unknown fields and enum values pass). */
  readonly output?: StandardSchema | undefined;
  /** Phantom fields carrying the TypeScript types; never set at runtime. */
  readonly __types?: { input: Input; output: Output } | undefined;
}

/** Where a cursor-paged operation keeps its items and cursors. */
export interface PaginationConfig {
  /** Response key holding the page's items. Default `items`. */
  readonly items?: string | undefined;
  /** Input key the cursor is sent in. Default `page_token`. */
  readonly cursorParam?: string | undefined;
  /** Path through the response to the next cursor. Default `["pagination", "next_page_token"]`. */
  readonly nextCursor?: readonly string[] | undefined;
  /**
   * Path through the response to a "more pages follow" boolean; an explicit `false` ends the walk
   * even if a cursor is present. Default `["pagination", "has_more"]` when `nextCursor` is the default, else none.
   */
  readonly hasMore?: readonly string[] | undefined;
}

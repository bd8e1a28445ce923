// The contract between @factify/core and the generated operation modules of every resource package.
// A generated operation is a plain descriptor (data) plus a one-line function that hands it to
// `invoke`, `paginate` or (for multipart bodies) `upload`; all behaviour lives here in core so
// resource packages stay tiny.
import type { GenericSchema } from "valibot";
import type { FactifyClient } from "./client";
import type { DefaultItem, PageRequest } from "./pagination";
import type { HttpMethod, RequestOptions } from "./types";

/** Static description of one API operation, emitted by tools/codegen. */
export interface OperationDescriptor<Input = unknown, Output = unknown> {
  /** The spec's operationId, used in logs, hooks and error messages. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template as in the spec, e.g. `/v1beta/documents/{document_id}`. */
  readonly path: string;
  /**
   * Input keys substituted into the path (encoded; empty, `.` and `..` refused). Informational: the
   * `{name}` placeholders of `path` are what `invoke` goes by, and they name the same keys.
   */
  readonly pathParams?: readonly string[];
  /** Input keys sent as query parameters. Nested objects become dotted names, arrays repeat the key, Dates become RFC 3339. */
  readonly queryParams?: readonly string[];
  /**
   * How the remaining input keys travel: as a JSON object (always sent, `{}` when empty), as
   * multipart form fields (sent with `upload`; `invoke` refuses them), or not at all.
   */
  readonly body?: "json" | "multipart";
  /** Input keys whose values are files in a multipart body (see `Uploadable`). */
  readonly fileParams?: readonly string[];
  /**
   * Schema of the whole input object, checked before anything is sent. Core calls it through its
   * Standard Schema interface (`~standard.validate`), so it brings no validation code of its own.
   */
  readonly input?: GenericSchema<unknown, unknown>;
  /** Schema of the 2xx response body, checked leniently (unknown fields and enum values pass). */
  readonly output?: GenericSchema<unknown, unknown>;
  /** Phantom fields carrying the TypeScript types; never set at runtime. */
  readonly __types?: { input: Input; output: Output };
}

/** Where a cursor-paged operation keeps its items and cursors. */
export interface PaginationConfig {
  /** Response key holding the page's items. Default `items`. */
  readonly items?: string;
  /** Input key the cursor is sent in. Default `page_token`. */
  readonly cursorParam?: string;
  /** Path through the response to the next cursor. Default `["pagination", "next_page_token"]`. */
  readonly nextCursor?: readonly string[];
  /**
   * Path through the response to a "more pages follow" boolean; an explicit `false` ends the walk
   * even if a cursor is present. Default `["pagination", "has_more"]` when `nextCursor` is the default, else none.
   */
  readonly hasMore?: readonly string[];
}

export type InvokeFn = <Input, Output>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
) => Promise<Output>;

export type PaginateFn = <Input, Output, Item = DefaultItem<Output>>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
  config?: PaginationConfig,
) => PageRequest<Item, Output>;

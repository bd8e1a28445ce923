// Cursor pagination: a PageRequest is a lazy Promise of the first page that is also async-iterable
// over every page; each Page knows how to fetch the one after it. Only the page being looked at is
// held, so walking any number of pages keeps memory flat.
import type { Sent } from "./request/send";
import type { FactifyClient } from "./client";
import { FactifyError } from "./errors";
import { invoke } from "./invoke";
import type { OperationDescriptor, PaginationConfig } from "./operation";
import type { Pagination, RequestOptions } from "./types";

/**
 * The low-level source of pages: how to fetch one page by cursor and read a response body.
 * `paginate` builds one from an operation; build your own for other cursor shapes (a fetcher over
 * `request(...).withResponse()` returns exactly what `fetchPage` must).
 */
export interface PageFetcher<Item, Body> {
  /** Fetches the page at `cursor` (`undefined`: the list's start) with its HTTP response. */
  fetchPage(cursor: string | undefined): Promise<Sent<Body>>;
  /** The page's items (an empty array when there are none). */
  items(body: Body): Item[];
  /** The cursor of the following page; empty or undefined on the last page. */
  nextCursor(body: Body): string | undefined;
  /** `false` when the body says no page follows (which wins over a cursor); `undefined` to rely on the cursor alone. */
  // A method (not a function-typed property) on purpose: methods compare bivariantly, so a
  // Page<Item, Body> stays usable where a Page<Item, unknown> is expected.
  hasMore?(body: Body): boolean | undefined;
  /** The cursor the first page is fetched with, when the caller gave one. */
  readonly firstCursor?: string | undefined;
  /** Named in errors, e.g. the operation id. */
  readonly name?: string | undefined;
}

/** Options of `toArray`. */
export interface ToArrayOptions {
  /** Stop after this many items; no page beyond the one holding the last of them is fetched. */
  limit?: number | undefined;
}

/**
 * The server handed back a cursor the walk had already followed, so following it would page
 * forever. Every page before this point was valid; the walk stops instead of repeating them.
 */
export class PaginationCycleError extends FactifyError {
  static override readonly errorName: string = "PaginationCycleError";
  /** The repeated cursor. */
  declare readonly cursor: string;
  /** The paged operation, when known. */
  declare readonly operationId: string | undefined;
  constructor(cursor: string, operationId: string | undefined, requestId: string | undefined) {
    super(`${operationId ?? "pagination"}: the server returned page cursor ${JSON.stringify(cursor)} again, which would page forever; stopped`, {
      code: "pagination_cycle",
      cursor,
      operationId,
      requestId,
    });
  }
}

/**
 * Cycle detection over the cursors of one walk, in constant memory: Brent's algorithm. One saved
 * cursor (the "tortoise") is compared with each new cursor; it moves to the current cursor whenever
 * the step count reaches a power of two. A cycle of any length λ entered after μ pages is caught
 * within about 2·max(μ, λ) + λ pages, with two numbers and one string of state. A fixed window of
 * recent cursors (the previous design) misses any cycle longer than the window; remembering every
 * cursor grows with the walk. The common cases (the server repeats the cursor it was just given, or
 * the caller's own first cursor) are caught at once by comparing with the current page's cursor too.
 */
interface CursorTrail {
  /** The cursor this page was fetched with (`undefined` for the list's start). */
  readonly at: string | undefined;
  readonly tortoise: string | undefined;
  readonly power: number;
  readonly steps: number;
}

function startTrail(at: string | undefined): CursorTrail {
  return { at, tortoise: undefined, power: 1, steps: 1 };
}

/** Brent's step from the page at `trail.at` to `next`; `undefined` when `next` closes a cycle. */
function follow(trail: CursorTrail, next: string): CursorTrail | undefined {
  let { tortoise, power, steps } = trail;
  if (power === steps) {
    tortoise = trail.at;
    power *= 2;
    steps = 0;
  }
  if (next === tortoise || next === trail.at) return undefined;
  return { at: next, tortoise, power, steps: steps + 1 };
}

/** Collects items across pages, stopping at `limit` without fetching further pages. */
async function collect<Item>(pages: AsyncIterable<Page<Item, unknown>>, limit = Infinity): Promise<Item[]> {
  let out: Item[] = [];
  // Leaving the loop ends the walk before the next page is fetched.
  if (limit > 0) for await (const page of pages) if ((out = out.concat(page.items.slice(0, limit - out.length))).length >= limit) break;
  return out;
}

async function* eachItem<Item>(pages: AsyncIterable<Page<Item, unknown>>): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages) yield* page.items;
}

/** One page of a cursor-paged list. Async-iterating a page yields it and every page after it. */
export class Page<Item, Body = unknown> implements AsyncIterable<Page<Item, Body>> {
  /** The items of this page. */
  declare readonly items: Item[];
  /** The response body, as received. */
  declare readonly body: Body;
  /** The body's `pagination` field, when it has one. */
  declare readonly pagination: Pagination | undefined;
  /** The HTTP response this page came in (its body already read). */
  declare readonly response: Response;
  /** The API's request id for this page, when the server sent one. */
  declare readonly requestId: string | undefined;
  readonly #fetcher: PageFetcher<Item, Body>;
  readonly #next: string | undefined;
  /** The walk's cycle-detection state at this page. */
  #trail: CursorTrail;

  /** Wraps one fetched page: the first of a walk, fetched at `fetcher.firstCursor`. */
  constructor(fetcher: PageFetcher<Item, Body>, sent: Sent<Body>) {
    const { data: body, response, requestId } = sent;
    const items = fetcher.items(body);
    const pagination = (body as { pagination?: Pagination } | null)?.pagination;
    let next: string | undefined = fetcher.nextCursor(body);
    // An explicit `has_more: false` ends the list even when a (stale) cursor is present.
    if (typeof next !== "string" || !next || fetcher.hasMore?.(body) === false) next = undefined;
    this.#fetcher = fetcher;
    this.#next = next;
    this.#trail = startTrail(fetcher.firstCursor);
    Object.assign(this, {
      items: Array.isArray(items) ? items : [],
      body,
      pagination: pagination instanceof Object ? pagination : undefined,
      response,
      requestId,
    });
  }

  /** True when another page follows this one. */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /**
   * Fetches the following page, or resolves to `null` on the last page. Each call sends a request:
   * pages do not keep their successors, so holding one page never holds the rest of the list.
   * @throws PaginationCycleError when the next cursor is one the walk already followed.
   */
  async next(): Promise<Page<Item, Body> | null> {
    const cursor = this.#next;
    if (cursor === undefined) return null;
    const trail = follow(this.#trail, cursor);
    if (!trail) throw new PaginationCycleError(cursor, this.#fetcher.name, this.requestId);
    const page = new Page(this.#fetcher, await this.#fetcher.fetchPage(cursor));
    // The walk's state comes along from page to page (kept out of the public constructor).
    page.#trail = trail;
    return page;
  }

  /** Iterates the items of this page and every page after it. */
  iterItems(): AsyncGenerator<Item, void, undefined> {
    return eachItem(this);
  }

  /** Collects items from this page on, stopping at `limit` without fetching further pages. */
  toArray({ limit }: ToArrayOptions = {}): Promise<Item[]> {
    return collect(this, limit);
  }

  /** Yields this page, then each following page as it is fetched. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Page<Item, Body>, void, undefined> {
    for (let page: Page<Item, Body> | null = this; page; page = await page.next()) yield page;
  }
}

const ignore = () => {};

/** The resolvers of a PageRequest's own promise, kept to settle it on first use. */
interface Settle<T> {
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/**
 * A paged call: a `Promise` of its first page that sends nothing until it is awaited (or `then`,
 * `catch`, `finally`, `withResponse`, iteration) and fetches that page once however it is used.
 * Iterate it for every page, or call `items()` for every item.
 */
export class PageRequest<Item, Body = unknown> extends Promise<Page<Item, Body>> implements AsyncIterable<Page<Item, Body>> {
  // Chained promises (`then`, `catch`, `finally`) are plain promises: building another
  // PageRequest through the constructor below would need a fetcher.
  // Stryker disable next-line BlockStatement: a species of undefined makes Promise fall back to Promise too.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #fetcher: PageFetcher<Item, Body>;
  readonly #settle: Settle<Page<Item, Body>>;
  #first: Promise<Page<Item, Body>> | undefined;

  /** Wraps a page source; nothing is fetched until the request is used. */
  constructor(fetcher: PageFetcher<Item, Body>) {
    let settle!: Settle<Page<Item, Body>>;
    super((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.#fetcher = fetcher;
    this.#settle = settle;
  }

  /** Starts the first fetch on first use and settles this promise with it. */
  #firstPage(): Promise<Page<Item, Body>> {
    if (!this.#first) {
      const fetcher = this.#fetcher;
      this.#first = fetcher.fetchPage(fetcher.firstCursor).then((sent) => new Page(fetcher, sent));
      this.#first.then(this.#settle.resolve, this.#settle.reject);
      // A failure reaches whoever asked (a `then` chain, an iterator, `withResponse`); this promise
      // itself must not be reported as unhandled when it was used only through iteration.
      super.then(undefined, ignore);
    }
    return this.#first;
  }

  /** Resolves to the first page, fetching it on first use. `catch` and `finally` go through here. */
  // biome-ignore lint/suspicious/noThenProperty: a PageRequest is a Promise; this starts its lazy fetch.
  override then<A = Page<Item, Body>, B = never>(
    onfulfilled?: ((page: Page<Item, Body>) => A | PromiseLike<A>) | null | undefined,
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null | undefined,
  ): Promise<A | B> {
    this.#firstPage();
    return super.then(onfulfilled, onrejected);
  }

  /** The first page with its HTTP response and request id (`data` is the Page). */
  withResponse(): Promise<Sent<Page<Item, Body>>> {
    return this.#firstPage().then((page) => ({ data: page, response: page.response, requestId: page.requestId }));
  }

  /** Iterates every item of every page, fetching pages as it goes. */
  items(): AsyncGenerator<Item, void, undefined> {
    return eachItem(this);
  }

  /** Collects items across pages, stopping at `limit` without fetching further pages. */
  toArray({ limit }: ToArrayOptions = {}): Promise<Item[]> {
    return collect(this, limit);
  }

  /** Yields the first page, then each following page as it is fetched. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Page<Item, Body>, void, undefined> {
    yield* await this.#firstPage();
  }
}

/** The item type of a response whose items live under `items`. */
export type DefaultItem<Output> = Output extends { items?: ReadonlyArray<infer I> | null | undefined } ? I : unknown;

/**
 * Starts a cursor-paged call of `operation`: nothing is sent until the result is used. A
 * `page_token` (the config's `cursorParam`) in `input` is where the walk starts. Per-call options
 * (signal, headers, retries) apply to every page.
 */
export function paginate<Input, Output, Item = DefaultItem<Output>>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
  config?: PaginationConfig,
): PageRequest<Item, Output> {
  return new PageRequest(createPageFetcher<Input, Output, Item>(client, operation, input, options, config));
}

/** Builds the PageFetcher `paginate` uses, for callers that want to wrap or adapt it. */
export function createPageFetcher<Input, Output, Item = DefaultItem<Output>>(
  client: FactifyClient,
  operation: OperationDescriptor<Input, Output>,
  input: Input,
  options?: RequestOptions,
  config: PaginationConfig = {},
): PageFetcher<Item, Output> {
  const { items = "items", cursorParam = "page_token", nextCursor = ["pagination", "next_page_token"] } = config;
  const hasMore = config.hasMore ?? (config.nextCursor ? undefined : ["pagination", "has_more"]);
  const given = (input as Record<string, unknown> | undefined)?.[cursorParam];
  // Page checks what these return (an array, a non-empty string, an explicit false).
  const read = (value: any, path: readonly string[]) => path.reduce((v, key) => v?.[key], value);
  return {
    name: operation.id,
    firstCursor: typeof given === "string" && given ? given : undefined,
    fetchPage: (cursor) =>
      invoke(client, operation, (cursor === undefined ? input : { ...input, [cursorParam]: cursor }) as Input, options).withResponse(),
    items: (body) => read(body, [items]),
    nextCursor: (body) => read(body, nextCursor),
    ...(hasMore && { hasMore: (body: Output) => read(body, hasMore) }),
  };
}

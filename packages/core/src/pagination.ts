// Cursor pagination: a PageRequest is a lazy, awaitable, async-iterable handle on the first page;
// each Page knows how to fetch the one after it. Only the page being looked at is held, so walking
// any number of pages keeps memory flat.
import type { FactifyClient } from "./client";
import { invoke } from "./invoke";
import type { OperationDescriptor, PaginationConfig } from "./operation";
import type { Pagination } from "./schema";
import type { RequestOptions } from "./types";

/**
 * The low-level source of pages: how to fetch one page by cursor and read a response. `paginate`
 * builds one from an operation; build your own for other cursor shapes.
 */
export interface PageFetcher<Item, Response> {
  /** Fetches the page at `cursor`; `undefined` means the first page. */
  fetchPage(cursor: string | undefined): Promise<Response>;
  /** The page's items (an empty array when there are none). */
  items(response: Response): Item[];
  /** The cursor of the following page; empty or undefined on the last page. */
  nextCursor(response: Response): string | undefined;
  /** `false` when the response says no page follows; `undefined` to rely on the cursor alone. */
  hasMore?(response: Response): boolean | undefined;
  /** The cursor the first page is fetched with, when the caller gave one. */
  readonly firstCursor?: string;
  /** Told when the server hands back a cursor it already gave, which ends the iteration. */
  onRepeatedCursor?(cursor: string): void;
}

/** Options of `toArray`. */
export interface ToArrayOptions {
  /** Stop after this many items; no page beyond the one holding the last of them is fetched. */
  limit?: number;
}

/**
 * How many recent cursors a page remembers. A server that hands back the token it was just given
 * (or cycles through a few) would otherwise be paged forever; remembering every token would make
 * memory grow with the walk.
 */
const CURSOR_MEMORY = 8;

/** What pages and page requests share: collecting items, walking pages. */
abstract class PageWalk<Item, Response> implements AsyncIterable<Page<Item, Response>> {
  /** Yields pages one by one, each fetched only when the walk gets to it. */
  abstract [Symbol.asyncIterator](): AsyncIterator<Page<Item, Response>>;

  /** Collects items across pages, stopping at `limit` without fetching further pages. */
  async toArray({ limit = Infinity }: ToArrayOptions = {}): Promise<Item[]> {
    let out: Item[] = [];
    // Leaving the loop ends the walk before the next page is fetched.
    if (limit > 0) for await (const page of this) if ((out = out.concat(page.items.slice(0, limit - out.length))).length >= limit) break;
    return out;
  }
}

async function* eachItem<Item>(pages: AsyncIterable<Page<Item, unknown>>): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages) yield* page.items;
}

/** One page of a cursor-paged list. Async-iterating a page yields it and every page after it. */
export class Page<Item, Response = unknown> extends PageWalk<Item, Response> {
  /** The items of this page. */
  declare readonly items: Item[];
  /** The response body, as received. */
  declare readonly response: Response;
  /** The response's `pagination` field, when it has one. */
  declare readonly pagination: Pagination | undefined;
  readonly #fetcher: PageFetcher<Item, Response>;
  readonly #recent: readonly string[];
  readonly #next: string | undefined;

  /**
   * Wraps a fetched response. `recent` lists the cursors that led here (newest last); a next cursor
   * among them ends the iteration.
   */
  constructor(fetcher: PageFetcher<Item, Response>, response: Response, recent: readonly string[] = []) {
    super();
    const items = fetcher.items(response);
    const pagination = (response as { pagination?: Pagination } | null)?.pagination;
    let cursor = fetcher.nextCursor(response);
    if (typeof cursor !== "string" || !cursor || fetcher.hasMore?.(response) === false) cursor = undefined;
    else if (recent.includes(cursor)) {
      // Stop rather than throw: every item seen so far is valid, and a loop over pages that ends
      // is more useful to the caller than one that fails at the end. The logger hears about it.
      fetcher.onRepeatedCursor?.(cursor);
      cursor = undefined;
    }
    this.#fetcher = fetcher;
    this.#recent = recent;
    this.#next = cursor;
    Object.assign(this, {
      items: Array.isArray(items) ? items : [],
      response,
      pagination: pagination instanceof Object ? pagination : undefined,
    });
  }

  /** True when another page follows this one. */
  hasNextPage(): boolean {
    return !!this.#next;
  }

  /**
   * Fetches the following page, or resolves to `null` on the last page. Each call sends a request:
   * pages do not keep their successors, so holding one page never holds the rest of the list.
   */
  async next(): Promise<Page<Item, Response> | null> {
    const cursor = this.#next;
    return cursor ? new Page(this.#fetcher, await this.#fetcher.fetchPage(cursor), [...this.#recent.slice(1 - CURSOR_MEMORY), cursor]) : null;
  }

  /** Iterates the items of this page and every page after it. */
  iterItems(): AsyncGenerator<Item, void, undefined> {
    return eachItem(this);
  }

  /** Yields this page, then each following page as it is fetched. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Page<Item, Response>, void, undefined> {
    for (let page: Page<Item, Response> | null = this; page; page = await page.next()) yield page;
  }
}

/**
 * A paged call, not yet sent. `await` it for the first page (fetched once, on first use), iterate it
 * for every page, or call `items()` for every item.
 */
export class PageRequest<Item, Response = unknown> extends PageWalk<Item, Response> implements PromiseLike<Page<Item, Response>> {
  readonly #fetcher: PageFetcher<Item, Response>;
  #first: Promise<Page<Item, Response>> | undefined;

  /** Wraps a page source; nothing is fetched until the request is awaited or iterated. */
  constructor(fetcher: PageFetcher<Item, Response>) {
    super();
    this.#fetcher = fetcher;
  }

  #firstPage(): Promise<Page<Item, Response>> {
    const fetcher = this.#fetcher;
    const start = fetcher.firstCursor;
    return (this.#first ??= fetcher.fetchPage(undefined).then((response) => new Page(fetcher, response, start ? [start] : [])));
  }

  /** Resolves to the first page. Awaiting again reuses the same page. */
  // biome-ignore lint/suspicious/noThenProperty: a PageRequest is meant to be awaited.
  then<A = Page<Item, Response>, B = never>(
    onfulfilled?: ((page: Page<Item, Response>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  /** Like `Promise.prototype.catch`, for the first page. */
  catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<Page<Item, Response> | B> {
    return this.#firstPage().catch(onrejected);
  }

  /** Like `Promise.prototype.finally`, for the first page. */
  finally(onfinally?: (() => void) | null): Promise<Page<Item, Response>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Iterates every item of every page, fetching pages as it goes. */
  items(): AsyncGenerator<Item, void, undefined> {
    return eachItem(this);
  }

  /** Yields the first page, then each following page as it is fetched. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Page<Item, Response>, void, undefined> {
    yield* await this.#firstPage();
  }
}

/** The item type of a response whose items live under `items`. */
export type DefaultItem<Output> = Output extends { items?: ReadonlyArray<infer I> | null } ? I : unknown;

/**
 * Starts a cursor-paged call of `operation`: nothing is sent until the result is awaited or iterated.
 * Per-call options (signal, headers, retries) apply to every page.
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
  const logger = client.options.debugLogger;
  // Page checks what these return (an array, a non-empty string, an explicit false).
  const read = (value: any, path: readonly string[]) => path.reduce((v, key) => v?.[key], value);
  return {
    firstCursor: typeof given === "string" && given ? given : undefined,
    fetchPage: (cursor) => invoke(client, operation, (cursor === undefined ? input : { ...input, [cursorParam]: cursor }) as Input, options),
    items: (response) => read(response, [items]),
    nextCursor: (response) => read(response, nextCursor),
    hasMore: hasMore && ((response) => read(response, hasMore)),
    onRepeatedCursor: (cursor) =>
      logger?.warn(`${operation.id}: the server repeated page cursor ${JSON.stringify(cursor)}; stopping pagination`),
  };
}

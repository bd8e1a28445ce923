// Client-side pacing. Each bucket holds `limit` tokens and a spent token comes back one window after
// it was spent, so no window of `windowMs` ever sees more than `limit` requests: a bulk job waits here
// instead of collecting 429s from the API (1000 requests/min per key, 100 POST/min).
import { parseRateLimitReset } from "./retry";
import type { HttpMethod, RateLimitOptions } from "./types";

/** Rate limits used when the client does not set its own. */
export const DEFAULT_RATE_LIMIT: Readonly<Required<RateLimitOptions>> = {
  requestsPerWindow: 1000,
  postsPerWindow: 100,
  windowMs: 60_000,
};

/** Time source for the limiter; tests inject a fake one. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

class WindowBucket {
  // Times tokens were spent, oldest first; never longer than `limit`.
  private readonly spent: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Earliest time a token is available (`now` when one is). */
  freeAt(now: number): number {
    while (this.spent.length > 0 && this.spent[0]! + this.windowMs <= now) this.spent.shift();
    return this.spent.length < this.limit ? now : this.spent[0]! + this.windowMs;
  }

  take(now: number): void {
    this.spent.push(now);
  }
}

interface Waiter {
  readonly post: boolean;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** Token buckets shared by every request made through one client. */
export class RateLimiter {
  private readonly all: WindowBucket;
  private readonly posts: WindowBucket;
  private readonly queue: Waiter[] = [];
  private readonly windowMs: number;
  private pausedUntil = 0;
  private timer: unknown;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(
    options: RateLimitOptions = {},
    private readonly clock: Clock = realClock,
  ) {
    const o = { ...DEFAULT_RATE_LIMIT, ...options };
    this.windowMs = o.windowMs;
    this.all = new WindowBucket(o.requestsPerWindow, o.windowMs);
    this.posts = new WindowBucket(o.postsPerWindow, o.windowMs);
  }

  /** Number of calls waiting for a token. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Resolves when a request with this method may be sent, taking its tokens.
   * Rejects with the signal's reason (and leaves the queue) if `signal` aborts first.
   */
  acquire(method: HttpMethod, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const post = method === "POST";
    if (this.queue.length === 0 && this.tryTake(post, this.clock.now())) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        post,
        resolve,
        reject,
        signal,
        onAbort: () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal!.reason);
          this.drain();
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.drain();
    });
  }

  /** Holds every request until `time` (epoch ms), e.g. when the server said the quota is spent. */
  pauseUntil(time: number): void {
    // Longer pauses are quotas, not rate limits; holding every call for them would stall the client.
    const capped = Math.min(time, this.clock.now() + this.windowMs);
    if (capped <= this.pausedUntil) return;
    this.pausedUntil = capped;
    this.drain();
  }

  /** Pauses until `X-RateLimit-Reset` when a response says no requests remain in the window. */
  observe(headers: Headers): void {
    if (headers.get("x-ratelimit-remaining")?.trim() !== "0") return;
    const now = this.clock.now();
    const wait = parseRateLimitReset(headers.get("x-ratelimit-reset"), now);
    if (wait !== undefined && wait > 0) this.pauseUntil(now + wait);
  }

  private tryTake(post: boolean, now: number): boolean {
    if (now < this.pausedUntil || this.all.freeAt(now) > now || (post && this.posts.freeAt(now) > now)) return false;
    this.all.take(now);
    if (post) this.posts.take(now);
    return true;
  }

  // Grants tokens to waiters in order. A POST blocked only by the POST bucket does not hold up the
  // GETs behind it; anything blocked by the shared bucket or a pause holds everyone.
  private drain(): void {
    const now = this.clock.now();
    let wakeAt = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.queue.length; ) {
      const waiter = this.queue[i]!;
      const sharedFree = Math.max(this.pausedUntil, this.all.freeAt(now));
      if (sharedFree > now) {
        wakeAt = Math.min(wakeAt, sharedFree);
        break;
      }
      if (waiter.post && this.posts.freeAt(now) > now) {
        wakeAt = Math.min(wakeAt, this.posts.freeAt(now));
        i++;
        continue;
      }
      this.tryTake(waiter.post, now);
      this.queue.splice(i, 1);
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve();
    }
    this.schedule(this.queue.length === 0 ? Number.POSITIVE_INFINITY : wakeAt, now);
  }

  // One timer at most, and only while someone waits: an idle client never keeps a process alive.
  private schedule(at: number, now: number): void {
    if (at === this.timerAt) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = at;
    if (at === Number.POSITIVE_INFINITY) return;
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.drain();
      },
      Math.max(0, at - now),
    );
  }
}

// Client-side pacing. Each bucket holds `limit` tokens and a spent token comes back one window after
// it was spent, so no window of `windowMs` ever sees more than `limit` requests: a bulk job waits here
// instead of collecting 429s from the API (1000 requests/min per key, 100 POST/min).
import { parseRateLimitReset } from "./retry";
import type { HttpMethod, RateLimitOptions } from "./types";

/** Token buckets shared by every request made through one client. */
export interface RateLimiter {
  /** Number of calls waiting for a token. */
  readonly pending: number;
  /**
   * Resolves when a request with this method may be sent, taking its tokens.
   * Rejects with the signal's reason (and leaves the queue) if `signal` aborts first.
   */
  acquire(method: HttpMethod, signal?: AbortSignal): Promise<void>;
  /**
   * Takes the tokens of a request with this method when they are free right now and nobody waits,
   * and says whether it did: the common case, which then costs the caller no promise at all.
   */
  tryAcquire(method: HttpMethod): boolean;
  /** Holds every request until `X-RateLimit-Reset` when a response says no requests remain in the window. */
  observe(headers: Headers): void;
}

const GRANTED: Promise<void> = Promise.resolve();

interface Waiter {
  post: boolean;
  resolve(): void;
  abort(): void;
}

/** Creates the limiter of one client: 1000 requests and 100 POSTs per minute unless `options` say otherwise. */
export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  // Bucket 0 counts every request, bucket 1 only POSTs. Each holds the times its tokens were spent, oldest first.
  const limits = [options.requestsPerWindow ?? 1000, options.postsPerWindow ?? 100];
  const spent: number[][] = [[], []];
  const queue: Waiter[] = [];
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;

  // Earliest time bucket `i` has a token (`now` when it has one).
  const freeAt = (i: number, now: number): number => {
    const times = spent[i]!;
    while (times[0]! + windowMs <= now) times.shift();
    return times.length < limits[i]! ? now : times[0]! + windowMs;
  };

  // Grants tokens to waiters in order. A POST blocked only by the POST bucket does not hold up the
  // GETs behind it; anything blocked by the shared bucket or a pause holds everyone. Keeps at most one
  // timer, and only while someone waits: an idle client never keeps a process alive.
  const drain = (): void => {
    const now = Date.now();
    let wakeAt = Infinity;
    for (let i = 0; i < queue.length; ) {
      const waiter = queue[i]!;
      let free = Math.max(pausedUntil, freeAt(0, now));
      if (free > now) {
        wakeAt = Math.min(wakeAt, free);
        break;
      }
      if (waiter.post && (free = freeAt(1, now)) > now) {
        wakeAt = Math.min(wakeAt, free);
        i++;
        continue;
      }
      spent[0]!.push(now);
      if (waiter.post) spent[1]!.push(now);
      queue.splice(i, 1);
      waiter.resolve();
    }
    if (!queue.length) wakeAt = Infinity;
    if (wakeAt !== timerAt) {
      clearTimeout(timer);
      timerAt = wakeAt;
      timer =
        wakeAt < Infinity
          ? setTimeout(() => {
              timerAt = Infinity;
              drain();
            }, wakeAt - now)
          : undefined;
    }
  };

  function tryAcquire(method: HttpMethod): boolean {
    const now = Date.now();
    if (queue.length || pausedUntil > now || freeAt(0, now) > now || (method === "POST" && freeAt(1, now) > now)) return false;
    spent[0]!.push(now);
    if (method === "POST") spent[1]!.push(now);
    return true;
  }

  return {
    get pending() {
      return queue.length;
    },
    tryAcquire,
    acquire(method, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (tryAcquire(method)) return GRANTED;
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          post: method === "POST",
          resolve() {
            signal?.removeEventListener("abort", waiter.abort);
            resolve();
          },
          abort() {
            queue.splice(queue.indexOf(waiter), 1);
            reject(signal!.reason);
            drain();
          },
        };
        signal?.addEventListener("abort", waiter.abort);
        queue.push(waiter);
        drain();
      });
    },
    observe(headers) {
      if (headers.get("x-ratelimit-remaining")?.trim() !== "0") return;
      const now = Date.now();
      // Longer pauses are quotas, not rate limits; holding every call for them would stall the client.
      const until = now + Math.min(parseRateLimitReset(headers.get("x-ratelimit-reset"), now) ?? 0, windowMs);
      if (until > pausedUntil) {
        pausedUntil = until;
        drain();
      }
    },
  };
}

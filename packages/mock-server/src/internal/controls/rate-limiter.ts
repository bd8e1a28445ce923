// Per-credential rate limits: a one-minute window opened by the first request, with a general
// budget (1000) and a smaller one for POSTs (100). Driven by the engine clock, so tests move
// time instead of waiting.

/** The outcome of counting one request. */
export interface RateDecision {
  ok: boolean;
  headers: Record<string, string>;
}

interface Window {
  start: number;
  count: number;
  posts: number;
}

/** Counts requests per credential and produces X-RateLimit-* headers. */
export class RateLimiter {
  private windows = new Map<string, Window>();
  constructor(private readonly limits: { perMinute: number; postPerMinute: number }) {}

  /** Counts a request for `id` at `now`; POSTs also draw on the POST budget. */
  take(id: string, isPost: boolean, now: number): RateDecision {
    let w = this.windows.get(id);
    if (!w || now >= w.start + 60_000) {
      w = { start: now, count: 0, posts: 0 };
      this.windows.set(id, w);
    }
    const reset = Math.ceil((w.start + 60_000) / 1000);
    const retryAfter = String(Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000)));
    const limit = isPost ? this.limits.postPerMinute : this.limits.perMinute;
    const used = isPost ? w.posts : w.count;
    const overGeneral = w.count >= this.limits.perMinute;
    if (used >= limit || overGeneral) {
      const shownLimit = overGeneral ? this.limits.perMinute : limit;
      return {
        ok: false,
        headers: { "x-ratelimit-limit": String(shownLimit), "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset), "retry-after": retryAfter },
      };
    }
    w.count += 1;
    if (isPost) w.posts += 1;
    const remaining = isPost
      ? Math.min(limit - w.posts, this.limits.perMinute - w.count)
      : this.limits.perMinute - w.count;
    return {
      ok: true,
      headers: { "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": String(remaining), "x-ratelimit-reset": String(reset) },
    };
  }

  /** Forgets every window. */
  reset(): void {
    this.windows.clear();
  }
}

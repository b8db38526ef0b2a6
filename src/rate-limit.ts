/** A per-user sliding-window rate limit shared by the chat adapters. */

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: milliseconds until the user may ask again. */
  retryAfterMs: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one request by `key` (e.g. `discord:USERID`) and says whether it may go ahead. */
  take(key: string): RateLimitDecision {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (t - recent[0]!) };
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Forgets users with no recent requests, so the map cannot grow without bound. */
  private prune(t: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((at) => t - at >= this.windowMs)) this.hits.delete(key);
    }
  }
}

/** A bounded memory of recently seen keys, for rejecting replays and dropping redelivered events. */
import type { SeenRequests } from '../../daily/store.js';

export class RecentKeys implements SeenRequests {
  private readonly seen = new Map<string, number>();

  /**
   * @param ttlMs how long a key is remembered.
   * @param max most keys kept; past it the oldest are forgotten first (insertion order), so memory stays bounded.
   */
  constructor(
    private readonly ttlMs: number,
    private readonly max = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers `key` and returns true, or returns false when it was already seen within the TTL. */
  addIfNew(key: string): boolean {
    const t = this.now();
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > t) return false;
    this.seen.delete(key);
    this.seen.set(key, t + this.ttlMs);
    this.evict(t);
    return true;
  }

  /** `SeenRequests` over this memory: every key keeps the one TTL given to the constructor. */
  async rememberOnce(key: string): Promise<boolean> {
    return this.addIfNew(key);
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(t: number): void {
    // Keys are in insertion order and share one TTL, so expired ones are at the front.
    for (const [key, expires] of this.seen) {
      if (expires > t && this.seen.size <= this.max) break;
      this.seen.delete(key);
    }
  }
}

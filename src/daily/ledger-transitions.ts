/**
 * The ledger's state changes, said once for both backends: each names the state it leaves and the
 * columns it sets; the backend's `transition` turns that into one conditional UPDATE of its SQL.
 */
import type { ChannelRef } from './contract.js';
import type { PostState } from './store.js';

/** Column values to set; `{ add: n }` adds to the current value. */
export type LedgerChanges = Record<string, string | number | null | { add: number }>;

export abstract class LedgerTransitions {
  /** Applies `set` to the post only if `owner` holds it in state `from`; true when it did. */
  protected abstract transition(channel: ChannelRef, localDate: string, owner: string, from: PostState, set: LedgerChanges): Promise<boolean>;

  /** `claimed` → `sending`, only for the claim's owner: after this, the post is never tried by anyone else. */
  beginSending(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number): Promise<boolean> {
    return this.transition(channel, localDate, owner, 'claimed', { state: 'sending', lease_until: leaseUntil });
  }

  markSent(channel: ChannelRef, localDate: string, owner: string, now: number): Promise<boolean> {
    return this.transition(channel, localDate, owner, 'sending', { state: 'sent', sent_at: now, error: null });
  }

  /** The platform refused with 429/5xx: back to `claimed`, to be tried again at `nextAttemptAt`. */
  markRetry(channel: ChannelRef, localDate: string, owner: string, nextAttemptAt: number, leaseUntil: number, error: string): Promise<boolean> {
    return this.transition(channel, localDate, owner, 'sending', {
      state: 'claimed', next_attempt_at: nextAttemptAt, lease_until: leaseUntil, error, attempts: { add: 1 },
    });
  }

  /** The try ended without a post: `failed` for good, or `uncertain` when it may have gone out. */
  markEnded(channel: ChannelRef, localDate: string, owner: string, state: 'failed' | 'uncertain', error: string): Promise<boolean> {
    return this.transition(channel, localDate, owner, 'sending', { state, error, attempts: { add: 1 } });
  }
}

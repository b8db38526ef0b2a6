/**
 * Which fact a channel gets next: every fact once before any repeats, in an order of its own that
 * follows from the channel and its post history alone, so it is the same after a restart.
 */
import { createHash } from 'node:crypto';
import type { Fact } from '../answers.js';
import type { ChannelRef } from './contract.js';
import type { DailyStore } from './store.js';

export class Rotation {
  private readonly byId: ReadonlyMap<string, Fact>;

  constructor(readonly facts: readonly Fact[]) {
    if (facts.length === 0) throw new Error('Daily facts need at least one fact; the report index has none.');
    this.byId = new Map(facts.map((f) => [f.id, f]));
  }

  /** The fact with this id, if the current index still has it. */
  fact(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  /**
   * The next fact for `channelKey`, given how often each fact id was already posted there and the
   * last one posted. The least-shown facts go first; among them a hash of channel, round and id
   * decides, so each channel (and each round) has its own order without storing a shuffle. Facts
   * added by a re-index join the current round; facts removed are simply never picked.
   */
  next(channelKey: string, shown: ReadonlyMap<string, number>, lastFactId?: string): Fact {
    let round = Infinity;
    for (const f of this.facts) round = Math.min(round, shown.get(f.id) ?? 0);
    let candidates = this.facts.filter((f) => (shown.get(f.id) ?? 0) === round);
    // Across the end of a round, the first of the new order could be yesterday's fact again.
    if (candidates.length > 1) candidates = candidates.filter((f) => f.id !== lastFactId);
    let best = candidates[0]!;
    let bestRank = rank(channelKey, round, best.id);
    for (const f of candidates.slice(1)) {
      const r = rank(channelKey, round, f.id);
      if (r < bestRank) {
        best = f;
        bestRank = r;
      }
    }
    return best;
  }
}

function rank(channelKey: string, round: number, factId: string): string {
  return createHash('sha256').update(`${channelKey}\n${round}\n${factId}`).digest('hex');
}

/**
 * The channel's fact for `localDate`: the one already claimed for that day, else the one the
 * rotation gives next — which is what the scheduler will claim, so `/hr fact` and the post agree.
 */
export async function todaysFact(store: DailyStore, rotation: Rotation, channel: ChannelRef, localDate: string): Promise<Fact> {
  const claimed = await store.post(channel, localDate);
  const fact = claimed && rotation.fact(claimed.factId);
  if (fact) return fact;
  const { shown, lastFactId } = await store.history(channel);
  return rotation.next(channelKey(channel), shown, lastFactId);
}

export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.channelId}`;
}

/**
 * Which fact a channel gets next: every fact once before any repeats, never two days running from the
 * same subsection when another is left, in an order of its own that follows from the channel and its
 * post history alone, so it is the same after a restart. `hr fact --date` replays the same rotation
 * for a calendar with no history of its own.
 */
import { createHash } from 'node:crypto';
import type { Fact } from '../answers.js';
import type { ChannelRef } from './contract.js';
import type { DailyStore } from './store.js';

export class Rotation {
  private readonly byId: ReadonlyMap<string, Fact>;
  private readonly subsection: ReadonlyMap<string, string>;

  constructor(readonly facts: readonly Fact[]) {
    if (facts.length === 0) throw new Error('Daily facts need at least one fact; the report index has none.');
    this.byId = new Map(facts.map((f) => [f.id, f]));
    this.subsection = new Map(facts.map((f) => [f.id, subsectionOf(f)]));
  }

  /** The fact with this id, if the current index still has it. */
  fact(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  /**
   * The next fact for `channelKey`, given how often each fact id was already posted there and the
   * last one posted. The least-shown facts go first; among them a hash of channel and id decides, so
   * each channel has its own order without storing a shuffle. The order is the same every round, so a
   * fact comes back only after (nearly) every other one: any run of days shorter than the list
   * posts no fact twice, across the end of a round too. Facts added by a re-index join the current
   * round at their place in the order; facts removed are simply never picked.
   */
  next(channelKey: string, shown: ReadonlyMap<string, number>, lastFactId?: string): Fact {
    let round = Infinity;
    for (const f of this.facts) round = Math.min(round, shown.get(f.id) ?? 0);
    let candidates = this.facts.filter((f) => (shown.get(f.id) ?? 0) === round);
    // Across the end of a round, the first of the new order could be yesterday's fact again.
    if (candidates.length > 1) candidates = candidates.filter((f) => f.id !== lastFactId);
    // Two days running from the same subsection read like a series; another one goes first while any is left.
    const lastSubsection = lastFactId === undefined ? undefined : this.subsection.get(lastFactId);
    const elsewhere = lastSubsection === undefined ? candidates : candidates.filter((f) => this.subsection.get(f.id) !== lastSubsection);
    if (elsewhere.length > 0) candidates = elsewhere;
    const rankOf = this.ranks(channelKey);
    let best = candidates[0]!;
    let bestRank = rankOf(best.id);
    for (const f of candidates.slice(1)) {
      const r = rankOf(f.id);
      if (r < bestRank) {
        best = f;
        bestRank = r;
      }
    }
    return best;
  }

  /**
   * The fact for day `day` (days since 1970-01-01) of a calendar `key` that has no stored history:
   * the rotation replayed from day 0, as if a channel had posted every day since. The same key and
   * facts always give the same day's fact; the replay is kept, so consecutive days cost one pass.
   */
  onDay(key: string, day: number): Fact {
    if (!Number.isInteger(day) || day < 0) throw new RangeError(`day must be a whole number of days since 1970-01-01, not ${day}`);
    let days = this.calendars.get(key);
    if (!days) this.calendars.set(key, (days = []));
    // What `next` would pick from a history where every fact so far was shown equally often, done a
    // round at a time: the round in rank order, taking each day the first left from another subsection.
    while (days.length <= day) {
      const rankOf = this.ranks(key);
      const left = [...this.facts].sort((a, b) => (rankOf(a.id) < rankOf(b.id) ? -1 : 1));
      while (left.length > 0) {
        const last = days.at(-1);
        const lastSubsection = last && this.subsection.get(last.id);
        let i = left.findIndex((f) => this.subsection.get(f.id) !== lastSubsection);
        if (i < 0) i = Math.max(0, left.findIndex((f) => f.id !== last?.id));
        days.push(left.splice(i, 1)[0]!);
      }
    }
    return days[day]!;
  }

  private readonly calendars = new Map<string, Fact[]>();

  /** Ranks of one channel's facts, computed once: a replay would otherwise hash every fact every day. */
  private ranks(channelKey: string): (factId: string) => string {
    const key = channelKey;
    if (this.rankCache?.key !== key) this.rankCache = { key, ranks: new Map() };
    const ranks = this.rankCache.ranks;
    return (factId) => {
      let r = ranks.get(factId);
      if (r === undefined) ranks.set(factId, (r = rank(channelKey, factId)));
      return r;
    };
  }

  private rankCache?: { key: string; ranks: Map<string, string> };
}

/**
 * The subsection a fact comes from, as the rotation spreads them: the top-level section or lettered
 * subsection of its section id (`1.c`, `6`, `exec`), so two days running never come from one part.
 */
export function subsectionOf(fact: Pick<Fact, 'sectionId'>): string {
  return fact.sectionId.split('/')[0]!;
}

function rank(channelKey: string, factId: string): string {
  return createHash('sha256').update(`${channelKey}\n${factId}`).digest('hex');
}

/**
 * The channel's fact for `localDate`: the one already claimed for that day, else the one the
 * rotation gives next — which is what the scheduler will claim, so `/hr fact` and the post agree.
 */
export function todaysFact(store: DailyStore, rotation: Rotation, channel: ChannelRef, localDate: string): Fact {
  const claimed = store.post(channel, localDate);
  const fact = claimed && rotation.fact(claimed.factId);
  if (fact) return fact;
  const { shown, lastFactId } = store.history(channel);
  return rotation.next(channelKey(channel), shown, lastFactId);
}

export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.channelId}`;
}

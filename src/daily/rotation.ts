/**
 * Which fact a channel gets next: every fact once before any repeats, never two days running from the
 * same subsection when another is left, in an order of its own that follows from the channel and its
 * post history alone, so it is the same after a restart. `hr fact --date` replays the same rotation
 * for a calendar with no history of its own.
 */
import type { Fact } from '../answers.js';
import type { ChannelRef } from './contract.js';
import type { DailyStore } from './store.js';
import { sha256 } from '../sha256.js';

export class Rotation {
  private readonly byId: ReadonlyMap<string, Fact>;
  private readonly subsection: ReadonlyMap<string, string>;

  private readonly reportOf: (factId: string) => string | undefined;
  private readonly resolve: (storedId: string) => string | undefined;

  constructor(
    readonly facts: readonly Fact[],
    options: {
      /** Which report a fact comes from, when facts come from several: each round spreads them in proportion (see `furthestBehind`). */
      reportOf?: (factId: string) => string | undefined;
      /** A fact id as the ledger stored it, as one of `facts`' ids (see `FactPool.resolve`). Default: itself. */
      resolve?: (storedId: string) => string | undefined;
    } = {},
  ) {
    this.reportOf = options.reportOf ?? (() => undefined);
    this.resolve = options.resolve ?? ((id) => id);
    if (facts.length === 0) throw new Error('Daily facts need at least one fact; the report index has none.');
    this.byId = new Map(facts.map((f) => [f.id, f]));
    this.subsection = new Map(facts.map((f) => [f.id, subsectionOf(f)]));
    for (const f of facts) this.sizeOf.set(this.reportOf(f.id), (this.sizeOf.get(this.reportOf(f.id)) ?? 0) + 1);
  }

  /** The fact with this id, if the current index still has it. */
  fact(id: string): Fact | undefined {
    const own = this.resolve(id);
    return own === undefined ? undefined : this.byId.get(own);
  }

  /**
   * The next fact for `channelKey`, given how often each fact id was already posted there and the
   * last one posted. The least-shown facts go first; among them a hash of channel and id decides, so
   * each channel has its own order without storing a shuffle. The order is the same every round, so a
   * fact comes back only after (nearly) every other one: any run of days shorter than the list
   * posts no fact twice, across the end of a round too. Facts added by a re-index join the current
   * round at their place in the order; facts removed are simply never picked.
   */
  next(channelKey: string, storedShown: ReadonlyMap<string, number>, storedLastFactId?: string): Fact {
    const { shown, lastFactId } = this.ownIds(storedShown, storedLastFactId);
    let round = Infinity;
    for (const f of this.facts) round = Math.min(round, shown.get(f.id) ?? 0);
    let candidates = this.facts.filter((f) => (shown.get(f.id) ?? 0) === round);
    // Across the end of a round, the first of the new order could be yesterday's fact again.
    if (candidates.length > 1) candidates = candidates.filter((f) => f.id !== lastFactId);
    candidates = this.furthestBehind(candidates, lastFactId === undefined ? undefined : this.reportOf(lastFactId));
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

  /** The history with stored ids read as this rotation's ids (the same fact under another id scheme counts as shown). */
  private ownIds(shown: ReadonlyMap<string, number>, lastFactId: string | undefined): { shown: ReadonlyMap<string, number>; lastFactId?: string } {
    const own = new Map<string, number>();
    for (const [id, n] of shown) {
      const mine = this.resolve(id);
      if (mine !== undefined) own.set(mine, (own.get(mine) ?? 0) + n);
    }
    const last = lastFactId === undefined ? undefined : this.resolve(lastFactId);
    return last === undefined ? { shown: own } : { shown: own, lastFactId: last };
  }

  /**
   * Of this round's candidates, those of the report with the largest share of its facts still to
   * show: a report of 10 facts beside one of 120 gets a day about every 12, not its ten days in a
   * row, and reports of equal size take turns (of reports equally far behind, not yesterday's).
   */
  private furthestBehind(candidates: Fact[], lastReport: string | undefined): Fact[] {
    const left = new Map<string | undefined, number>();
    for (const f of candidates) left.set(this.reportOf(f.id), (left.get(this.reportOf(f.id)) ?? 0) + 1);
    if (left.size < 2) return candidates;
    let best = -1;
    let chosen = new Set<string | undefined>();
    for (const [report, n] of left) {
      const share = n / (this.sizeOf.get(report) ?? n);
      if (share > best + 1e-12) {
        best = share;
        chosen = new Set([report]);
      } else if (Math.abs(share - best) <= 1e-12) chosen.add(report);
    }
    if (chosen.size > 1) chosen.delete(lastReport);
    return candidates.filter((f) => chosen.has(this.reportOf(f.id)));
  }

  private readonly sizeOf = new Map<string | undefined, number>();

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
  return sha256().update(`${channelKey}\n${factId}`).digest('hex');
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

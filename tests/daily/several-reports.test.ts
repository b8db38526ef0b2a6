/** Daily facts over several reports: one pool, spread across reports, a channel free to keep to one. */
import { describe, expect, it } from 'vitest';
import type { Fact, ReportInfo } from '../../src/answers.js';
import { FactPool } from '../../src/daily/fact-pool.js';
import { DailyFactsService } from '../../src/daily/service.js';
import { SqliteDailyStore } from '../../src/daily/sqlite-store.js';
import { FakeClock } from './fake-clock.js';
import { REPORT, sampleFacts, tempDataDir } from './support.js';

const ATLANTIS: ReportInfo = { id: 'atlantis-2019-human-rights-report', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019 };
const channel = { platform: 'discord' as const, channelId: '42' };

/** `n` facts of a report, from a few subsections (the rotation also spreads those). */
function factsOf(n: number, prefix: string): Fact[] {
  return sampleFacts(n).map((f, i) => ({ ...f, text: `${prefix} ${f.text}`, sectionId: `${(i % 4) + 1}.a` }));
}

/** `days` posts to one channel through the pool's rotation, as the ledger would record them. */
function posts(pool: FactPool, days: number, report?: string): Fact[] {
  const shown = new Map<string, number>();
  const order: Fact[] = [];
  for (let d = 0; d < days; d++) {
    const fact = pool.rotation(report).next('discord:42', shown, order.at(-1)?.id);
    shown.set(fact.id, (shown.get(fact.id) ?? 0) + 1);
    order.push(fact);
  }
  return order;
}

describe('daily facts from several reports', () => {
  // The same sample ids in both reports, as two reports of one country may have the same sentence at the same place.
  const big = factsOf(24, 'Kazakhstan:');
  const small = factsOf(6, 'Atlantis:');
  const pool = new FactPool([{ report: REPORT, facts: big }, { report: ATLANTIS, facts: small }]);

  it('gives every fact of every report an id of its own', () => {
    expect(new Set(pool.facts.map((f) => f.id)).size).toBe(30);
    expect(pool.reportOf(pool.facts[0]!.id)).toEqual(REPORT);
    expect(pool.reportOf(pool.facts[29]!.id)).toEqual(ATLANTIS);
  });

  it('posts every fact of every report once before any repeats', () => {
    const round = posts(pool, 30);
    expect(new Set(round.map((f) => f.id)).size).toBe(30);
  });

  it("spreads a small report's facts across the round instead of bunching them", () => {
    const round = posts(pool, 30);
    const days = round.flatMap((f, day) => (pool.reportOf(f.id)?.id === ATLANTIS.id ? [day] : []));
    expect(days).toHaveLength(6);
    // One Atlantis fact about every five days: no gap much longer or shorter than its share.
    const gaps = days.slice(1).map((d, i) => d - days[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3);
    expect(days[0]).toBeLessThanOrEqual(5);
    expect(days.at(-1)).toBeGreaterThanOrEqual(24);
  });

  it('takes turns between reports of the same size', () => {
    const even = new FactPool([{ report: REPORT, facts: factsOf(8, 'K') }, { report: ATLANTIS, facts: factsOf(8, 'A') }]);
    const reports = posts(even, 16).map((f) => even.reportOf(f.id)!.id);
    for (let d = 1; d < reports.length; d++) expect(reports[d]).not.toBe(reports[d - 1]);
  });

  it('keeps a channel that chose a report to that report', () => {
    const only = posts(pool, 12, ATLANTIS.id);
    expect(only.every((f) => pool.reportOf(f.id)?.id === ATLANTIS.id)).toBe(true);
    expect(new Set(only.slice(0, 6).map((f) => f.id)).size).toBe(6);
  });

  it('remembers what a channel saw with one report after a second one is added', () => {
    // Twenty days posted while only Kazakhstan was installed: the ledger holds its bare fact ids.
    const alone = new FactPool([{ report: REPORT, facts: big }]);
    const before = posts(alone, 20);
    const shown = new Map(before.map((f) => [f.id, 1]));
    const after: Fact[] = [];
    let last = before.at(-1)!.id;
    for (let d = 0; d < 10; d++) {
      const fact = pool.rotation().next('discord:42', shown, last);
      shown.set(fact.id, (shown.get(fact.id) ?? 0) + 1);
      after.push(fact);
      last = fact.id;
    }
    // The round finishes with what was never shown: the four Kazakhstan facts left and all six of Atlantis.
    const seenBefore = new Set(before.map((f) => `${REPORT.id}/${f.id}`));
    expect(after.filter((f) => seenBefore.has(f.id))).toEqual([]);
    expect(new Set(after.map((f) => f.id)).size).toBe(10);
  });

  it('keeps one report\'s ids exactly as they were', () => {
    expect(new FactPool([{ report: REPORT, facts: big }]).facts).toEqual(big);
  });
});

describe('DailyFactsService with several reports', () => {
  function service() {
    const clock = new FakeClock(Date.parse('2026-05-01T07:00:00Z'));
    const store = SqliteDailyStore.openInDataDir(tempDataDir());
    const daily = new DailyFactsService({ reports: [{ report: REPORT, facts: factsOf(12, 'K') }, { report: ATLANTIS, facts: factsOf(4, 'A') }], store, clock });
    return { daily, store };
  }

  it('keeps a channel to the report it chose, says so, and shows that report with each fact', async () => {
    const { daily, store } = service();
    const on = await daily.subscribe(channel, { report: ATLANTIS.id });
    expect(on).toMatchObject({ kind: 'notice', message: expect.stringContaining('one fact from the Atlantis 2019 Human Rights Report every day at 09:00') });
    expect(await store.subscription(channel)).toMatchObject({ report: ATLANTIS.id });
    expect((await daily.status(channel)).message).toContain('from the Atlantis 2019 Human Rights Report');
    const fact = await daily.factFor(channel);
    expect(fact.report).toEqual(ATLANTIS);
    expect(fact.fact.text.startsWith('A ')).toBe(true);
  });

  it('goes back to every report when turned on again without one', async () => {
    const { daily, store } = service();
    await daily.subscribe(channel, { report: ATLANTIS.id });
    expect((await daily.subscribe(channel, {})).kind).toBe('notice');
    expect((await store.subscription(channel))?.report).toBeUndefined();
    expect((await daily.status(channel)).message).not.toContain('Atlantis');
  });

  it('refuses a report it does not have', async () => {
    const { daily, store } = service();
    expect(await daily.subscribe(channel, { report: 'narnia-1950' })).toMatchObject({ kind: 'error', code: 'unknown-report' });
    expect(await store.subscription(channel)).toBeUndefined();
  });

  it('names each fact\'s own report outside a subscribed channel', async () => {
    const { daily } = service();
    const reports = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const answer = await daily.factFor();
      expect(answer.fact.text.startsWith(answer.report.id === ATLANTIS.id ? 'A ' : 'K ')).toBe(true);
      reports.add(answer.report.id);
    }
    expect(reports.size).toBe(2);
  });
});

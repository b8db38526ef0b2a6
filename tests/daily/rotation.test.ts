import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/answers.js';
import { Rotation, subsectionOf } from '../../src/daily/rotation.js';
import { sampleFacts } from './support.js';

/** Runs the rotation for `days` posts to one channel, as the ledger would record them. */
function run(rotation: Rotation, channelKey: string, days: number, shown = new Map<string, number>()): string[] {
  const order: string[] = [];
  for (let d = 0; d < days; d++) {
    const fact = rotation.next(channelKey, shown, order.at(-1));
    shown.set(fact.id, (shown.get(fact.id) ?? 0) + 1);
    order.push(fact.id);
  }
  return order;
}

describe('Rotation', () => {
  const facts = sampleFacts(40);
  const rotation = new Rotation(facts);

  it('posts every fact once before any fact repeats, round after round', () => {
    const order = run(rotation, 'discord:1', 120);
    for (let round = 0; round < 3; round++) {
      expect(new Set(order.slice(round * 40, round * 40 + 40)).size).toBe(40);
    }
  });

  it('never posts the same fact two days running across the end of a round', () => {
    // Three facts make a round end every third day, so a repeat at the seam would show many times over.
    const order = run(new Rotation(sampleFacts(3)), 'slack:C1', 300);
    for (let i = 1; i < order.length; i++) expect(order[i]).not.toBe(order[i - 1]);
  });

  it('gives each channel its own order, and no fact twice in any run of days as long as the list', () => {
    const a = run(rotation, 'discord:1', 120);
    const b = run(rotation, 'discord:2', 80);
    expect(a.slice(0, 40)).not.toEqual(b.slice(0, 40));
    // Across the end of a round too: the next round keeps the order, so the last facts of one round
    // are not the first of the next.
    for (let start = 0; start + 40 <= a.length; start++) expect(new Set(a.slice(start, start + 40)).size, `days ${start}–${start + 39}`).toBe(40);
  });

  it('gives the same order again from the same history, as after a restart', () => {
    const before = run(rotation, 'discord:1', 25);
    // A new Rotation (a restarted process) picking day 26 from the same history.
    const shown = new Map(before.map((id) => [id, 1]));
    const again = new Rotation(facts).next('discord:1', shown, before.at(-1));
    expect(again.id).toBe(run(rotation, 'discord:1', 26)[25]);
  });

  it('lets facts added by a re-index join the current round', () => {
    const first = run(rotation, 'discord:1', 10);
    const grown = new Rotation([...facts, ...sampleFacts(45).slice(40)]);
    const shown = new Map(first.map((id) => [id, 1]));
    const rest = run(grown, 'discord:1', 35, shown);
    expect(new Set([...first, ...rest]).size).toBe(45);
  });
});

/** `n` facts spread over the given subsections in turn, with ids that sort like real ones. */
function factsAcross(subsections: string[], n: number): Fact[] {
  return Array.from({ length: n }, (_, i) => {
    const sectionId = `${subsections[i % subsections.length]}/topic`;
    return { id: `${sectionId}#${i + 1}~${(0x20000000 + i).toString(16)}`, text: `Fact ${i + 1}.`, citation: `¶${i + 1}`, sectionId, paragraphId: `${sectionId}#${i + 1}` };
  });
}

describe('Rotation across subsections', () => {
  const facts = factsAcross(['exec', '1.c', '2.a', '6', '7.e'], 37);
  const rotation = new Rotation(facts);
  const bySubsection = new Map(facts.map((f) => [f.id, subsectionOf(f)]));

  it('never posts two days running from one subsection while the round has a fact from another', () => {
    const order = run(rotation, 'discord:1', 37 * 4);
    for (let round = 0; round < 4; round++) {
      const days = order.slice(round * 37, round * 37 + 37);
      expect(new Set(days).size).toBe(37);
      days.forEach((id, i) => {
        if (i === 0 || bySubsection.get(id) !== bySubsection.get(days[i - 1]!)) return;
        // Allowed only when everything left in the round comes from that same subsection.
        const left = days.slice(i).map((x) => bySubsection.get(x));
        expect(new Set(left), `day ${round * 37 + i}`).toEqual(new Set([bySubsection.get(id)]));
      });
    }
  });

  it('keeps a fact away for nearly a whole round even when subsections reorder the days', () => {
    const order = run(rotation, 'slack:C9', 37 * 5);
    for (let start = 0; start + 33 <= order.length; start++) expect(new Set(order.slice(start, start + 33)).size, `days ${start}–${start + 32}`).toBe(33);
  });

  it('gives a calendar with no history exactly what a channel posting every day would get', () => {
    const channel = run(rotation, 'calendar:r', 120);
    const calendar = new Rotation(facts);
    expect(Array.from({ length: 120 }, (_, day) => calendar.onDay('calendar:r', day).id)).toEqual(channel);
    // Asked out of order, the same days give the same facts.
    expect(new Rotation(facts).onDay('calendar:r', 77).id).toBe(channel[77]);
  });

  it('posts every fact once before any repeats, across a fact added after some days', () => {
    const first = run(rotation, 'slack:C1', 12);
    const added = factsAcross(['3'], 1).map((f) => ({ ...f, id: `3/topic#99~added00` }));
    const grown = new Rotation([...facts, ...added]);
    const shown = new Map(first.map((id) => [id, 1]));
    const rest = run(grown, 'slack:C1', 38 - 12, shown);
    // The days already posted stay as they were; the rest of the round brings every other fact, the new one too.
    expect(new Set([...first, ...rest]).size).toBe(38);
    expect(rest).toContain('3/topic#99~added00');
    const nextRound = run(grown, 'slack:C1', 38, new Map([...first, ...rest].map((id) => [id, 1])));
    expect(new Set(nextRound).size).toBe(38);
  });

  it('keeps a calendar\'s days up to the first turn of a fact added by a re-index', () => {
    const before = Array.from({ length: 37 }, (_, d) => rotation.onDay('calendar:r', d).id);
    const added = { ...facts[0]!, id: '3/topic#99~added00', sectionId: '3/topic' };
    const grown = new Rotation([...facts, added]);
    const after = Array.from({ length: 38 }, (_, d) => grown.onDay('calendar:r', d).id);
    const firstTurn = after.indexOf(added.id);
    expect(firstTurn).toBeGreaterThanOrEqual(0);
    expect(after.slice(0, firstTurn)).toEqual(before.slice(0, firstTurn));
  });

  it('refuses a day before its first', () => {
    expect(() => rotation.onDay('calendar:r', -1)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { Rotation } from '../../src/daily/rotation.js';
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

  it('gives each channel its own order, and each round a new one', () => {
    const a = run(rotation, 'discord:1', 80);
    const b = run(rotation, 'discord:2', 80);
    expect(a.slice(0, 40)).not.toEqual(b.slice(0, 40));
    expect(a.slice(40)).not.toEqual(a.slice(0, 40));
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

import { describe, expect, it } from 'vitest';
import { alternateRounds, type LineServer, medianBy } from '../../bench/protocol.js';

/** A line server that answers at once and logs what it was asked; its "trip" is its own count of questions. */
function fakeServer(name: string, log: string[]): LineServer {
  let asked = 0;
  return {
    async ask(query) {
      log.push(`${name}:${query}`);
      return ++asked;
    },
    close() {},
  };
}

describe('alternateRounds', () => {
  it('asks the two servers each query in turn and keeps every round apart, the warming round first', async () => {
    const log: string[] = [];
    const rounds = await alternateRounds(fakeServer('a', log), fakeServer('b', log), ['x', 'y', 'z'], 4);
    // Query by query, a before b, the same order every round: load on the machine hits both alike.
    expect(log).toEqual(Array.from({ length: 4 }, () => ['a:x', 'b:x', 'a:y', 'b:y', 'a:z', 'b:z']).flat());
    // Each round holds its own trips, in the order asked (the bench leaves round 0 out).
    expect(rounds).toEqual([
      { a: [1, 2, 3], b: [1, 2, 3] },
      { a: [4, 5, 6], b: [4, 5, 6] },
      { a: [7, 8, 9], b: [7, 8, 9] },
      { a: [10, 11, 12], b: [10, 11, 12] },
    ]);
  });

  it('waits for each answer before the next question', async () => {
    let inFlight = 0;
    let most = 0;
    const slow: LineServer = {
      async ask() {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return 0;
      },
      close() {},
    };
    await alternateRounds(slow, slow, ['x', 'y'], 2);
    expect(most).toBe(1);
  });
});

describe('medianBy', () => {
  it('picks the item whose key is the median, whatever order the items come in', () => {
    const pairs = [{ id: 'a', ratio: 1.31 }, { id: 'b', ratio: 1.12 }, { id: 'c', ratio: 1.2 }, { id: 'd', ratio: 1.25 }, { id: 'e', ratio: 1.18 }];
    expect(medianBy(pairs, (p) => p.ratio).id).toBe('c');
    expect(medianBy([...pairs].reverse(), (p) => p.ratio).id).toBe('c');
  });

  it('takes the lower middle of an even count, and the one item of one', () => {
    expect(medianBy([4, 1, 3, 2], (x) => x)).toBe(2);
    expect(medianBy([7], (x) => x)).toBe(7);
  });

  it('refuses an empty list rather than answer undefined', () => {
    expect(() => medianBy([], (x: number) => x)).toThrow(/no items/);
  });
});

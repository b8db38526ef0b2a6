import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedCount } from '../../src/search/sorted-lists.js';

const ascending = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b));

describe('sharedCount counts what two ascending lists share', () => {
  it('counts the common numbers, wherever they sit', () => {
    expect(sharedCount([1, 3, 5, 9], [0, 3, 4, 9, 12])).toBe(2);
    expect(sharedCount([], [1, 2])).toBe(0);
    expect(sharedCount([7], [7])).toBe(1);
  });
  it('agrees with a set built from one list, for any two', () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const set = new Set(a);
        expect(sharedCount(a, b)).toBe(b.filter((x) => set.has(x)).length);
      }),
    );
  });
});

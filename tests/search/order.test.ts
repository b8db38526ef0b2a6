import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByKeyDescending } from '../../src/search/order.js';

describe('sorting indices by a key, larger first, without allocating', () => {
  it('orders exactly as Array#sort by subtraction does, equal keys kept in their order', () => {
    // Few distinct keys, so most runs have ties; -0 and 0 are a tie, as subtracting says.
    const key = fc.oneof(fc.constantFrom(0, -0, 1, 0.5, 2), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.nat(5), (keys, spare) => {
        const values = [...keys];
        const order = Array.from({ length: keys.length + spare }, (_, i) => (i < keys.length ? i : -1));
        sortByKeyDescending(order, keys.length, values, Array.from({ length: keys.length }, () => 0));
        const expected = keys.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
        expect(order.slice(0, keys.length)).toEqual(expected);
        // Past `count`, nothing is touched.
        expect(order.slice(keys.length)).toEqual(Array.from({ length: spare }, () => -1));
      }),
    );
  });

  it('sorts a short list in place, by insertion, without writing the merge scratch', () => {
    // A query matching few paragraphs (a quarter match 35 or fewer) is sorted in one run: no merge pass copies it back and forth.
    const keys = [0.5, 2, 2, 0, 1, 3, 0.5, 2, 1, 0, 3, 1];
    const order = keys.map((_, i) => i);
    const scratch = keys.map(() => -1);
    sortByKeyDescending(order, keys.length, keys, scratch);
    expect(order).toEqual([5, 10, 1, 2, 7, 4, 8, 11, 0, 6, 3, 9]);
    expect(scratch).toEqual(keys.map(() => -1));
  });
});

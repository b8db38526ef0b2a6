import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descending, sortByKeyDescending } from '../../src/search/order.js';

describe('sorting by a number, larger first', () => {
  it('orders exactly as subtracting would, ties kept in their order', () => {
    const score = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, 0.5));
    fc.assert(
      fc.property(fc.array(fc.record({ score, at: fc.nat() })), (items) => {
        const bySubtraction = [...items].sort((a, b) => b.score - a.score);
        expect([...items].sort((a, b) => descending(a.score, b.score))).toEqual(bySubtraction);
      }),
    );
  });

  it('answers only -1, 0 or 1', () => {
    expect([descending(2.5, 1), descending(1, 2.5), descending(0.1, 0.1), descending(Number.NaN, 1)]).toEqual([-1, 1, 0, 0]);
  });
});

describe('sorting indices by a key, larger first, without allocating', () => {
  it('orders exactly as Array#sort with descending does, equal keys kept in their order', () => {
    // Few distinct keys, so most runs have ties; -0 and 0 are a tie, as `descending` says.
    const key = fc.oneof(fc.constantFrom(0, -0, 1, 0.5, 2), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.nat(5), (keys, spare) => {
        const values = Float64Array.from(keys);
        const order = Int32Array.from({ length: keys.length + spare }, (_, i) => (i < keys.length ? i : -1));
        sortByKeyDescending(order, keys.length, values, new Int32Array(keys.length));
        const expected = keys.map((_, i) => i).sort((a, b) => descending(values[a]!, values[b]!));
        expect([...order.subarray(0, keys.length)]).toEqual(expected);
        // Past `count`, nothing is touched.
        expect([...order.subarray(keys.length)]).toEqual(Array.from({ length: spare }, () => -1));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descending } from '../../src/search/order.js';

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

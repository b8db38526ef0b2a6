import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headOrder } from '../../src/search/ranking.js';

describe('the order of the re-ranked head', () => {
  it('puts larger scores first and an equal score by smaller paragraph position, as sorting the objects did', () => {
    const score = fc.constantFrom(0.1, 0.2, 0.05, 1);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(900), { minLength: 0, maxLength: 30 }), fc.array(score, { minLength: 30, maxLength: 30 }), (positions, scores) => {
        const values = [...scores];
        const order = headOrder(values, positions, positions.length).slice(0, positions.length);
        const sorted = positions.map((position, i) => ({ position, score: values[i]!, i })).sort((a, b) => b.score - a.score || a.position - b.position);
        expect(order).toEqual(sorted.map((r) => r.i));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

// A thesaurus line for a phrase ("without papers" → documentation…) of at most three stand-ins shares its weight by the
// fourth root of their count, not the square root of a one-word line's: the phrase's own words count 1 each, and at the
// square root's share they found another passage with "people" and "papers" (Quality round 143).
describe('a phrase of everyday words read through its thesaurus line, on the real report', () => {
  it.each([
    'where do stateless people without papers live',
    'where do people with no citizenship and no papers tend to live',
  ])('puts first the passage on stateless persons living without documents for “%s”', (query) => {
    const hit = first(query);
    expect(hit.paragraphId).toBe('2.d/stateless-persons#1');
    expect(hit.text).toContain('without obtaining official documentation');
  });
});

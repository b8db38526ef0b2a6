import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

// Everyday words the report also writes ("permission", "hurt") while the answering passage writes the register's word
// for the same thing ("permit", "injured"): a word the report writes gets no vector or WordNet stand-in, so a thesaurus
// line is what reaches the passage (Quality round 136).
describe('an everyday word the report writes elsewhere, answered in the register’s word, on the real report', () => {
  it('finds the permit rule for "permission", and bolds it', () => {
    const hit = first('is permission needed to hold a street protest');
    expect(hit.paragraphId).toBe('2.b/freedom-of-peaceful-assembly#3');
    expect(hit.answer).toContain('for a permit to hold a demonstration');
  });

  it.each([
    ['how many people got hurt in mines and factories last year', '7.e#8'],
    ['do companies pay workers who get hurt', '7.e#6'],
  ])('puts first the passage on injured workers for “%s”', (query, paragraphId) => {
    expect(first(query).paragraphId).toBe(paragraphId);
  });
});

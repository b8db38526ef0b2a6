import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 145 (docs/search-quality.md): "how many people…" skipped the count rules ("people" is an everyday noun, which a
// report counts as persons, individuals, members…), so a passage whose only figure beside the question's words is a span of
// time answered it as covered: "how many people were held in pretrial detention" by "held in pretrial detention for up to two
// months".
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a count of people the passages state only as a span of time', () => {
  it.each([
    'how many people were held in pretrial detention',
    'how many people were detained before their trial',
    'how many people waited in pretrial detention',
  ])('is refused: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
});

describe('a count of people the report states in its own noun', () => {
  it.each([
    ['how many people did the government recognize as refugees', 'The government recognized 18 persons as refugees'],
    ['how many people were hurt at work in the first half of the year', '840 individuals injured at their workplaces'],
    ['how many people were unlawfully held in police cells', 'Prosecutors released 37 individuals'],
  ])('is still covered, with the count first: “%s”', (q, count) => {
    const a = search(q);
    expect(a.covered).toBe(true);
    expect(a.hits[0]?.text).toContain(count);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 100 (docs/search-quality.md): the questions asking a population, a salary or a year were read only in a native
// speaker's grammar. "how many people is living in…" (second-language English) passed `POPULATION_QUESTION`, which needed
// "live in"; "what is the salary of teacher" passed `MONEY_QUESTION`, which needed "average salary" or "how much"; and "in
// what year did the country declare independence" counted "country", the report's own word for its setting, as one of the
// two words a dated sentence must hold (`isUndated`).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a population, salary or date question in other grammar is judged like its native form (round 100)', () => {
  it.each([
    'How many people is living in the capital city?',
    'how many residents are living in the capital',
    'What is the salary of nurse in public hospitals?',
    'what are the earnings of a police officer',
    'what year did the country declare itself independent',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each([
    'in what year did the country hold its last presidential election',
    'what is the salary gap between men and women',
    'how many people living with HIV faced discrimination',
    'how many people living in the country had internet access in 2016',
    'how many labor inspectors did the ministry have',
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// "can people…", "how long can someone…": a generic word for a person, unqualified, is the asker's frame. The report
// writes "persons" and "individuals", so BM25 read "people" as a rare, telling word and a short paragraph saying
// "People's Assembly" and "the people of Kazakhstan" came first for questions it does not answer (Quality round 125).
// Qualified ("stateless people", "how many people", "disabled people"), the word names who is counted and keeps its weight.
describe('a generic person word is the asker’s frame, on the real report', () => {
  const service = realService();
  const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!.text;

  it.each([
    ['can people choose their leaders', 'provide citizens the ability to choose their government'],
    ['how long can someone be held on remand', 'Detainees may be held in pretrial detention for up to two months'],
    ['are people running away from war treated as refugees', 'persons fleeing wars or situation of generalized violence'],
  ])('puts the passage that answers “%s” first, not one that merely says “people”', (query, passage) => {
    expect(first(query)).toContain(passage);
  });

  it.each([
    ['how many stateless people are there currently', 'approximately 6,000 persons were officially registered'],
    ['how many people died at work this year', '112 workplace deaths'],
    ['are disabled people discriminated against at work', 'occurred with respect to employment and occupation for persons with disabilities'],
  ])('keeps the weight of a qualified person word in “%s”', (query, passage) => {
    expect(first(query)).toContain(passage);
  });
});

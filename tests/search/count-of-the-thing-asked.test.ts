import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { statesCount } from '../../src/search/figures.js';
import { realService } from '../helpers.js';

// Quality round 140 (docs/search-quality.md): a count question was covered by a passage whose only figure near its words is a
// span of time ("held in pretrial detention for up to two months"): a figure that says how long, not how many; nor does an age.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a figure that counts', () => {
  it.each([
    ['Prosecutors released 37 individuals who were unlawfully held in police cells.', true],
    ['Officials registered 2,132 offenses during the first seven months of the year.', true],
    ['Some 48 percent of respondents reported violence.', true],
    ['Thousands of workers joined the strike.', true],
    ['Detainees may be held in pretrial detention for up to two months.', false],
    ['The term may be extended up to 18 months if the investigation continues.', false],
    ['They were given 10 calendar days to appeal.', false],
    ['On January 5, workers began a hunger strike.', false],
    ['The government committed young persons under age 18 with the permission of their families.', false],
    ['Police detained a 29-year-old resident of the city.', false],
  ])('is told from a span of time, a date or an age: “%s” → %s', (sentence, counts) => {
    expect(statesCount(sentence)).toBe(counts);
  });
});

describe('a count question answered only by a span of time', () => {
  it.each([
    'how many journalists were held in pretrial detention',
    'how many bloggers were detained for up to ten days',
  ])('is refused: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });

  it.each([
    ['how many corruption crimes were logged during the first seven months of the year', '4/corruption#1'],
    ['in the first six months how many torture complaints came in to KIBHR', '1.c#3'],
  ])('is still covered when the sentence with the span counts the thing asked as well: “%s”', (q, paragraph) => {
    const a = search(q);
    expect(a.hits[0]?.paragraphId).toBe(paragraph);
    expect(a.covered).toBe(true);
  });
});

// A report counts people as "persons", "individuals" or "people", one for another ("840 individuals injured at their
// workplace"): a count of "persons" is answered by a count of individuals.
describe('a count of persons stated in another word for people', () => {
  it('covers “how many persons were injured at work” with the paragraph that counts individuals first', () => {
    const answer = search('how many persons were injured at work');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]!.text).toContain('840 individuals injured');
  });

  it.each(['how many persons live in almaty', 'how many persons died in road accidents'])('still refuses “%s”, a count no sentence states', (query) => {
    expect(search(query).covered).toBe(false);
  });
});

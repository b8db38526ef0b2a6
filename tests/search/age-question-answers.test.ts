import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { AGE_ASKED, STATES_AGE } from '../../src/search/answer-kinds.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A question asking an age ("how young can…", "at what age…", "how old do you have to be…") is answered by the sentence
// stating the limit: these reports write it as "the minimum age for X is N", while a later sentence holding the
// question's other words states a custom or an exception ("Many couples first married in mosques … when the bride
// reached the legal age"; docs/search-quality.md, quality round 111).
describe('the bold answer to a question asking an age', () => {
  it.each([
    ['how young can a girl legally become a wife', 'The legal minimum age for marriage is 18'],
    ['how old does a teenager need to be before starting work', 'the general minimum age for employment is 16'],
  ])('bolds the sentence stating the age limit for “%s”', (query, answering) => {
    expect(search(query).hits[0]!.answer).toContain(answering);
  });

  // "how old" frames the question and the ranking reads "age" for it: "old" is the word a person's age is written with
  // ("an 18-year-old conscript"), so ranked as a topic word it put a soldier's death first for "how old do you have to be
  // to work" (quality round 114).
  it.each([
    ['how old do you have to be to work', 'minimum age for employment is 16'],
    ['how old do you have to be to get a job', 'minimum age for employment is 16'],
    ['how young can you get married', 'The legal minimum age for marriage is 18'],
  ])('ranks the passage stating the limit first for “%s”, not a narrative with someone’s age', (query, answering) => {
    expect(search(query).hits[0]!.text).toContain(answering);
  });

  it('keeps a person’s age in a narrative', () => {
    expect(search('how old was Nikolay Krivenko').hits[0]!.answer).toContain('29-year-old resident of Astana');
  });

  it('reads a question asking an age, not one that only says "old" or "age"', () => {
    for (const q of ['how old do you have to be to get married', 'how young can kids work', 'at what age can you marry', 'what is the youngest you can get a job', 'minimum age to work', 'age of consent'])
      expect(AGE_ASKED.test(q), q).toBe(true);
    for (const q of ['are old people discriminated against', 'is age discrimination illegal', 'where do couples get married before the legal age', 'what happened to the young soldier', 'which agency investigates corruption'])
      expect(AGE_ASKED.test(q), q).toBe(false);
  });

  it('reads an age limit or a person’s age in a sentence, not a range of ages, an age without a figure or a figure without "age"', () => {
    for (const s of ['The legal minimum age for marriage is 18.', 'force boys or girls under age 18', 'police detained a 29-year-old resident'])
      expect(STATES_AGE.test(s), s).toBe(true);
    for (const s of ['registered officially when the bride reached the legal age.', 'children ages 14 through 16 may perform light work', 'restricts the workday for employees younger than 18.', 'The government raised the age of retirement.'])
      expect(STATES_AGE.test(s), s).toBe(false);
  });
});

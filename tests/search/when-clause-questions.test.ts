import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { REPORT_DIR, realService } from '../helpers.js';

// Quality round 138 (docs/search-quality.md): a question opening with a "when" clause that sets the situation ("when a
// woman is harassed at work, does any law protect her") asks what its main clause asks, not a date. Read as a date
// question, it was refused by `isUndated` whenever its passages dated nothing beside two of its words.
const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
const wantsDate = (q: string) => parseQuery(q, vocabulary).wantsDate;
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a question opening with a when clause', () => {
  it.each([
    'when a woman is harassed at work, does any law protect her',
    'when the police arrest you do you get a lawyer',
    'when someone is sacked for joining a union how can they get the job back',
    'when people protest without a permit what happens to them',
    'When a journalist is sued, can the case be criminal?',
  ])('asks what its main clause asks, not a date: “%s”', (q) => {
    expect(wantsDate(q)).toBe(false);
  });

  it.each([
    'when did the tribuna newspaper close',
    'when was the death penalty abolished',
    'when the national preventive mechanism was set up',
    'when, exactly, did the trial begin',
    'what year did the new labor code come in',
  ])('still asks a date when it asks when: “%s”', (q) => {
    expect(wantsDate(q)).toBe(true);
  });

  it.each([
    ['when journalists criticise senior officials, do they face harsher libel penalties', '2.a/libel-slander-laws#1'],
    ['when jewish people practise their faith, are they harassed by the government', '6/anti-semitism#1'],
    ['when a woman is harassed at work does any law protect her', '6/women/sexual-harassment#1'],
    ['when transgender people are attacked, how common is it', '6/acts-of-violence-discrimination-and-other-abuses-based-on-sexual-orientation-and-gender-identity#3'],
  ])('is covered when the report answers its main clause: “%s”', (q, paragraph) => {
    const a = search(q);
    expect(a.hits[0]?.paragraphId).toBe(paragraph);
    expect(a.covered).toBe(true);
  });

  it.each([
    'when a jewish family celebrates hanukkah, what food do they cook',
    'when people fly to almaty from london, how long is the flight',
    'when a worker retires from the mine do colleagues throw a party',
  ])('is still refused when the report does not answer its main clause: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });

  it.each([
    'when migrants move to a new city, how long does it usually take to make new friends there?',
    'when a worker changes jobs, how long does it usually take to get used to new colleagues?',
    'when children end up in orphanages, who pays for the orphanages',
  ])('is refused when its passages do not state what the main clause asks for, as if it opened the question: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });

  it('reads a word typed in both clauses as the main clause’s own', () => {
    const a = search('when beaten wives run to crisis centers, who pays for the centers');
    expect(a.hits[0]?.paragraphId).toBe('6/women/rape-and-domestic-violence#6');
    expect(a.covered).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { parseQuery } from '../../src/search/query.js';
import { realWordTest } from '../../src/search/real-words.js';
import { WordNet } from '../../src/search/wordnet.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { realService, wordsReadBy } from '../helpers.js';

const service = realService();
/** The words the search read the query as (a corrected typo reads as the word meant). */
const wordsRead = (query: string): string[] => wordsReadBy(service, query).map((w) => w.word);
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('real English words the report does not write are not read as typos of its words (real report)', () => {
  it('leaves an English word made of English words as typed', () => {
    // "paperless" (paper + less) was read as "powerless", "hotlines" (hot + lines) as "outlines".
    expect(wordsRead('do paperless migrants get deported')).toContain('paperless');
    expect(wordsRead('do paperless migrants get deported')).not.toContain('powerless');
    expect(wordsRead('could a beaten wife call one of the hotlines for help')).not.toContain('outlines');
    expect(wordsRead('is it legal for jailers to keep tormenting prisoners')).not.toContain('orientation');
  });
  it('leaves a word the word vectors hold as typed when they do not place the report word beside it', () => {
    // "texting" was read as "heating", "bought" as "brought".
    expect(wordsRead('did the authorities cut off texting and messaging apps')).toContain('texting');
    expect(wordsRead('for my essay: can judges be bought with cash in that country')).not.toContain('brought');
  });
  it('puts first the passage a real word left as typed lets the question reach', () => {
    expect(search('is it legal for jailers to keep tormenting prisoners').hits[0]?.paragraphId).toBe('1.c#1');
  });
  it('refuses an off-topic question whose only unusual word was read as a report word', () => {
    expect(search('how many crisis hotlines are there for lost pets').covered).toBe(false);
    expect(search('what share of the vote did the eurovision winner get last time').covered).toBe(false);
  });
});

describe('indefinite pronouns are function words, as "any" and "some" are (real report)', () => {
  it('reads "anything" as neither a typo of "another" nor a topic, and keeps the answer first', () => {
    // Left as typed, its vectors' neighbours ("else", "know", "sort") pulled other passages first.
    expect(wordsRead('is the government doing anything about child marriage')).not.toContain('another');
    expect(wordsRead('is the government doing anything about child marriage')).not.toContain('anything');
    expect(search('is the government doing anything about child marriage').hits[0]?.paragraphId).toBe('6/children/early-and-forced-marriage#1');
  });
});

describe('true typos are still corrected (real report)', () => {
  it('corrects a typo of a report word, one edit away, even when made of words', () => {
    expect(wordsRead('how many lawers were disbarred')).toContain('lawyers');
    expect(wordsRead('how long can someone be held in pretrail detention')).toContain('pretrial');
  });
  it('corrects a misspelling the word vectors hold beside the word meant', () => {
    expect(wordsRead('goverment control of tv stations')).toContain('government');
  });
  it('corrects a typo two edits away that is no English word', () => {
    expect(wordsRead('is there discrimation against people with HIV')).toContain('discrimination');
  });
  it('keeps reading an irregular form as the form of the report the vectors place beside it', () => {
    expect(wordsRead('who wrote letters to the president about torture')).toContain('write');
  });
});

describe('realWordTest (real word vectors and WordNet)', () => {
  const vectors = WordVectors.load()!;
  const wordnet = new WordNet();
  const isWordAsTyped = realWordTest(vectors, (w) => wordnet.senses(w));
  it('takes a derived or compound word two edits from the correction for English', () => {
    expect(isWordAsTyped('paperless', 'powerless')).toBe(true);
    expect(isWordAsTyped('stepdad', 'stepped')).toBe(true);
    expect(isWordAsTyped('podcasters', 'podcasts')).toBe(true);
    expect(isWordAsTyped('reentering', 'rendering')).toBe(true);
  });
  it('takes a word one edit from the correction for a typo, though made of words', () => {
    expect(isWordAsTyped('lawer', 'lawyer')).toBe(false);
    expect(isWordAsTyped('detension', 'detention')).toBe(false);
  });
  it('takes a typo two edits away that is made of no words for a typo', () => {
    expect(isWordAsTyped('discrimation', 'discrimination')).toBe(false);
    expect(isWordAsTyped('survelliance', 'surveillance')).toBe(false);
  });
  it('takes a word the vectors hold for English unless they place the correction beside it', () => {
    expect(isWordAsTyped('texting', 'heating')).toBe(true);
    expect(isWordAsTyped('rolex', 'role')).toBe(true);
    expect(isWordAsTyped('goverment', 'government')).toBe(false);
    expect(isWordAsTyped('wrote', 'write')).toBe(false);
  });
});

describe('parseQuery with a word taken as typed (stub vocabulary)', () => {
  it('does not correct a word the vocabulary takes as English as typed', () => {
    const vocabulary = { documentFrequency: { powerless: 2, migrant: 5 }, words: { powerless: 'powerless', migrant: 'migrants' }, senses: () => null, ignored: new Set<string>() };
    expect(parseQuery('paperless migrants', vocabulary).terms.map((t) => t.term)).toContain('powerless');
    const asTyped = parseQuery('paperless migrants', { ...vocabulary, isWordAsTyped: (typed: string) => typed === 'paperless' });
    expect(asTyped.terms.map((t) => t.term)).toEqual(['migrant']);
    expect(asTyped.meant).toBe('paperless migrants');
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService, wordsReadBy } from '../helpers.js';

const service = realService();
/** How much the search held the report to know `word` of `query`, for coverage (undefined when it read no such word). */
const knownOf = (query: string, word: string): number | undefined => wordsReadBy(service, query).find((w) => w.word === word)?.known;
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('an inflected word the report never writes is read through the base it does write (real report)', () => {
  it('counts a superlative as its adjective when the report writes the adjective', () => {
    // Porter stemming leaves "longest" apart from "long"; WordNet reads it as "long" only to list its synonyms (0.2).
    expect(knownOf("what's the longest working week allowed", 'longest')).toBeGreaterThanOrEqual(0.5);
    expect(knownOf('youngest legal working age', 'youngest')).toBeGreaterThanOrEqual(0.5);
  });
  it('answers a question whose only unusual word is such a superlative', () => {
    const answer = search("what's the longest working week allowed");
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.text).toContain('workweek should not exceed 40 hours');
  });
  it('still refuses off-topic questions holding such a word', () => {
    expect(search('what is the oldest tree on earth').covered).toBe(false);
    expect(search('who is the youngest player in the premier league').covered).toBe(false);
  });
  it('leaves a word WordNet lists as a lemma of its own alone ("speaker" is no form of "speak")', () => {
    expect(knownOf('who was the speaker of the parliament in 1990', 'speaker')).toBeLessThan(0.5);
  });
});

describe('WordNet reads an inflection through its lemma', () => {
  const wordnet = new WordNet();
  it('names the lemma of a word that is no noun, verb or adjective of its own', () => {
    expect(wordnet.senses('youngest')?.inflectionOf).toEqual(['young']);
    // "longest" is also an adverb of its own in WordNet: the adjective's form used as one.
    expect(wordnet.senses('longest')?.inflectionOf).toEqual(['long']);
  });
  it('names none for a word WordNet lists as a lemma', () => {
    expect(wordnet.senses('speaker')?.inflectionOf).toBeUndefined();
    expect(wordnet.senses('long')?.inflectionOf).toBeUndefined();
  });
});

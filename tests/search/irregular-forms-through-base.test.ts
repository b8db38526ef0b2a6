import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService, wordsReadBy } from '../helpers.js';

const service = realService();
/** How much the search held the report to know `word` of `query`, for coverage (undefined when it read no such word). */
const knownOf = (query: string, word: string): number | undefined => wordsReadBy(service, query).find((w) => w.word === word)?.known;
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe("WordNet reads an irregular form through its base, as morphy does with WordNet's exception lists", () => {
  const wordnet = new WordNet();
  it('reads a past tense, a plural and a comparative no detachment rule reaches', () => {
    expect(wordnet.irregularSenses('bought')?.inflectionOf).toEqual(['buy']);
    expect(wordnet.irregularSenses('children')?.inflectionOf).toEqual(['child']);
    expect(wordnet.irregularSenses('riskier')?.inflectionOf).toEqual(['risky']);
  });
  it("leaves a form that is a lemma of its own alone ('kept': a kept woman; 'spoken': a spoken language)", () => {
    expect(wordnet.irregularSenses('kept')).toBeNull();
    expect(wordnet.irregularSenses('spoken')).toBeNull();
  });
  it("leaves a word that is its own lemma in the exception's part of speech alone ('found' is a verb: to found a company)", () => {
    expect(wordnet.irregularSenses('found')).toBeNull();
  });
  it('reads no exception list in the plain senses', () => {
    expect(wordnet.senses('bought')).toBeNull();
    expect(wordnet.senses('kept')?.inflectionOf).toBeUndefined();
  });
});

describe('an irregular form the report never writes is read through the base it does write (real report)', () => {
  it('reads a past tense through its verb and answers with the passage its other words choose', () => {
    // "oversaw" is no word of the report's, nor of WordNet's index: only the exception list reads it as "oversee".
    expect(knownOf('which body oversaw prison monitoring', 'oversaw')).toBeGreaterThan(0);
    const answer = search('which body oversaw prison monitoring');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.text).toContain('There were no independent international monitors of prisons');
  });
  it("leaves a common irregular form to its own vector neighbours ('grew' is read as no form of grow)", () => {
    expect(knownOf('how fast the economy grew last year', 'grew')).toBeLessThan(0.6);
  });
  it('still refuses off-topic questions holding such a form', () => {
    expect(search('who bought twitter and for how much').covered).toBe(false);
    expect(search('who wrote the lord of the rings').covered).toBe(false);
    expect(search('how many children does elon musk have').covered).toBe(false);
  });
});

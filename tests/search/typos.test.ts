import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { parseQuery } from '../../src/search/query.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('typos of everyday words the report never uses (real report)', () => {
  // "policeman" and "lesbians" are thesaurus words (police; LGBTI): a typo of one is corrected to it and
  // expanded like it, instead of being dropped and the question refused.
  it('corrects a typo to a thesaurus word and searches its expansions', () => {
    const answer = search('can a policemna be a member of a party');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.paragraphId).toBe('2.b/freedom-of-association#3');
  });
  it('takes a question with a misspelt everyday word as covered', () => {
    expect(search('do lesbains face violence').covered).toBe(true);
  });
  it('corrects a typo before reading thesaurus phrases, so a misspelt word still joins its phrase', () => {
    // "foreign workers" is a thesaurus phrase (→ migrant workers); "foregn" alone would break it.
    const vocabulary = { documentFrequency: { foreign: 30, worker: 40, migrant: 12 }, words: { foreign: 'foreign', worker: 'workers', migrant: 'migrants' }, senses: () => null, ignored: new Set<string>(), thesaurus: Thesaurus.load() };
    const q = parseQuery('foregn workers', vocabulary);
    expect(q.terms.map((t) => t.term)).toContain('migrant');
  });
  it('leaves a short typo alone rather than guess among the thesaurus words ("trals" is one edit from "trans")', () => {
    const q = parseQuery('jury trals', { documentFrequency: { juri: 3, transgend: 2 }, senses: () => null, ignored: new Set<string>(), thesaurus: Thesaurus.load() });
    expect(q.terms.map((t) => t.term)).toEqual(['juri']);
  });
});

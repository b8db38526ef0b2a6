import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { parseQuery } from '../../src/search/query.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('answers shaped by the kind of question (real report)', () => {
  // "how many X": the report states a count as a figure right before the noun ("258 labor inspectors");
  // a sentence with the same words and some other figure is not the answer.
  const counts: Array<[string, string, string]> = [
    ['how many inspectors enforce labor law', '7.e#5', '258 labor inspectors'],
  ];
  it.each(counts)('puts the figure for the counted noun first for “%s”', (query, id, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.paragraphId).toBe(id);
    expect(hit?.answer).toContain(sentence);
  });

  // "can…" asks what the law provides: a sentence naming a code ("use the same criminal code") states no provision.
  const provisions: Array<[string, string, string]> = [
    ['can civilians face military courts', '1.e#6', 'Military courts have jurisdiction over civilian criminal defendants'],
  ];
  it.each(provisions)('bolds the provision that answers “%s”', (query, id, sentence) => {
    const hit = search(query).hits[0];
    expect(hit?.paragraphId).toBe(id);
    expect(hit?.answer).toContain(sentence);
  });
});

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

describe('the counted noun of a "how many" question', () => {
  const vocabulary = { documentFrequency: { labor: 3, inspector: 2, ministri: 5, prison: 4, close: 2 }, senses: () => null, ignored: new Set<string>() };
  it('is the words after "how many" or "number of", up to the first function word', () => {
    const q = parseQuery('how many labor inspectors did the ministry have', vocabulary);
    const words = q.counted.map((w) => q.terms.find((t) => t.word === w)?.term);
    expect(words).toEqual(['labor', 'inspector']);
    const n = parseQuery('number of prisons closed', vocabulary);
    expect(n.counted.map((w) => n.terms.find((t) => t.word === w)?.term)).toEqual(['prison', 'close']);
  });
  it('is empty when the question counts nothing', () => {
    expect(parseQuery('labor inspectors', vocabulary).counted).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { rankingQuery } from '../../src/search/coverage.js';
import { REPORT_DIR } from '../helpers.js';

// The words that put a question ("my friend says…", "is that right?") are found by one global pattern stepped with `exec`
// (issue 13 round 56: `matchAll` made a new pattern per question). Every phrase of a question counts, and what a question
// sets aside does not depend on the question asked before it.
const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
const rankingTerms = (q: string) => rankingQuery(parseQuery(q, vocabulary)).terms.map((t) => t.term);

describe('the asking phrases of a question', () => {
  it('sets aside the words of every phrase, not only the first', () => {
    const q = 'my friend says police torture detainees, is that right?';
    expect(parseQuery(q, vocabulary).terms.map((t) => t.term)).toEqual(expect.arrayContaining(['sai', 'right']));
    expect(rankingTerms(q)).toEqual(['polic', 'tortur', 'detaine', 'detain']);
  });

  it('finds the same phrases whatever question came before', () => {
    const q = 'I heard that police torture detainees, is that true?';
    const alone = rankingTerms(q);
    for (const before of ['my friend says police torture detainees, is that right?', 'police torture detainees', 'is it true that police torture detainees?']) {
      rankingTerms(before);
      expect(rankingTerms(q)).toEqual(alone);
    }
    expect(alone).toEqual(['polic', 'tortur', 'detaine', 'detain']);
  });
});

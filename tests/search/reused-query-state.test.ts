import { describe, expect, it } from 'vitest';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { copyOf, QueryScorer, RankedList } from '../../src/search/ranking.js';
import { createQueryService, weightOf } from '../../src/search/service.js';
import { REPORT_DIR } from '../helpers.js';

// A warm query reuses what earlier ones made (issue 13 round 30): each paragraph's sentence-score array,
// the report's term infos and typed scratch, the bold choice's copy. Nothing of an earlier query may show.

describe('state a query reuses from earlier queries', () => {
  const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
  const ordinals = index.report.paragraphs.map((p) => p.ordinal);
  const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
  const positions = index.report.paragraphs.map((_, i) => i);
  /** Every paragraph's best sentence, bold answer and overview vote, for `q`, by a scorer made now. */
  const readAll = (q: string) => {
    const scorer = new QueryScorer(index, ordinals, parseQuery(q, vocabulary));
    // Every sentence's score (read through the private method: a wrong score below the best changes no bold choice here).
    return positions.map((p) => ({ scores: [...scorer['sentenceScores'](p)], best: scorer.bestSentence(p), answer: scorer.answerSentences(p), lead: scorer.lead(p) }));
  };

  it('scores every paragraph as before after queries of more and of fewer words scored them', () => {
    // The long query leaves stamps in more slots than the short one uses and fills more term infos; the
    // short one's arrays are written over by the long one's scores. Red when a scorer does not clear the
    // pooled sentence stamps, or a kept score array is read as this query's.
    const long = 'how long can police hold a detainee in pretrial detention before charges and can lawyers visit prisoners';
    const short = 'torture complaints';
    const first = readAll(long);
    const firstShort = readAll(short);
    expect(readAll(long)).toEqual(first);
    expect(readAll(short)).toEqual(firstShort);
    expect(readAll(long)).toEqual(first);
  });

  it('scores a paragraph\'s opening as before right after another scorer counted the same word in another opening', () => {
    // Each scorer numbers its sentences from 1, and the report's stamps per query slot are shared: a stamp
    // left by the earlier scorer at its first sentence would pass the word over in the later one's first.
    // Red when a scorer does not clear the stamps.
    const scores = (p: number) => [...new QueryScorer(index, ordinals, parseQuery('torture', vocabulary))['sentenceScores'](p)];
    const openings = positions.filter((p) => scores(p)[0]! > 0);
    expect(openings.length).toBeGreaterThan(1);
    const expected = openings.map((p) => scores(p));
    const after = openings.map((p, i) => {
      scores(openings[(i + 1) % openings.length]!);
      return scores(p);
    });
    expect(after).toEqual(expected);
  });
});

describe('the query reading a query reuses from earlier queries', () => {
  it('answers a query as a fresh service does after queries of more and of fewer words', () => {
    // `parseQuery` keeps its per-token lists (each typed word, its thesaurus entry as typed, each query word's
    // first token) from query to query (issue 13 round 41): entries past this query's own tokens are an
    // earlier query's. The queries hold thesaurus phrases ("locked up"), a typo, a hyphen and an event clause.
    const queries = [
      'what happened to journalists after they were locked up for criticizing the president during the protests in the capital',
      'torture',
      'were protesters locked up after the election',
      'what happened after the protests',
      'can police hold a detaine without charges',
      'same-sex couples',
      'torture',
    ];
    const index = readCurrentIndex(REPORT_DIR).index!;
    const reused = createQueryService(index);
    for (const q of queries) expect(reused.search(q, { limit: 5 }), q).toEqual(createQueryService(index).search(q, { limit: 5 }));
  });
});

describe('a ranked list made of ranked paragraphs', () => {
  it('pages them back as given, with or without a best sentence, and nothing below them', () => {
    const list = RankedList.of([
      { position: 4, score: 1 },
      { position: 2, sentence: 3, score: 0.5 },
      { position: 9, sentence: 0, score: 0.25 },
    ]);
    expect(list.length).toBe(3);
    expect([0, 1, 2].map((i) => list.positionAt(i))).toEqual([4, 2, 9]);
    expect(list.slice(0, 10)).toEqual([
      { position: 4, score: 1 },
      { position: 2, sentence: 3, score: 0.5 },
      { position: 9, sentence: 0, score: 0.25 },
    ]);
    expect(list.slice(1, 2)).toEqual([{ position: 2, sentence: 3, score: 0.5 }]);
    expect(list.slice(3, 5)).toEqual([]);
  });
});

describe('a query term\'s BM25 boost', () => {
  it('is the weight of its last entry, and 1 for a term the query lacks', () => {
    const terms = [
      { term: 'tortur', weight: 0.5, origin: 'typed' as const, word: 0 },
      { term: 'prison', weight: 0.8, origin: 'typed' as const, word: 1 },
      { term: 'tortur', weight: 0.25, origin: 'expanded' as const, word: 2 },
    ];
    expect(weightOf(terms, 'tortur')).toBe(0.25);
    expect(weightOf(terms, 'prison')).toBe(0.8);
    expect(weightOf(terms, 'court')).toBe(1);
    expect(weightOf([], 'court')).toBe(1);
  });
});

describe('the bold choice\'s scratch copy of sentence scores', () => {
  it('holds the scores given, whatever an earlier copy of that length held or was changed to', () => {
    const first = copyOf([1, 2.5, 0]);
    first[0] = 99;
    const second = copyOf([0, 0.5, 3]);
    expect(second).toEqual([0, 0.5, 3]);
    expect(copyOf([7])).toEqual([7]);
    const kept = [4, 5];
    const copy = copyOf(kept);
    copy[1] = -1;
    expect(kept).toEqual([4, 5]);
  });
});

import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/search/built-index.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import type { Bm25Results } from '../../src/search/bm25-index.js';
import { QueryScorer, RANKING, RankedList, rerank } from '../../src/search/ranking.js';
import { REPORT_DIR } from '../helpers.js';

describe('sentence scoring by term id', () => {
  const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
  const ordinals = index.report.paragraphs.map((p) => p.ordinal);
  const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
  const scorer = (q: string) => new QueryScorer(index, ordinals, parseQuery(q, vocabulary));
  const paragraphWith = (words: string) => index.report.paragraphs.findIndex((p) => p.text.includes(words));

  it('scores the sentence holding the query words, and nothing for words the paragraph lacks', () => {
    const position = paragraphWith('72 hours');
    const best = scorer('detainee 72 hours').bestSentence(position);
    expect(best.score).toBeGreaterThan(0);
    expect(index.report.paragraphs[position]!.text.slice(sentencesOf(index, position)[best.index]!.start, sentencesOf(index, position)[best.index]!.end)).toContain('72 hours');
    expect(scorer('chocolate cake').bestSentence(position).score).toBe(0);
  });

  it('refuses to score with a scorer older than the latest query on the same report, rather than read its terms', () => {
    const position = paragraphWith('72 hours');
    const older = scorer('detainee 72 hours');
    const newer = scorer('prison conditions');
    expect(() => older.bestSentence(position)).toThrow(/newer query/);
    expect(() => newer.bestSentence(position)).not.toThrow();
  });

  it('gives a heading\'s overview no vote for a figure question when the overview states no figure', () => {
    // This overview says how parties register; the count ("There were seven political parties
    // registered") is in the next paragraph.
    const overview = paragraphWith('Political parties must register members');
    expect(index.report.paragraphs[overview]!.ordinal).toBe(1);
    expect(sentencesOf(index, overview).some((s) => s.quantity)).toBe(false);
    expect(scorer('political parties registration').lead(overview)).toBe(RANKING.lead);
    expect(scorer('how many political parties are there').lead(overview)).toBe(0);
    expect(scorer('number of political parties').lead(overview)).toBe(0);
  });

  it('keeps the vote for a figure question when the overview states a figure', () => {
    // "Pretrial Detention: The law allows police to hold a detainee for 72 hours before bringing charges."
    const overview = paragraphWith('hold a detainee for 72 hours');
    expect(index.report.paragraphs[overview]!.ordinal).toBe(1);
    expect(scorer('max pretrial detention').lead(overview)).toBe(RANKING.lead);
  });

  it('shows the same answer sentences and best sentence however often and in whatever order they are asked for', () => {
    // The scorer keeps each paragraph's sentence scores; the answer's preferences (opening sentence,
    // a heading's overview, a penalty) must work on a copy, never on the kept scores.
    const queries = ['what sentence did the journalist get', 'political prisoners', 'detainee 72 hours', 'torture complaints'];
    for (const q of queries) {
      const positions = index.report.paragraphs.map((_, i) => i);
      const fresh = positions.map((p) => {
        const s = scorer(q);
        return { best: s.bestSentence(p), answer: s.answerSentences(p) };
      });
      const shared = scorer(q);
      const again = positions.map((p) => {
        const answer = shared.answerSentences(p);
        shared.answerSentences(p);
        return { best: shared.bestSentence(p), answer };
      });
      expect(again).toEqual(fresh);
    }
  });
});


describe('fusing the rankings', () => {
  /**
   * A scorer with set ranks: candidates come in BM25 order, `sentence[i]` is candidate i's best-sentence
   * score, `overview` the one paragraph whose heading the query names (`RANKING.lead`), and `held[i]`
   * how many of the question's typed words candidate i's paragraph holds (none when left out).
   */
  const stubScorer = (sentence: number[], overview: number, held: number[] = [], together: number[] = [], counted: number[] = [], shares: number[] = [], headed: number[] = [], sameHeading: number[] = []) => {
    const stub = {
      bestSentenceScore: 0,
      bestSentenceIndex(position: number) {
        stub.bestSentenceScore = sentence[position]!;
        return 0;
      },
      denseQuery: () => undefined,
      alignsQuery: () => false,
      lead: (position: number) => (position === overview ? RANKING.lead : 0),
      typedWordsHeld: (position: number) => held[position] ?? 0,
      holdsEveryWordTogether: (position: number) => together.includes(position),
      statesTypedCount: (position: number) => counted.includes(position),
      statesShare: (position: number) => shares.includes(position),
      firstLacksTopicalWord: (position: number) => headed.length > 0 && !headed.includes(position),
      headingNamesLackedWord: (position: number) => headed.includes(position),
      sameHeading: (a: number, b: number) => sameHeading.includes(a) && sameHeading.includes(b),
      denseWeight: RANKING.dense,
      alignmentWeight: RANKING.alignment,
    };
    return stub as unknown as QueryScorer;
  };
  /** Paragraphs 0–3 in BM25 order. */
  const candidates = { count: 4, ids: [0, 1, 2, 3], scores: [4, 3, 2, 1] };

  it('lets a named heading\'s overview win a near tie, not beat a paragraph two places ahead on both rankings', () => {
    // Paragraph 0 is first by BM25 and by its best sentence. The overview (2) is third by BM25 and
    // fourth by sentence: it names the heading, but another paragraph holds the query's words better.
    const far = rerank(candidates, stubScorer([10, 8, 6, 7], 2));
    expect(far.positionAt(0)).toBe(0);
    // One place behind on one ranking: the vote decides, and the overview comes first.
    const near = rerank(candidates, stubScorer([9, 10, 1, 2], 1));
    expect(near.positionAt(0)).toBe(1);
  });

  it('lifts the paragraph right after the first, under its heading and among the first five, to 0.9 of the first', () => {
    // Fused: 0 first, then 2, 3, 1, 4, 5; paragraph 1 follows paragraph 0 (round 150).
    const six = { count: 6, ids: [0, 1, 2, 3, 4, 5], scores: [6, 5, 4, 3, 2, 1] };
    const sentence = [10, 0, 9, 8, 7, 6];
    expect(rerank(six, stubScorer(sentence, -1)).positionAt(3)).toBe(1);
    const lifted = rerank(six, stubScorer(sentence, -1, [], [], [], [], [], [0, 1]));
    expect([0, 1, 2].map((i) => lifted.positionAt(i))).toEqual([0, 2, 1]);
    expect(lifted.scoreAt(2)).toBeCloseTo(RANKING.nextParagraph);
    // Sixth, it stays where the fusion put it.
    const deep = { count: 6, ids: [0, 2, 3, 4, 5, 1], scores: [6, 5, 4, 3, 2, 1] };
    const far = rerank(deep, stubScorer([10, 0, 9, 8, 7, 6], -1, [], [], [], [], [], [0, 1]));
    expect(far.positionAt(5)).toBe(1);
  });

  it('puts the paragraph stating every keyword together ahead of one a place ahead of it on both rankings', () => {
    // Paragraph 1 is one place behind paragraph 0 on BM25 and on its best sentence: the vote decides.
    expect(rerank(candidates, stubScorer([10, 9, 1, 2], -1)).positionAt(0)).toBe(0);
    expect(rerank(candidates, stubScorer([10, 9, 1, 2], -1, [], [1])).positionAt(0)).toBe(1);
  });

  it('puts the paragraph whose best sentence states the count asked for ahead of one a place ahead of it on both rankings', () => {
    expect(rerank(candidates, stubScorer([10, 9, 1, 2], -1, [], [], [1])).positionAt(0)).toBe(1);
    // Two places behind on both rankings: the vote is not enough.
    expect(rerank(candidates, stubScorer([10, 9, 8, 1], -1, [], [], [2])).positionAt(0)).toBe(0);
  });

  it('puts a paragraph whose heading and text name a question word the first lacks ahead of one a place ahead of it, not two', () => {
    // Worth a tenth of a first place in one ranking (round 85): a tie, or one place behind on both rankings, is made up…
    expect(rerank(candidates, stubScorer([9, 10, 1, 2], -1)).positionAt(0)).toBe(0);
    expect(rerank(candidates, stubScorer([9, 10, 1, 2], -1, [], [], [], [], [1])).positionAt(0)).toBe(1);
    expect(rerank(candidates, stubScorer([10, 9, 1, 2], -1, [], [], [], [], [1])).positionAt(0)).toBe(1);
    // …two places behind on both is not.
    expect(rerank(candidates, stubScorer([10, 8, 9, 1], -1, [], [], [], [], [2])).positionAt(0)).toBe(0);
  });

  it('puts the paragraph whose best sentence states the share a share question asks for ahead of others on the topic', () => {
    // Worth half a first place in one ranking (round 65): a place or two behind on both rankings is made up.
    expect(rerank(candidates, stubScorer([10, 9, 8, 1], -1, [], [], [], [2])).positionAt(0)).toBe(2);
    expect(rerank(candidates, stubScorer([10, 9, 1, 2], -1, [], [], [], [])).positionAt(0)).toBe(0);
  });

  it('leaves the order of paragraphs that all state every keyword together as the rankings put them', () => {
    const ranked = rerank(candidates, stubScorer([10, 8, 6, 7], -1, [], [0, 1, 2, 3]));
    expect([0, 1, 2, 3].map((i) => ranked.positionAt(i))).toEqual([0, 1, 2, 3]);
  });

  // Paragraphs 0 and 1 tie exactly: 0 is first by BM25 and second by its best sentence, 1 the reverse.
  const tied = [9, 10, 1, 2];
  it('breaks an exact tie in favour of the paragraph holding more of the question\'s typed words', () => {
    const ranked = rerank(candidates, stubScorer(tied, -1, [2, 3, 3, 3]));
    expect(ranked.slice(0, 2).map((r) => r.score)).toEqual([1, 1]);
    expect(ranked.positionAt(0)).toBe(1);
  });

  it('breaks an exact tie by paragraph order when both hold as many typed words', () => {
    expect(rerank(candidates, stubScorer(tied, -1, [3, 3, 3, 3])).positionAt(0)).toBe(0);
  });

  // 40 candidates: a head of 30 re-ranked, a tail of 10 in BM25 order.
  const many = (): Bm25Results => ({ count: 40, ids: Array.from({ length: 40 }, (_, i) => 39 - i), scores: Array.from({ length: 40 }, (_, i) => 40 - i), rankings: 1 });
  const rising = Array.from({ length: 40 }, (_, i) => i + 1);

  it('pages a re-ranked head, then the candidates below it in BM25 order, each scored below the head', () => {
    const list = rerank(many(), stubScorer(rising, -1));
    const page = list.slice(0, list.length);
    expect(list.length).toBe(40);
    expect(page.slice(30).map((r) => r.position)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(page.slice(30).every((r) => r.sentence === undefined && r.score < page[29]!.score)).toBe(true);
    expect(list.slice(35, 37)).toEqual(page.slice(35, 37));
    expect([0, 29, 30, 39].map((i) => list.positionAt(i))).toEqual([0, 29, 30, 39].map((i) => page[i]!.position));
    // Read one by one (a search's excerpts), each score is the page's.
    expect(page.map((_, i) => list.scoreAt(i))).toEqual(page.map((r) => r.score));
  });

  it('refuses to read a re-ranked list once a later query is re-ranked, rather than page that one\'s order', () => {
    const candidates = many();
    const first = rerank(candidates, stubScorer(rising, -1));
    const seen = first.slice(0, 40);
    const second = rerank(candidates, stubScorer(rising.map((x) => 41 - x), -1));
    expect(() => first.slice(0, 5)).toThrow(/later re-ranking/);
    expect(() => first.positionAt(35)).toThrow(/later re-ranking/);
    expect(() => first.scoreAt(0)).toThrow(/later re-ranking/);
    expect(second.slice(0, 40)).not.toEqual(seen);
  });

  it('refuses to read a re-ranked list once BM25 has ranked again on its report, rather than page the new candidates', () => {
    const candidates = many();
    const list = rerank(candidates, stubScorer(rising, -1));
    expect(list.positionAt(0)).toBe(39);
    // What `Bm25Index.rank` does to the results it returns.
    candidates.rankings!++;
    expect(() => list.slice(30, 40)).toThrow(/BM25 ranking/);
  });

  it('reads a list made of given paragraphs at any time, whatever is re-ranked after it', () => {
    const list = RankedList.of([{ position: 4, score: 1 }, { position: 2, sentence: 1, score: 0.5 }]);
    rerank(many(), stubScorer(rising, -1));
    expect(list.slice(0, 2)).toEqual([{ position: 4, score: 1 }, { position: 2, sentence: 1, score: 0.5 }]);
  });

  it('never lets the typed words held overturn a fused score that is ahead', () => {
    // 2 holds every typed word but is third by BM25 and by sentence.
    expect(rerank(candidates, stubScorer([10, 8, 6, 7], -1, [1, 1, 9, 1])).positionAt(0)).toBe(0);
  });
});

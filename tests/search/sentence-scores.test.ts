import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/search/built-index.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { type ParsedQuery, parseQuery, type Vocabulary, type WeightedTerm } from '../../src/search/query.js';
import { QueryScorer, RANKING } from '../../src/search/ranking.js';
import { SENTENCE_FLAGS, sentenceTermsOf } from '../../src/search/sentence-terms.js';
import { REPORT_DIR } from '../helpers.js';

const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
const ordinals = index.report.paragraphs.map((p) => p.ordinal);
const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
const paragraphs = index.report.paragraphs.length;

/** The scorer's state sentence scoring reads (private fields). */
interface ScorerState {
  words: number;
  typedWords: number;
  slotInfo: Array<{ word: number; typed: boolean; sentenceValue: number }>;
  query: ParsedQuery;
  sentenceScores(position: number): readonly number[];
}

/**
 * Sentence scoring as it was before speed round 18 (issue 13), written on the paragraph's sentence
 * objects: a first pass reading every term's query slot, then per sentence each distinct matched
 * slot's frequency by comparing slots, and the sentence's flags read from its `IndexedSentence`.
 */
function previousScores(scorer: ScorerState, position: number): number[] {
  const { sk: k, sb: b } = RANKING;
  const table = sentenceTermsOf(index);
  const sentences = sentencesOf(index, position);
  const { ids, starts } = table.of(position);
  const scores = new Array<number>(sentences.length).fill(0);
  const slots = Array.from(ids, (id) => table.slotOf(id));
  if (!slots.some((s) => s >= 0)) return scores;
  const credit = new Float64Array(scorer.words);
  const query = scorer.query;
  for (let i = 0; i < sentences.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    const lengthNorm = k * (1 - b + (b * (end - start)) / index.meanSentenceLength);
    let matchedWords = 0;
    for (let j = start; j < end; j++) {
      const slot = slots[j]!;
      if (slot < 0 || slots.slice(start, j).includes(slot)) continue;
      const f = slots.slice(start, end).filter((s) => s === slot).length;
      const t = scorer.slotInfo[slot]!;
      const v = (t.sentenceValue * (f * (k + 1))) / (f + lengthNorm);
      if (credit[t.word] === 0) matchedWords++;
      if (v > credit[t.word]!) credit[t.word] = v;
    }
    if (matchedWords === 0) continue;
    let score = 0;
    for (let w = 0; w < scorer.words; w++) {
      score += credit[w]!;
      credit[w] = 0;
    }
    const sentence = sentences[i]!;
    const countsNoun = () => {
      for (let a = start; a < end; a++) {
        if (!table.isFigure(ids[a]!)) continue;
        for (let c = a + 1; c < end && c <= a + RANKING.countedGap; c++) if (slots[c]! >= 0 && query.counted.includes(scorer.slotInfo[slots[c]!]!.word)) return true;
      }
      return false;
    };
    const adjacent = () => {
      if (scorer.typedWords < 2) return 0;
      let pairs = 0;
      for (let a = start + 1; a < end; a++) {
        const x = scorer.slotInfo[slots[a - 1]!];
        const y = scorer.slotInfo[slots[a]!];
        if (slots[a - 1]! >= 0 && slots[a]! >= 0 && x!.typed && y!.typed && y!.word === x!.word + 1) pairs++;
      }
      return Math.min(1, pairs / (scorer.typedWords - 1));
    };
    if (query.wantsQuantity && sentence.quantity) score *= 1 + RANKING.quantity;
    if (sentence.quantity && query.counted.length && countsNoun()) score *= 1 + RANKING.counted;
    if (query.wantsLaw && sentence.law) score *= 1 + RANKING.law;
    if (query.wantsDate && sentence.date) score *= 1 + RANKING.date;
    if (RANKING.bigram && matchedWords > 1) score *= 1 + RANKING.bigram * adjacent();
    scores[i] = score;
  }
  return scores;
}

describe('sentence scoring in one pass over the paragraph term ids', () => {
  // Terms the report's sentences use (figures among them), a few it does not, repeated at will.
  const sentenceTerms = Object.keys(index.sentenceFrequency);
  const term = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...sentenceTerms.slice(0, 600)) },
    { weight: 2, arbitrary: fc.constantFrom(...sentenceTerms.filter((t) => /^\d/.test(t)).slice(0, 40), 'two', 'three') },
    { weight: 1, arbitrary: fc.constantFrom('zzqx', 'nosuchterm') },
  );
  const weighted: fc.Arbitrary<WeightedTerm> = fc.record({
    term,
    weight: fc.double({ min: 0.05, max: 2, noNaN: true }),
    origin: fc.constantFrom('typed', 'corrected', 'expanded'),
    word: fc.nat(5),
  });
  const base = parseQuery('prison conditions', vocabulary);

  it('scores every sentence as the two-pass scoring on the sentence objects did, flags and bonuses included', () => {
    fc.assert(
      fc.property(
        fc.array(weighted, { minLength: 1, maxLength: 16 }),
        fc.record({ wantsQuantity: fc.boolean(), wantsLaw: fc.boolean(), wantsDate: fc.boolean(), counted: fc.array(fc.nat(5), { maxLength: 2 }) }),
        fc.array(fc.nat(paragraphs - 1), { minLength: 1, maxLength: 8 }),
        (terms, wants, positions) => {
          const query: ParsedQuery = { ...base, ...wants, terms };
          const scorer = new QueryScorer(index, ordinals, query) as unknown as ScorerState;
          // Paragraphs the query's terms are in, and random ones (most hold none of them).
          const holding = terms.flatMap((t) => index.report.paragraphs.flatMap((_, p) => (sentencesOf(index, p).some((s) => s.terms.includes(t.term)) ? [p] : [])).slice(0, 3));
          for (const position of [...holding, ...positions]) expect(scorer.sentenceScores(position)).toEqual(previousScores(scorer, position));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("copies each sentence's quantity, law and date flags beside its term ids", () => {
    const table = sentenceTermsOf(index);
    let set = 0;
    for (let p = 0; p < paragraphs; p++) {
      const { flags } = table.of(p);
      sentencesOf(index, p).forEach((s, i) => {
        expect([(flags[i]! & SENTENCE_FLAGS.quantity) !== 0, (flags[i]! & SENTENCE_FLAGS.law) !== 0, (flags[i]! & SENTENCE_FLAGS.date) !== 0]).toEqual([s.quantity, s.law, s.date]);
        if (flags[i]) set++;
      });
    }
    // The report states figures, laws and dates in many sentences: the check above compared real flags.
    expect(set).toBeGreaterThan(100);
  });
});

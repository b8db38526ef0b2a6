import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { type ParsedQuery, parseQuery, type Vocabulary, type WeightedTerm } from '../../src/search/query.js';
import { QueryScorer } from '../../src/search/ranking.js';
import { sentenceTermsOf } from '../../src/search/sentence-terms.js';
import { REPORT_DIR } from '../helpers.js';

const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
const ordinals = index.report.paragraphs.map((p) => p.ordinal);
const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };

/**
 * What the scorer's constructor computed before it added its terms one call at a time (docs/search-speed.md,
 * speed round 17), written as it was: a Map of the terms (a later entry for a term replacing its
 * values, its place kept), each typed word's best paragraph value summed in the order the words came.
 */
function previousConstruction(query: ParsedQuery) {
  const idf = (df: number, count: number) => Math.log(1 + (count - df + 0.5) / (df + 0.5));
  const n = index.report.paragraphs.length;
  const info = new Map<string, { word: number; typed: boolean; sentenceValue: number; paragraphValue: number }>();
  let words = 0;
  const typed = new Map<number, number>();
  for (const t of query.terms) {
    const typedTerm = t.origin !== 'expanded';
    const paragraphValue = t.weight * idf(index.documentFrequency[t.term] ?? 0, n);
    info.set(t.term, { word: t.word, typed: typedTerm, sentenceValue: t.weight * idf(index.sentenceFrequency[t.term] ?? 0, index.sentenceCount), paragraphValue });
    words = Math.max(words, t.word + 1);
    if (typedTerm) typed.set(t.word, Math.max(typed.get(t.word) ?? 0, paragraphValue));
  }
  let typedTotal = 0;
  for (const value of typed.values()) typedTotal += value;
  return { words, typedWords: typed.size, typedTotal, slotTerms: [...info.keys()], slotInfo: [...info.values()] };
}

/** The constructor's results, read from the scorer's private fields and the report's term table. */
interface Constructed {
  words: number;
  typedWords: number;
  typedTotal: number;
  /** The report's pool of slot infos, of which this query's are the first `slots` (issue 13 round 55). */
  slotInfo: Array<{ word: number; typed: boolean; sentenceValue: number; paragraphValue: number; slot: number; term: string; generation: number }>;
  slots: number;
  info: { get(term: string): unknown };
}

/** The scorer's own slot infos. */
const slotsOf = (scorer: Constructed) => scorer.slotInfo.slice(0, scorer.slots);

describe('the query scorer, its terms added one call at a time', () => {
  // Terms the report's sentences use, a few it uses only in headings or not at all, repeated at will.
  const reportTerms = Object.keys(index.sentenceFrequency).slice(0, 400);
  const term = fc.oneof(fc.constantFrom(...reportTerms), fc.constantFrom('zzqx', 'nosuchterm', ...Object.keys(index.documentFrequency).slice(0, 50)));
  const weighted: fc.Arbitrary<WeightedTerm> = fc.record({
    term,
    weight: fc.double({ min: 0.05, max: 2, noNaN: true }),
    origin: fc.constantFrom('typed', 'corrected', 'expanded'),
    word: fc.nat(6),
  });

  it('holds the values, query slots and typed-word totals the Map-based construction gave, repeated terms included', () => {
    const base = parseQuery('prison conditions', vocabulary);
    fc.assert(
      fc.property(fc.array(weighted, { maxLength: 24 }), (terms) => {
        const query = { ...base, terms };
        const scorer = new QueryScorer(index, ordinals, query) as unknown as Constructed;
        const expected = previousConstruction(query);
        expect(scorer.words).toBe(expected.words);
        expect(scorer.typedWords).toBe(expected.typedWords);
        expect(scorer.typedTotal).toBe(expected.typedTotal);
        expect(slotsOf(scorer).map(({ slot: _, term: __, generation: ___, ...values }) => values)).toEqual(expected.slotInfo);
        // Each slot's info is found by its term, and by nothing else (issue 13 round 38: the term map is kept from query to query).
        expect(slotsOf(scorer).map((info) => info.term)).toEqual(expected.slotTerms);
        for (const t of expected.slotTerms) expect(scorer.info.get(t)).toBe(scorer.slotInfo[expected.slotTerms.indexOf(t)]);
        // Each term the report's sentences use answers with its place among the query's distinct terms.
        const table = sentenceTermsOf(index) as unknown as { idOf(term: string): number; slotOf(id: number): number };
        expected.slotTerms.forEach((t, slot) => {
          if (Object.hasOwn(index.sentenceFrequency, t)) expect(table.slotOf(table.idOf(t))).toBe(slot);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("finds none of an earlier query's terms that this query lacks, though the report's term map keeps them", () => {
    const base = parseQuery('prison conditions', vocabulary);
    const earlier: WeightedTerm[] = [
      { term: 'prison', weight: 1, origin: 'typed', word: 0 },
      { term: 'torture', weight: 1, origin: 'typed', word: 1 },
      { term: 'nosuchterm', weight: 1, origin: 'typed', word: 2 },
    ];
    const first = new QueryScorer(index, ordinals, { ...base, terms: earlier }) as unknown as Constructed;
    expect(first.info.get('torture')).toBeDefined();
    // Slot 0 goes to another term: the earlier query's "prison" entry points at an info that now holds "court".
    const later = new QueryScorer(index, ordinals, { ...base, terms: [{ term: 'court', weight: 1, origin: 'typed', word: 0 }] }) as unknown as Constructed;
    expect(later.info.get('court')).toBe(later.slotInfo[0]);
    for (const gone of ['prison', 'torture', 'nosuchterm']) expect(later.info.get(gone)).toBeUndefined();
  });
});

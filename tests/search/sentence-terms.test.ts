import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IndexedSentence, type ReportIndex, sentencesOf } from '../../src/search/built-index.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { figureBefore, SENTENCE_FLAGS, SentenceTerms, sentenceTermsOf, sentenceTermTables } from '../../src/search/sentence-terms.js';
import { REPORT_DIR } from '../helpers.js';

/** A paragraph's table as the first query used to build it from the sentence objects (before issue 13, round 20): terms, starts and flags. */
function tableFromSentences(sentences: readonly IndexedSentence[]): { terms: string[]; starts: number[]; flags: number[] } {
  const starts = [0];
  for (const s of sentences) starts.push(starts.at(-1)! + s.terms.length);
  const flags = sentences.map((s) => (s.quantity ? SENTENCE_FLAGS.quantity : 0) | (s.law ? SENTENCE_FLAGS.law : 0) | (s.date ? SENTENCE_FLAGS.date : 0));
  return { terms: sentences.flatMap((s) => s.terms), starts, flags };
}

/** What `SentenceTerms` reads of paragraph `position`, with its ids turned back into terms. */
function tableRead(table: SentenceTerms, position: number): { terms: string[]; starts: number[]; flags: number[] } {
  const { ids, starts, flags } = table.of(position);
  return { terms: Array.from(ids, (id) => table.termOf(id)), starts: [...starts], flags: [...flags] };
}

describe('sentence term ids made with the index', () => {
  it('read back every paragraph of the saved report as its sentences’ terms, starts and flags', () => {
    const index = readCurrentIndex(REPORT_DIR).index!.report(0);
    const table = sentenceTermsOf(index);
    for (let p = 0; p < index.sentences.length; p++) expect(tableRead(table, p)).toEqual(tableFromSentences(sentencesOf(index, p)));
    // Every sentence term has an id, and says whether it states a figure as the term itself does.
    const idOf = new Map(Array.from({ length: table.size }, (_, id) => [table.termOf(id), id]));
    for (const term of Object.keys(index.sentenceFrequency)) {
      expect(idOf.has(term)).toBe(true);
      expect(table.isFigure(idOf.get(term)!)).toBe(figureBefore([term, '.'], '.', 1));
    }
  });

  it('hold the same tables for random paragraphs, whether the index holds a term or only the sentences do', () => {
    const word = fc.constantFrom<string>('tortur', 'complaint', '258', 'seven', 'court', 'law', 'x', 'detent');
    const sentence = fc.record({
      terms: fc.array(word, { maxLength: 12 }),
      quantity: fc.boolean(),
      law: fc.boolean(),
      date: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.uniqueArray(word), fc.boolean(), (paragraphs, indexTerms, saved) => {
        const sentences = paragraphs.map((row) => row.map((s): IndexedSentence => ({ start: 0, end: 0, penalty: false, refersBack: false, ...s })));
        const { rows, only } = sentenceTermTables(sentences, indexTerms);
        // The ids past the index's terms name each other term once.
        expect(only.filter((t) => indexTerms.includes(t))).toEqual([]);
        expect(new Set(only).size).toBe(only.length);
        const sentenceFrequency = Object.fromEntries(sentences.flat().flatMap((s) => s.terms.map((t) => [t, 1])));
        const index = {
          sentences,
          sentenceTermIds: saved ? rows.map((row) => JSON.stringify(row)) : rows,
          sentenceOnlyTerms: only,
          sentenceFrequency,
          miniSearch: { terms: indexTerms },
        } as unknown as ReportIndex;
        const table = new SentenceTerms(index);
        sentences.forEach((row, p) => expect(tableRead(table, p)).toEqual(tableFromSentences(row)));
        // A query's slots land on the ids its terms have in the tables.
        const generation = table.beginQuery();
        const terms = Object.keys(sentenceFrequency);
        terms.forEach((term, slot) => table.assign(generation, term, slot));
        sentences.forEach((_, p) => {
          const { ids } = table.of(p);
          for (const id of ids) expect(table.slotOf(id)).toBe(terms.indexOf(table.termOf(id)));
        });
        // Each later query sees only its own slots and member bits, whether it gives fewer terms slots than the last or more.
        for (const given of [terms.filter((_, i) => i % 2 === 1).reverse(), terms.slice(1), terms, []]) {
          const next = table.beginQuery();
          given.forEach((term, slot) => table.assign(next, term, slot));
          for (let id = 0; id < table.size; id++) {
            const slot = given.indexOf(table.termOf(id));
            expect(table.slotOf(id)).toBe(slot);
            expect(((table.members()[id >> 5]! >>> (id & 31)) & 1) === 1).toBe(slot >= 0);
          }
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import type { QueryWord } from '../../src/search/query.js';
import { QueryScorer, RANKING } from '../../src/search/ranking.js';
import { REPORT_DIR, realService } from '../helpers.js';

const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

// A question whose telling word is rare in English and never written by the report ("hoaxes", "maimed"):
// the lexical rankings see it only through WordNet's few, weak stand-ins, while the common
// words around it pull other passages up; the two word-vector rankings read the word itself (Quality round 53).
describe('a question resting on one rare word the report never writes, on the real report', () => {
  it.each([
    ['what is the punishment for spreading hoaxes', 'penalizes “intentionally spreading false information”'],
    ['how many people were maimed at work', '840 individuals injured at their workplaces'],
  ])('puts first the passage that answers “%s”', (query, answering) => {
    expect(first(query).text).toContain(answering);
  });
});

describe('the word-vector rankings’ weight in the fusion', () => {
  const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
  const ordinals = index.report.paragraphs.map((p) => p.ordinal);
  const scorer = (words: QueryWord[]) => new QueryScorer(index, ordinals, { clean: '', terms: [], words, counted: [] } as never);
  const word = (w: string, known: number, specificity: number): QueryWord => ({ word: w, known, specificity, topical: true });

  it('counts them as a lexical ranking when the most specific topical word is rare in English and known only through weak stand-ins', () => {
    const s = scorer([word('punishment', 1, 0.77), word('hoaxes', 0.2, 0.99)]);
    expect(s.denseWeight).toBe(RANKING.rare);
    expect(s.alignmentWeight).toBe(RANKING.rare);
  });

  it.each([
    ['an everyday word the report lacks', [word('prisons', 1, 0.81), word('winter', 0.2, 0.68)]],
    ['a rare word with a close neighbour', [word('kickbacks', 0.68, 0.91)]],
    ['a rare word outweighed by a more specific one', [word('chunk', 0.2, 0.87), word('union card', 0.9, 1.23)]],
    ['a rare word that names the kind of answer', [{ ...word('tally', 0.2, 0.95), topical: false }]],
    ['every word written', [word('torture', 1, 0.9)]],
  ])('keeps their half weight for %s', (_, words) => {
    const s = scorer(words);
    expect(s.denseWeight).toBe(RANKING.dense);
    expect(s.alignmentWeight).toBe(RANKING.alignment);
  });
});

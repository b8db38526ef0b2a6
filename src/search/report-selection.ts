/**
 * Chooses, for a search across many reports, the few worth ranking in full. Every report's full
 * search (query analysis against its vocabulary, BM25, sentence re-ranking) costs about as much as
 * a single-report search, so a hundred of them would cost a hundred times that; instead each report
 * is scored once from the corpus lexicon, as if it were one document whose term frequencies are its
 * paragraph counts, and only the best few are searched.
 */
import { inverseDocumentFrequency } from './bm25-index.js';
import type { BuiltIndex } from './built-index.js';
import type { CorpusLexicon } from './corpus-lexicon.js';
import { specificity } from './neighbours.js';
import { parseQuery, type ParsedQuery, type Vocabulary } from './query.js';
import type { Thesaurus } from './thesaurus.js';
import type { WordVectors } from './word-vectors.js';

/**
 * `reports`: how many reports a cross-report search ranks in full (their hits are merged).
 * `k`, `b`: BM25 saturation and length normalisation, a report's length being its paragraph count.
 */
export const SELECTION = { reports: 4, k: 1.2, b: 0.75 };

/**
 * The positions (in the index) of the reports that best match `query`, best first, at most `max`;
 * reports matching none of its terms are left out. `order` breaks ties (the default report first).
 * `paragraphs[i]` is report i's paragraph count.
 */
export function selectReports(query: ParsedQuery, lexicon: CorpusLexicon, paragraphs: readonly number[], order: readonly number[], max = SELECTION.reports): number[] {
  const { k, b } = SELECTION;
  const total = paragraphs.reduce((a, n) => a + n, 0);
  const average = total / (paragraphs.length || 1);
  const score = new Float64Array(paragraphs.length);
  // Each report's matched query words: a report using every word beats one repeating a few.
  const words = new Map<number, Set<number>>();
  const seen = new Set<string>();
  for (const t of query.terms) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    const df = lexicon.documentFrequency[t.term] ?? 0;
    if (df === 0) continue;
    // A term's specificity over every paragraph of every report, as the paragraph ranking sees it in one.
    const idf = inverseDocumentFrequency(df, total);
    for (const use of lexicon.uses(t.term)) {
      const f = use.paragraphs;
      const norm = k * (1 - b + (b * paragraphs[use.report]!) / average);
      score[use.report] = score[use.report]! + (t.weight * idf * f * (k + 1)) / (f + norm);
      let matched = words.get(use.report);
      if (!matched) words.set(use.report, (matched = new Set()));
      matched.add(t.word);
    }
  }
  const rank = new Map(order.map((r, i) => [r, i]));
  return order
    .filter((r) => score[r]! > 0)
    .map((r) => ({ r, key: score[r]! * words.get(r)!.size }))
    .sort((x, y) => y.key - x.key || rank.get(x.r)! - rank.get(y.r)!)
    .slice(0, max)
    .map((x) => x.r);
}

/** What the chooser shares with the reports' own searches: WordNet, the thesaurus, the word vectors. */
export interface SharedLexicon {
  senses: Vocabulary['senses'];
  thesaurus: Thesaurus;
  vectors?: WordVectors;
}

/**
 * Chooses reports for queries: parses each query once against the vocabulary of all the reports
 * (so a word only one report uses is known, and a country's name counts for its report), then
 * scores the reports from the corpus lexicon (`selectReports`).
 */
export class ReportChooser {
  private readonly lexicon: CorpusLexicon;
  private readonly vocabulary: Vocabulary;
  private readonly paragraphs: number[];

  constructor(
    index: BuiltIndex,
    /** Report positions, the default first: the order of ties. */
    private readonly order: readonly number[],
    shared: SharedLexicon,
  ) {
    this.lexicon = index.lexicon();
    this.paragraphs = index.entries.map((e) => e.paragraphs);
    const { vectors } = shared;
    this.vocabulary = {
      documentFrequency: this.lexicon.documentFrequency,
      senses: shared.senses,
      // No report's country is left out: across reports, naming a country is what picks its report.
      ignored: new Set(),
      corrections: new Map(),
      compounds: new Map(),
      thesaurus: shared.thesaurus,
      // How common a word is in English does not depend on the report; neighbours do, and are left to each report's own search.
      ...(vectors ? { specificity: (word: string) => specificity(vectors, word) } : {}),
    };
  }

  /** The reports to search for `rawQuery`, best first; none when no report uses any of its words. */
  choose(rawQuery: string, max = SELECTION.reports): number[] {
    return selectReports(parseQuery(rawQuery, this.vocabulary), this.lexicon, this.paragraphs, this.order, max);
  }
}

/**
 * Soft word alignment: how well a sentence answers each query word, by the closest of its words in
 * word-vector space ("cops" finds "police", "kids" finds "children") rather than by exact terms only.
 * A sentence's alignment is Σ over query words of weight × the best similarity of that word with any
 * of the sentence's terms (an exact match counts 1, a similarity below `ALIGNMENT.floor` 0), over the
 * sum of the weights (`QueryScorer.alignment` adds the exact matches and the weights). Each query word's
 * best similarity within each sentence is computed the first time a query asks, and remembered for the
 * report: a warm query reads one number per word and sentence.
 */
import type { ReportIndex } from './built-index.js';
import type { SentenceTerms } from './sentence-terms.js';
import type { WordVectors } from './word-vectors.js';

/**
 * `floor`: a similarity below it counts nothing (unrelated words often sit 0.5–0.6 apart; 0.4–0.5 alike
 * on the tuning half, 0.6 and above lost); `expanded`: what a term the query reached by expansion
 * (thesaurus, WordNet, neighbours) counts when a sentence holds it exactly.
 */
export const ALIGNMENT = { floor: 0.5, expanded: 0.8 };

/** Not yet computed. */
const UNKNOWN = -2;
/** Words whose similarities are remembered; past it the memory is cleared (each word keeps ~10 KB). */
const MAX_WORDS = 1000;

/** What is remembered of one query word: its cosine with each term id, and its best cosine in each sentence. */
interface WordRows {
  /** By sentence term id (see `SentenceTerms`), grown as ids are given. */
  terms: Float32Array;
  /** By sentence, numbered across the report (`sentenceStart`). */
  sentences: Float32Array;
}

/** A report's sentences' word-vector similarities with query words. */
export class TermSimilarities {
  private readonly words = new Map<string, WordRows>();
  /** Per term id: the vector position of the word the report writes for it, -1 for none, `UNKNOWN` until asked. */
  private vectorAt = new Int32Array(0);
  /** Paragraph p's first sentence in the report-wide numbering (one more entry than paragraphs). */
  private readonly sentenceStart: Int32Array;

  constructor(
    private readonly vectors: WordVectors,
    private readonly index: ReportIndex,
    private readonly terms: SentenceTerms,
  ) {
    const paragraphs = index.sentences;
    this.sentenceStart = new Int32Array(paragraphs.length + 1);
    for (let p = 0; p < paragraphs.length; p++) this.sentenceStart[p + 1] = this.sentenceStart[p]! + (paragraphs[p]?.length ?? 0);
  }

  /** The vector position of `word` (lower case), or -1: a word without a vector aligns by exact terms only. */
  positionOf(word: string): number {
    return this.vectors.indexOf(word);
  }

  /**
   * The best raw cosine of `word` (at vector position `at`) with a term of each sentence of paragraph
   * `position`, written into `out` from 0 (callers apply the floor). `ids`/`starts` are the paragraph's
   * sentence term ids (`SentenceTerms.of`).
   */
  sentenceBest(word: string, at: number, position: number, ids: Int32Array, starts: Int32Array, out: Float64Array): void {
    const rows = this.rowsOf(word);
    const first = this.sentenceStart[position]!;
    for (let i = 0; i + 1 < starts.length; i++) {
      let best = rows.sentences[first + i]!;
      if (best === UNKNOWN) {
        best = 0;
        for (let j = starts[i]!; j < starts[i + 1]!; j++) {
          const s = this.termSimilarity(rows, at, ids[j]!);
          if (s > best) best = s;
        }
        rows.sentences[first + i] = best;
      }
      out[i] = best;
    }
  }

  private rowsOf(word: string): WordRows {
    let rows = this.words.get(word);
    if (!rows) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      rows = { terms: new Float32Array(0), sentences: new Float32Array(this.sentenceStart.at(-1)!).fill(UNKNOWN) };
      this.words.set(word, rows);
    }
    return rows;
  }

  private termSimilarity(rows: WordRows, at: number, id: number): number {
    if (id >= rows.terms.length) {
      // Term ids are given as paragraphs are first read: grow to cover them all.
      const grown = new Float32Array(Math.max(this.terms.size, id + 1)).fill(UNKNOWN);
      grown.set(rows.terms);
      rows.terms = grown;
    }
    let s = rows.terms[id]!;
    if (s === UNKNOWN) {
      const other = this.vectorOf(id);
      s = other < 0 ? 0 : this.vectors.similarity(at, other);
      rows.terms[id] = s;
    }
    return s;
  }

  private vectorOf(id: number): number {
    if (id >= this.vectorAt.length) {
      const grown = new Int32Array(Math.max(this.terms.size, id + 1)).fill(UNKNOWN);
      grown.set(this.vectorAt);
      this.vectorAt = grown;
    }
    let at = this.vectorAt[id]!;
    if (at === UNKNOWN) {
      const term = this.terms.termOf(id);
      at = this.vectors.indexOf(this.index.termWords[term] ?? term);
      this.vectorAt[id] = at;
    }
    return at;
  }
}

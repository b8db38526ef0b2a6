/**
 * Soft word alignment: how well a sentence answers each query word, by the closest of its words in
 * word-vector space ("cops" finds "police", "kids" finds "children") rather than by exact terms only.
 * A sentence's alignment is Σ over query words of weight × the best similarity of that word with any
 * of the sentence's terms (an exact match counts 1, a similarity below `ALIGNMENT.floor` 0), over the
 * sum of the weights. Similarities are computed on demand, once per (query word, report term), and
 * remembered for the report: a warm query only reads them.
 */
import type { ReportIndex } from './built-index.js';
import type { SentenceTerms } from './sentence-terms.js';
import type { WordVectors } from './word-vectors.js';

/**
 * `floor`: a similarity below it counts nothing (unrelated words often sit 0.5–0.6 apart); `expanded`:
 * what a term the query reached by expansion (thesaurus, WordNet, neighbours) counts when found exactly.
 */
export const ALIGNMENT = { floor: 0.5, expanded: 0.8 };

/** Not yet computed, in a word's similarity row. */
const UNKNOWN = -2;

/** A report's term similarities with query words, by sentence term id (see `SentenceTerms`). */
export class TermSimilarities {
  /** Per query word: its similarity with each term id (`UNKNOWN` until asked). */
  private readonly rows = new Map<string, Float32Array>();
  /** Per term id: the position of the vector of the word the report writes for it, -1 for none, `UNKNOWN` until asked. */
  private vectorAt = new Int32Array(0);

  constructor(
    private readonly vectors: WordVectors,
    private readonly index: ReportIndex,
    private readonly terms: SentenceTerms,
  ) {}

  /** How many term ids a row must cover now. */
  get size(): number {
    return this.terms.size;
  }

  /** The vector position of `word` (lower case), or -1: a word without a vector aligns by exact terms only. */
  positionOf(word: string): number {
    return this.vectors.indexOf(word);
  }

  /**
   * The similarity row of `word`, grown to cover every term id given so far. Cleared past 2,000 words:
   * each row is a few KB.
   */
  row(word: string): Float32Array {
    let row = this.rows.get(word);
    const size = this.terms.size;
    if (row && row.length >= size) return row;
    const grown = new Float32Array(Math.max(size, 64)).fill(UNKNOWN);
    if (row) grown.set(row);
    row = grown;
    if (this.rows.size >= 2000) this.rows.clear();
    this.rows.set(word, row);
    return row;
  }

  /** The similarity of the word at vector position `at` with term id `id` (0 below the floor), remembered in `row`. */
  similarity(row: Float32Array, at: number, id: number): number {
    const known = row[id]!;
    if (known !== UNKNOWN) return known >= ALIGNMENT.floor ? known : 0;
    const other = this.vectorOf(id);
    const s = other < 0 ? 0 : this.vectors.similarity(at, other);
    row[id] = s;
    return s >= ALIGNMENT.floor ? s : 0;
  }

  private vectorOf(id: number): number {
    if (id >= this.vectorAt.length) {
      const grown = new Int32Array(Math.max(this.terms.size, id + 1, 64)).fill(UNKNOWN);
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

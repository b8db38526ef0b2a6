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
import type { QueryWord } from './query.js';
import type { SentenceTerms } from './sentence-terms.js';
import type { WordVectors } from './word-vectors.js';
import { doubles } from './plain-arrays.js';

/**
 * `floor`: a similarity below it counts nothing (unrelated words often sit 0.5–0.6 apart; 0.4–0.5 alike
 * on the tuning half, 0.6 and above lost); `expanded`: what a term the query reached by expansion
 * (thesaurus, WordNet, neighbours) counts when a sentence holds it exactly.
 */
export const ALIGNMENT = { floor: 0.5, expanded: 0.8 };

/** Not yet computed. */
const UNKNOWN = -2;
/**
 * Words whose best similarity in each sentence is remembered (a value per sentence, ~2.7 KB here); past it the word
 * remembered first gives its row to the new one. 200, when each also kept a term row, was fewer than the words of the
 * first 90 public questions (200–300): asked again in turn, every one of them computed its sentences anew (~1,800
 * vector products a question; none at 300 or more; issue 13 round 52).
 */
export const MAX_WORDS = 400;
/**
 * Words of those that also keep their cosine with each term (a value per term id, ~8 KB here), which spares a word's
 * later queries the vector products of the terms its new sentences share with those computed before. A warm query
 * reads only the sentences' row; past the cap the term row of the word used least recently, not by the current query,
 * is refilled for the word that needs one. With a term row for each of 200 words the rows held ~2.1 MB after 1,500
 * distinct searches, three quarters of it term rows; 400 sentence rows and 32 term rows hold ~1.4 MB and compute
 * fewer vector products over those searches (1.37 against 1.39 million; docs/search-speed.md, issue 13 round 52).
 */
export const MAX_TERM_ROWS = 32;

/** A word's term row before it has one (`WordRows.terms`). */
const NO_TERMS = new Float32Array(0);

/** `forQuery`'s lists as it writes them (single-threaded, copied out before it returns). */
const FOR_QUERY = { at: [] as number[], weighed: [] as number[], rows: [] as Array<WordRows | undefined> };

/** What is remembered of one query word: its cosine with each term id, and its best cosine in each sentence. */
interface WordRows {
  /** By sentence term id (see `SentenceTerms`), taken when the word first computes a sentence; `NO_TERMS` when it holds none. */
  terms: Float32Array;
  /** By sentence, numbered across the report (`sentenceStart`). */
  sentences: Float32Array;
  /** The last query (`TermSimilarities.queries`) that took these rows. */
  query: number;
}

/**
 * Each scored sentence's exact match of each query word (typed 1, an expansion `ALIGNMENT.expanded`),
 * written by sentence scoring and read by alignment: one buffer per report, reused by every query
 * (a query's paragraphs take rows from its start; a new query, by its generation, starts it again).
 * Plain doubles (`plain-arrays.ts`: sentence scoring writes and alignment reads them for each candidate), each value
 * rounded to single precision as the `Float32Array` they were held in stored it.
 */
export class ExactMatches {
  values = doubles(1024);
  private used = 0;
  private generation = -1;
  /** Per paragraph: where its rows start, and the query (generation) that wrote them. */
  private readonly offset: Int32Array;
  private readonly stamp: Int32Array;

  constructor(paragraphs: number) {
    this.offset = new Int32Array(paragraphs);
    this.stamp = new Int32Array(paragraphs).fill(-1);
  }

  /** Zeroed room for `length` values of paragraph `position` in query `generation`; returns where it starts. */
  take(generation: number, position: number, length: number): number {
    if (generation !== this.generation) {
      this.generation = generation;
      this.used = 0;
    }
    if (this.used + length > this.values.length) {
      const grown = doubles(Math.max(this.values.length * 2, this.used + length));
      for (let i = 0; i < this.used; i++) grown[i] = this.values[i]!;
      this.values = grown;
    }
    const start = this.used;
    // A loop, not `fill`: the builtin is a call into V8's C++ runtime, several times a short loop's cost (issue 13 round 46).
    const values = this.values;
    for (let i = start; i < start + length; i++) values[i] = 0;
    this.used += length;
    this.offset[position] = start;
    this.stamp[position] = generation;
    return start;
  }

  /** Sets value `i` to `value` (in single precision) when that is higher. */
  raise(i: number, value: number): void {
    if (value > this.values[i]!) this.values[i] = Math.fround(value);
  }

  /** Where paragraph `position`'s rows start for query `generation` (it must have been scored by it). */
  at(generation: number, position: number): number {
    if (this.stamp[position] !== generation || this.generation !== generation) throw new Error('exact matches read for a paragraph the query has not scored');
    return this.offset[position]!;
  }
}

/** A report's sentences' word-vector similarities with query words. */
export class TermSimilarities {
  /** Scratch for the current query's exact matches (see `ExactMatches`). */
  readonly exact: ExactMatches;
  private readonly words = new Map<string, WordRows>();
  /** The words' rows holding a term row (at most `MAX_TERM_ROWS`, or a query's words if more). */
  private readonly termHolders: WordRows[] = [];
  /** Queries begun (`forQuery`): a word's rows taken by the current one are never given to another word. */
  private queries = 0;
  /** Per term id: the vector position of the word the report writes for it, -1 for none, `UNKNOWN` until asked. */
  private vectorAt = new Int32Array(0);
  /** Paragraph p's first sentence in the report-wide numbering (one more entry than paragraphs). */
  private readonly sentenceStart: Int32Array;

  constructor(
    private readonly vectors: WordVectors,
    private readonly index: ReportIndex,
    private readonly terms: SentenceTerms,
  ) {
    const counts = index.sentenceCounts;
    this.exact = new ExactMatches(counts.length);
    this.sentenceStart = new Int32Array(counts.length + 1);
    for (let p = 0; p < counts.length; p++) this.sentenceStart[p + 1] = this.sentenceStart[p]! + counts[p]!;
  }

  /**
   * One query's alignment: its `words` with their `weights` (a word's typed term weight × sentence
   * idf; 0 when the report does not write it, and then it weighs as a term never seen, × `expanded`).
   */
  forQuery(words: readonly QueryWord[], weights: number[], sentenceCount: number): QueryAlignment {
    const unseen = ALIGNMENT.expanded * Math.log(1 + (sentenceCount + 0.5) / 0.5);
    this.queries++;
    // Written from index 0 over kept lists, then copied at the query's word count: packed arrays, as `push` made them
    // (not `map`: the optimised `map` makes holey arrays, and `QueryAlignment.best`, optimised on the builtin's packed
    // ones, fell back to the interpreter at the first), without the store for 17 entries each list's first `push` made
    // (issue 13 round 55).
    const { at, weighed, rows } = FOR_QUERY;
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      at[i] = this.vectors.indexOf(w.word);
      weighed[i] = !w.topical ? 0 : weights[i] || unseen;
      // Each word's remembered similarities, looked up once per query (a word without a vector has none).
      rows[i] = at[i]! >= 0 && weighed[i]! > 0 ? this.rowsOf(w.word) : undefined;
    }
    return new QueryAlignment(this, weighed.slice(0, n), at.slice(0, n), rows.slice(0, n));
  }

  /** Paragraph `position`'s first sentence in the report-wide numbering of `WordRows.sentences`. */
  firstSentence(position: number): number {
    return this.sentenceStart[position]!;
  }

  /**
   * The best raw cosine of a word (`rows`, at vector position `at`) with a term of sentence `sentence`
   * (report-wide numbering), whose term ids are `ids[start, end)`; remembered (callers apply the floor).
   */
  sentenceSimilarity(rows: WordRows, at: number, sentence: number, ids: readonly number[], start: number, end: number): number {
    let best = 0;
    for (let j = start; j < end; j++) {
      const s = this.termSimilarity(rows, at, ids[j]!);
      if (s > best) best = s;
    }
    rows.sentences[sentence] = best;
    return best;
  }

  /**
   * What is remembered of `word` (lower case), made on first use. Past `MAX_WORDS` the word remembered
   * first leaves, and its arrays, refilled, are the new word's: the rows live outside V8's heap and, old
   * by then, were freed only by a full collection, ~15 MB of them per 1,000 questions before (docs/search-speed.md,
   * issue 13 round 35). A scorer, and so its query's rows, is used only until the next query begins.
   */
  private rowsOf(word: string): WordRows {
    let rows = this.words.get(word);
    if (!rows) {
      rows = this.words.size >= MAX_WORDS ? this.reused() : undefined;
      rows ??= { terms: NO_TERMS, sentences: new Float32Array(this.sentenceStart.at(-1)!).fill(UNKNOWN), query: 0 };
      this.words.set(word, rows);
    }
    rows.query = this.queries;
    return rows;
  }

  /** The first-remembered word's rows, forgotten (every value `UNKNOWN`), unless the current query took them. */
  private reused(): WordRows | undefined {
    const oldest = this.words.keys().next().value!;
    const rows = this.words.get(oldest)!;
    this.words.delete(oldest);
    if (rows.query === this.queries) return undefined;
    rows.terms.fill(UNKNOWN);
    rows.sentences.fill(UNKNOWN);
    return rows;
  }

  private termSimilarity(rows: WordRows, at: number, id: number): number {
    if (id >= rows.terms.length) rows.terms = this.termRow(rows, id);
    let s = rows.terms[id]!;
    if (s === UNKNOWN) {
      const other = this.vectorOf(id);
      // Rounded as the row stores it: the value returned now must be the one read back later, or a
      // query's scores would depend on whether an earlier query computed it first.
      s = other < 0 ? 0 : Math.fround(this.vectors.similarity(at, other));
      rows.terms[id] = s;
    }
    return s;
  }

  /**
   * A term row covering term `id` for `rows`: its own grown, or one taken from the word holding one that was used
   * least recently (not by the current query) once `MAX_TERM_ROWS` hold one, refilled (every value `UNKNOWN`).
   */
  private termRow(rows: WordRows, id: number): Float32Array {
    const size = Math.max(this.terms.size, id + 1);
    if (rows.terms !== NO_TERMS) return covering(rows.terms, size, (n) => new Float32Array(n));
    const holders = this.termHolders;
    let oldest = -1;
    if (holders.length >= MAX_TERM_ROWS) {
      for (let i = 0; i < holders.length; i++) {
        const query = holders[i]!.query;
        if (query !== this.queries && (oldest < 0 || query < holders[oldest]!.query)) oldest = i;
      }
    }
    if (oldest < 0) {
      holders.push(rows);
      return covering(NO_TERMS, size, (n) => new Float32Array(n));
    }
    const row = holders[oldest]!.terms;
    holders[oldest]!.terms = NO_TERMS;
    holders[oldest] = rows;
    if (row.length < size) return covering(NO_TERMS, size, (n) => new Float32Array(n));
    row.fill(UNKNOWN);
    return row;
  }

  private vectorOf(id: number): number {
    if (id >= this.vectorAt.length) this.vectorAt = covering(this.vectorAt, Math.max(this.terms.size, id + 1), (n) => new Int32Array(n));
    let at = this.vectorAt[id]!;
    if (at === UNKNOWN) {
      const term = this.terms.termOf(id);
      at = this.vectors.indexOf(this.index.termWords[term] ?? term);
      this.vectorAt[id] = at;
    }
    return at;
  }
}

/** `array` grown to `size` entries (every term id), the new ones `UNKNOWN`. */
function covering<A extends Float32Array | Int32Array>(array: A, size: number, make: (n: number) => A): A {
  const grown = make(size);
  grown.fill(UNKNOWN);
  grown.set(array);
  return grown;
}

/** A query's soft alignment with the paragraphs of one report (`TermSimilarities.forQuery`). */
export class QueryAlignment {
  private readonly total: number;
  /** Scratch shared by every query (single-threaded, used within one call): sentence sums, then one word's best similarities. */
  private static scratch = doubles(64);

  constructor(
    private readonly similarities: TermSimilarities,
    private readonly weights: readonly number[],
    private readonly at: readonly number[],
    private readonly rows: ReadonlyArray<WordRows | undefined>,
  ) {
    this.total = weights.reduce((a, b) => a + b, 0);
  }

  /**
   * The best alignment among the paragraph's sentences, 0..1. `ids`/`starts` are its sentence term ids
   * (`SentenceTerms.of`); its exact matches start at `exactAt` in `similarities.exact.values`, one
   * value per sentence and query word.
   */
  best(position: number, ids: readonly number[], starts: readonly number[], exactAt: number): number {
    this.align(position, ids, starts, exactAt);
    return this.aligned;
  }

  /** What the latest `align` call found (`best`'s value). */
  aligned = 0;

  /**
   * `best`, its value left in `aligned`: V8 does not inline this loop into the re-ranking, and a double it returned was
   * a number boxed on the heap for every candidate of an aligned query (issue 13 round 55).
   */
  align(position: number, ids: readonly number[], starts: readonly number[], exactAt: number): void {
    if (this.total === 0) {
      this.aligned = 0;
      return;
    }
    const count = starts.length - 1;
    const n = this.weights.length;
    if (QueryAlignment.scratch.length < count) QueryAlignment.scratch = doubles(count * 2);
    const sums = QueryAlignment.scratch;
    const exact = this.similarities.exact.values;
    const floor = ALIGNMENT.floor;
    const first = this.similarities.firstSentence(position);
    for (let i = 0; i < count; i++) sums[i] = 0;
    for (let w = 0; w < n; w++) {
      const weight = this.weights[w]!;
      if (weight === 0) continue;
      const rows = this.rows[w];
      if (!rows) {
        // No vector for the word: only its exact matches count.
        for (let i = 0, e = exactAt + w; i < count; i++, e += n) sums[i] = sums[i]! + weight * exact[e]!;
        continue;
      }
      const soft = rows.sentences;
      for (let i = 0, e = exactAt + w; i < count; i++, e += n) {
        let s = soft[first + i]!;
        if (s === UNKNOWN) s = this.similarities.sentenceSimilarity(rows, this.at[w]!, first + i, ids, starts[i]!, starts[i + 1]!);
        const x = exact[e]!;
        sums[i] = sums[i]! + weight * (s >= floor && s > x ? s : x);
      }
    }
    let best = 0;
    for (let i = 0; i < count; i++) if (sums[i]! > best) best = sums[i]!;
    this.aligned = best / this.total;
  }
}

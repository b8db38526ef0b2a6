/**
 * The report's sentence terms as small integers, for re-ranking: every query scores the sentences of
 * its ~30 best paragraphs, and comparing integers in arrays is several times cheaper than
 * looking each sentence word up in a map of the query's terms. The ids are made when the index is
 * built (`sentenceTermTables`); a paragraph's are parsed from the saved index the first time a query
 * reaches it, so start-up pays nothing.
 */
import { type IndexedSentence, type ParagraphTermIds, paragraphTermIdsOf, type ReportIndex } from './built-index.js';
import { termOf } from './analysis.js';
import { savedTermPositions } from './bm25-index.js';
import { smallIntegers } from './plain-arrays.js';

/** Terms that state a figure: digits, and the number words the index keeps as terms. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million billion dozen'
    .split(' ')
    .map((w) => termOf(w)!),
);
export const isFigure = (term: string) => /^\d/.test(term) || NUMBER_WORDS.has(term);

/** Whether a figure stands at most `gap` terms before `term` in a sentence's terms ("258 labor inspectors"). */
export function figureBefore(terms: readonly string[], term: string, gap: number): boolean {
  for (let i = terms.indexOf(term); i >= 0; i = terms.indexOf(term, i + 1)) {
    for (let j = Math.max(0, i - gap); j < i; j++) if (isFigure(terms[j]!)) return true;
  }
  return false;
}

/**
 * A paragraph's sentences: the term ids of all of them in a row, and where each sentence starts (one more entry than
 * sentences). Plain arrays of small integers, not typed arrays: once a buffer has been detached in the process (as in
 * the bot), each typed-array access carries a check that plain arrays do not need (`plain-arrays.ts`).
 */
export interface ParagraphTerms {
  ids: readonly number[];
  starts: readonly number[];
  /**
   * Each sentence's flags the sentence ranking reads (`SENTENCE_FLAGS`), copied from its
   * `IndexedSentence`: scoring reads them from here, beside the ids, not from an object per sentence.
   */
  flags: readonly number[];
}

/** Bits of `ParagraphTerms.flags`: the sentence states a quantity, what the law provides, a date. */
export const SENTENCE_FLAGS = { quantity: 1, law: 2, date: 4 } as const;

/** A sentence's `SENTENCE_FLAGS`. */
function flagsOf(s: IndexedSentence): number {
  return (s.quantity ? SENTENCE_FLAGS.quantity : 0) | (s.law ? SENTENCE_FLAGS.law : 0) | (s.date ? SENTENCE_FLAGS.date : 0);
}

/**
 * Every paragraph's sentences as term ids (`ParagraphTermIds`), for the index: a term's id is its
 * position in `indexTerms` (the BM25 index's terms), or past them in `only` for a sentence term they
 * lack (none when both read the same text).
 */
export function sentenceTermTables(paragraphs: readonly IndexedSentence[][], indexTerms: readonly string[]): { rows: ParagraphTermIds[]; only: string[] } {
  const idOf = new Map(indexTerms.map((term, i) => [term, i]));
  const only: string[] = [];
  const id = (term: string) => {
    let found = idOf.get(term);
    if (found === undefined) {
      idOf.set(term, (found = indexTerms.length + only.length));
      only.push(term);
    }
    return found;
  };
  const rows = paragraphs.map((sentences): ParagraphTermIds => {
    const starts = [0];
    const ids: number[] = [];
    for (const s of sentences) {
      for (const term of s.terms) ids.push(id(term));
      starts.push(ids.length);
    }
    return [starts, sentences.map(flagsOf), ids];
  });
  return { rows, only };
}

export class SentenceTerms {
  /** Term → id: the BM25 index's positions (`savedTermPositions`, one map for both), then `only`'s. */
  private readonly indexIds: ReadonlyMap<string, number>;
  private readonly indexTerms: readonly string[];
  private readonly only: readonly string[];
  private readonly paragraphs: Array<ParagraphTerms | undefined> = [];
  /** Per term id: the current query's slot for it, -1 for none; see `beginQuery`. */
  // One array read per term, not a slot and a generation stamp: sentence scoring reads it for every
  // term of ~30 paragraphs.
  private readonly slot: number[];
  /**
   * Per term id, one bit: set when the current query gave the id a slot. Sentence scoring asks about
   * every term of ~30 paragraphs and most are no query term: at 512 ids per 64-byte cache line, this
   * stays in a few lines where the slots above spread over many (the slot read was a fifth of scoring).
   */
  private readonly member: number[];
  /**
   * The ids the current query has given slots (the first `assignedCount`), to clear when the next one begins. Written
   * over from index 0, not emptied: `length = 0` let go of the backing store, and each query's pushes made one again
   * (room for 17 ids, more past them: ~0.2 KB of a warm query's garbage; issue 13 round 55).
   */
  private readonly assigned: number[] = [];
  private assignedCount = 0;
  /** Per term id: 2 when the term states a figure ("258", "seven"), 1 when not, 0 until first asked. */
  private readonly figure: Uint8Array;
  private generation = 0;
  /**
   * Per paragraph, its sentences' scores as the query of generation `by` gave them (`QueryScorer`
   * keeps them here, read again for excerpts): stamped arrays, not a Map made and grown per query.
   */
  readonly scored: { scores: Array<number[] | undefined>; by: Int32Array };

  constructor(private readonly index: ReportIndex) {
    const paragraphs = index.sentences.length;
    this.scored = { scores: new Array<number[] | undefined>(paragraphs).fill(undefined), by: new Int32Array(paragraphs) };
    this.indexIds = savedTermPositions(index.miniSearch);
    this.indexTerms = index.miniSearch.terms;
    this.only = index.sentenceOnlyTerms;
    const size = this.indexTerms.length + this.only.length;
    this.slot = smallIntegers(size, -1);
    this.member = smallIntegers((size >> 5) + 1, 0);
    this.figure = new Uint8Array(size);
  }

  /** The id of a term of the report's sentences. */
  private idOf(term: string): number {
    const id = this.indexIds.get(term);
    return id === undefined ? this.indexTerms.length + this.only.indexOf(term) : id;
  }

  /** The paragraph's sentence term ids (the index's arrays, parsed on first use). */
  of(position: number): ParagraphTerms {
    let table = this.paragraphs[position];
    if (table) return table;
    // Parsed from JSON or built by `sentenceTermTables`, each array holds small integers only and is packed.
    const [starts, flags, ids] = paragraphTermIdsOf(this.index, position);
    table = { ids, starts, flags };
    this.paragraphs[position] = table;
    return table;
  }

  /**
   * Starts a query: from now on `slotOf` answers for the terms given to `assign` (and -1 for every
   * other), clearing only the previous query's slots. Returns the query's generation; a scorer checks
   * it (`current`) so a stale scorer (one created before the latest query on this report) fails loudly
   * instead of reading another query's slots.
   */
  beginQuery(): number {
    for (let i = 0; i < this.assignedCount; i++) {
      const id = this.assigned[i]!;
      this.slot[id] = -1;
      // Every id with a bit in this word is among the assigned, cleared here too.
      this.member[id >> 5] = 0;
    }
    this.assignedCount = 0;
    return ++this.generation;
  }

  /** Gives `term` the query slot `slot` (a term the report's sentences never use is ignored). */
  assign(generation: number, term: string, slot: number): void {
    if (!Object.hasOwn(this.index.sentenceFrequency, term)) return;
    if (generation !== this.generation) throw new Error('query slots assigned for a query that is no longer the latest');
    const id = this.idOf(term);
    this.slot[id] = slot;
    this.member[id >> 5]! |= 1 << (id & 31);
    if (this.assignedCount < this.assigned.length) this.assigned[this.assignedCount] = id;
    else this.assigned.push(id);
    this.assignedCount++;
  }

  /** The current query's slot of term id `id`, or -1 when it has no such term (callers check `current` first). */
  slotOf(id: number): number {
    return this.slot[id]!;
  }

  /** `slotOf` for every id at once: the current query's slots by term id. */
  slots(): readonly number[] {
    return this.slot;
  }

  /**
   * Whether the current query gave each id a slot, one bit per id (id `i`: bit `i & 31` of word
   * `i >> 5`): where `slots()` is not -1.
   */
  members(): readonly number[] {
    return this.member;
  }

  /** Whether term id `id` states a figure (digits or a number word). */
  isFigure(id: number): boolean {
    let figure = this.figure[id]!;
    if (figure === 0) this.figure[id] = figure = isFigure(this.termOf(id)) ? 2 : 1;
    return figure === 2;
  }

  /** The term of id `id`. */
  termOf(id: number): string {
    return id < this.indexTerms.length ? this.indexTerms[id]! : this.only[id - this.indexTerms.length]!;
  }

  /** How many term ids there are (they are 0 to size − 1). */
  get size(): number {
    return this.slot.length;
  }

  /** The current query's generation, to check a scorer is still the latest. */
  get current(): number {
    return this.generation;
  }
}

const tables = new WeakMap<ReportIndex, SentenceTerms>();

/** The (one) term table of a report's index. */
export function sentenceTermsOf(index: ReportIndex): SentenceTerms {
  let table = tables.get(index);
  if (!table) {
    table = new SentenceTerms(index);
    tables.set(index, table);
  }
  return table;
}

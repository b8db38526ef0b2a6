/**
 * MiniSearch's BM25 search, for exact terms combined with OR, computed straight from the index as
 * MiniSearch saves it (`toJSON`). `MiniSearch.loadJS` rebuilds a radix tree and a Map per term and
 * field before the first query — most of a one-shot `hr search`'s index load — although our queries
 * never use prefix or fuzzy matching. Here a term's postings are read from the saved object the first
 * time a query names the term. Scores and order are MiniSearch's own, to the last bit (the same
 * arithmetic in the same order; tests/search/bm25-index.test.ts compares the two).
 */
import type { AsPlainObject } from 'minisearch';
import { sortByKeyDescending } from './order.js';
import { doubles, smallIntegers } from './plain-arrays.js';

/** MiniSearch's BM25 parameters (`searchOptions.bm25`). */
export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

export interface Bm25Query {
  /** Index terms, already analysed, in query order. */
  terms: readonly string[];
  /** Field name → boost (MiniSearch's `boost`); fields not named count 1. */
  boost?: Readonly<Record<string, number>>;
  /** A term's boost (MiniSearch's `boostTerm`). Default 1. */
  boostTerm?: (term: string) => number;
  bm25: Bm25Params;
  /** Keep only documents whose id passes (MiniSearch's `filter`). */
  filter?: (id: number) => boolean;
  /** Term → documents (by id) whose `text` field is not to count it (an expansion met there only inside a name). */
  exclude?: ReadonlyMap<string, readonly number[]>;
}

/**
 * BM25's matches, best first: `ids[0, count)` with their `scores` (scratch of the index that returned them). Plain
 * arrays, as all of a query's scratch here: typed arrays' accesses each check for a detached buffer once one has been
 * detached in the process, as in the bot (`plain-arrays.ts`).
 */
export interface Bm25Results {
  count: number;
  ids: number[];
  scores: number[];
  /** How many rankings the index has made: each writes over these arrays (absent in results made by hand). */
  rankings?: number;
}

/** `BM25Index#rank`'s postings left out for a query without exclusions: none. */
const NOTHING_EXCLUDED: ReadonlyMap<string, Array<FieldPostings | undefined>> = new Map();

/** Documents containing a term in one field, by short id, with the term's frequency in each. */
interface FieldPostings {
  docs: number[];
  frequencies: number[];
  /**
   * Each document's `calcBM25Score` for this term and field (idf and length normalisation included),
   * for the `k`, `b` and `d` it was computed with: a query only multiplies it by the term's and the
   * field's boosts. Made when a query first reaches the term, made again for other parameters.
   */
  scores: { k: number; b: number; d: number; values: number[] } | undefined;
}

/**
 * MiniSearch's saved index (`toJSON`) with its postings compacted: `terms[i]`'s postings are
 * `postings[i]`, numbers separated by spaces — for each field holding the term (ascending field id),
 * the field id, the number of documents, then each document's short id and the term's frequency
 * (ascending short id, the order MiniSearch's saved objects enumerate in). Parsing MiniSearch's own form,
 * an object per term and per field keyed by integers, was two thirds of parsing a report's index
 * (~4 of ~6 ms); a string per term is read only when a query names the term.
 */
export interface SavedBm25Index extends Omit<AsPlainObject, 'index'> {
  terms: string[];
  postings: string[];
}

/** `js` (MiniSearch's `toJSON`) with its postings compacted (`SavedBm25Index`). */
export function compactIndex(js: AsPlainObject): SavedBm25Index {
  const { index, ...rest } = js;
  const terms: string[] = [];
  const postings: string[] = [];
  for (const [term, data] of index) {
    const numbers: Array<string | number> = [];
    for (const [fieldId, entries] of Object.entries(data as Record<string, Record<string, number>>)) {
      const docs = Object.entries(entries);
      numbers.push(fieldId, docs.length);
      for (const [doc, frequency] of docs) numbers.push(doc, frequency);
    }
    terms.push(term);
    postings.push(numbers.join(' '));
  }
  return { ...rest, terms, postings };
}

const positions = new WeakMap<SavedBm25Index, ReadonlyMap<string, number>>();

/**
 * Term → its position in `js.terms` (and in `js.postings`), made once per saved index: the BM25 index
 * finds a term's postings by it, and the sentence tables (`SentenceTerms`) use the positions as term ids.
 */
export function savedTermPositions(js: SavedBm25Index): ReadonlyMap<string, number> {
  let map = positions.get(js);
  if (!map) {
    const made = new Map<string, number>();
    js.terms.forEach((term, i) => made.set(term, i));
    positions.set(js, (map = made));
  }
  return map;
}

export class Bm25Index {
  /** Term → its position in the saved postings. */
  private readonly saved: ReadonlyMap<string, number>;
  private readonly savedPostings: readonly string[];
  private readonly postings = new Map<string, Array<FieldPostings | undefined>>();
  private readonly ids: number[] = [];
  /** Field length by short id × field id, flattened. */
  private readonly fieldLengths: Float64Array;
  private readonly averageFieldLength: readonly number[];
  private readonly fields: Array<{ name: string; id: number }>;
  private readonly documentCount: number;
  // Per-query scratch, sized by short id and reused: queries run one at a time.
  private readonly total: number[];
  private readonly termScore: number[];
  private readonly matchedTerms: number[];
  private readonly inTerm: number[];
  /** Documents in the order they were first matched (for the whole query, and for the current term). */
  private readonly order: number[];
  private readonly termOrder: number[];
  /** The results in match order, their sorted places, and the results sorted (`rank`). */
  private readonly resultIds: number[];
  private readonly resultScores: number[];
  private readonly ranked: number[];
  private readonly mergeScratch: number[];
  private readonly results: Bm25Results;

  /** `fields`: the indexed fields in the order MiniSearch was given them (its `fields` option). */
  constructor(js: SavedBm25Index, fields: readonly string[]) {
    if (js.serializationVersion !== 2 || js.dirtCount !== 0) throw new Error('the saved search index has an unexpected format; rebuild it (npm run index)');
    this.documentCount = js.documentCount;
    this.averageFieldLength = js.averageFieldLength;
    this.fields = fields.map((name) => ({ name, id: js.fieldIds[name]! }));
    const slots = js.nextId;
    this.fieldLengths = new Float64Array(slots * this.averageFieldLength.length);
    for (const [shortId, id] of Object.entries(js.documentIds)) this.ids[Number(shortId)] = id as number;
    for (const [shortId, lengths] of Object.entries(js.fieldLength)) {
      lengths.forEach((length, fieldId) => (this.fieldLengths[Number(shortId) * this.averageFieldLength.length + fieldId] = length));
    }
    this.saved = savedTermPositions(js);
    this.savedPostings = js.postings;
    this.total = doubles(slots);
    this.termScore = doubles(slots);
    this.matchedTerms = smallIntegers(slots, 0);
    this.inTerm = smallIntegers(slots, 0);
    this.order = smallIntegers(slots, 0);
    this.termOrder = smallIntegers(slots, 0);
    this.resultIds = smallIntegers(slots, 0);
    this.resultScores = doubles(slots);
    this.ranked = smallIntegers(slots, 0);
    this.mergeScratch = smallIntegers(slots, 0);
    this.results = { count: 0, ids: smallIntegers(slots, 0), scores: doubles(slots), rankings: 0 };
  }

  /** Document ids and scores, best first, exactly as `MiniSearch#search` returns them for these options. */
  search(query: Bm25Query): Array<{ id: number; score: number }> {
    const { count, ids, scores } = this.rank(query);
    return Array.from({ length: count }, (_, i) => ({ id: ids[i]!, score: scores[i]! }));
  }

  /**
   * `search`'s results without an object per document (a query matches ~70 paragraphs here, up to
   * hundreds): ids and scores in scratch arrays, best first, ties in the order first matched, as
   * MiniSearch's stable sort leaves them. Valid until the next `rank` or `search` on this index.
   */
  rank(query: Bm25Query): Bm25Results {
    // A query with exclusions (few) gets the excluded documents left out of its terms' postings here, before the term
    // loop (`rankTerms`), which then runs the same code for every query. With the exclusion read in the loop, the first
    // query that had any ran operations the loop's optimised code had never seen run, and V8 threw that code away: in a
    // fresh `hr` over stdin, at the 26th question, and the loop ran unoptimised for the next 40–150 questions, until
    // compiled again behind the other jobs of the one compiler thread (docs/search-speed.md, issue 13 round 49).
    return this.rankTerms(query, query.exclude === undefined ? NOTHING_EXCLUDED : this.postingsExcluding(query.terms, query.exclude, query.bm25));
  }

  /** `rank`'s work: `without` holds, for a term some of whose documents are excluded, the postings left to it. */
  private rankTerms(query: Bm25Query, without: ReadonlyMap<string, Array<FieldPostings | undefined>>): Bm25Results {
    const { terms, boost = {}, boostTerm, bm25, filter } = query;
    const { total, termScore, matchedTerms, inTerm, order, termOrder } = this;
    let matched = 0;
    // A loop, not `forEach`: no closure and context made per query (issue 13 round 42).
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const termBoost = boostTerm ? boostTerm(term) : 1;
      const postings = without.get(term) ?? this.postingsOf(term);
      let termMatched = 0;
      for (const field of this.fields) {
        const fieldBoost = (Object.hasOwn(boost, field.name) ? boost[field.name] : undefined) || 1;
        const found = postings?.[field.id];
        if (!found) continue;
        const docs = found.docs;
        const scores = this.scoresOf(found, field.id, bm25);
        // MiniSearch: termWeight (1 for an exact match) × termBoost × fieldBoost × docBoost (1) × rawScore.
        const weight = 1 * termBoost * fieldBoost * 1;
        for (let j = 0; j < docs.length; j++) {
          const doc = docs[j]!;
          const weighted = weight * scores[j]!;
          if (inTerm[doc]) termScore[doc] = termScore[doc]! + weighted;
          else {
            inTerm[doc] = 1;
            termScore[doc] = weighted;
            termOrder[termMatched++] = doc;
          }
        }
      }
      // A repeated term adds its score again but is one matched term (MiniSearch's unique `terms`).
      const firstTime = terms.indexOf(term) === i;
      for (let j = 0; j < termMatched; j++) {
        const doc = termOrder[j]!;
        inTerm[doc] = 0;
        if (matchedTerms[doc] === 0) {
          total[doc] = termScore[doc]!;
          matchedTerms[doc] = 1;
          order[matched++] = doc;
        } else {
          total[doc] = total[doc]! + termScore[doc]!;
          if (firstTime) matchedTerms[doc] = matchedTerms[doc]! + 1;
        }
      }
    }
    // Kept documents in match order (`resultIds`, `resultScores`), then their places sorted into `ranked`.
    const { resultIds, resultScores, ranked } = this;
    let count = 0;
    for (let j = 0; j < matched; j++) {
      const doc = order[j]!;
      const id = this.ids[doc]!;
      const score = total[doc]! * (matchedTerms[doc]! || 1);
      matchedTerms[doc] = 0;
      if (filter && !filter(id)) continue;
      resultIds[count] = id;
      resultScores[count] = score;
      ranked[count] = count;
      count++;
    }
    // Larger first, an equal score by match order: the order MiniSearch's stable sort gives.
    sortByKeyDescending(ranked, count, resultScores, this.mergeScratch);
    const { ids, scores } = this.results;
    for (let i = 0; i < count; i++) {
      ids[i] = resultIds[ranked[i]!]!;
      scores[i] = resultScores[ranked[i]!]!;
    }
    this.results.count = count;
    this.results.rankings!++;
    return this.results;
  }

  /**
   * For each of `terms` that `exclude` names, its postings with the documents excluded from its `text` field left out
   * (the rest as they are, and each kept document's score as `scoresOf` gives it, in the same order), so that `rankTerms`
   * adds up exactly what it added when it skipped those documents itself.
   */
  private postingsExcluding(terms: readonly string[], exclude: ReadonlyMap<string, readonly number[]>, bm25: Bm25Params): ReadonlyMap<string, Array<FieldPostings | undefined>> {
    const without = new Map<string, Array<FieldPostings | undefined>>();
    const text = this.fields.find((field) => field.name === 'text');
    if (text === undefined) return without;
    for (const term of terms) {
      const excluded = exclude.get(term);
      if (excluded === undefined || without.has(term)) continue;
      const byField = this.postingsOf(term);
      const found = byField?.[text.id];
      if (byField === undefined || found === undefined) continue;
      const scores = this.scoresOf(found, text.id, bm25);
      const keep: number[] = [];
      for (let j = 0; j < found.docs.length; j++) if (!excluded.includes(this.ids[found.docs[j]!]!)) keep.push(j);
      // Packed arrays of the elements kinds every other term's postings have (`plain-arrays.ts`, round 46).
      const kept: FieldPostings = { docs: [], frequencies: [], scores: { k: bm25.k, b: bm25.b, d: bm25.d, values: doubles(keep.length) } };
      for (let n = 0; n < keep.length; n++) {
        kept.docs.push(found.docs[keep[n]!]!);
        kept.frequencies.push(found.frequencies[keep[n]!]!);
        kept.scores!.values[n] = scores[keep[n]!]!;
      }
      // `slice` keeps the array's elements kind, so the term loop reads it as it reads every other term's.
      const copy = byField.slice();
      copy[text.id] = kept;
      without.set(term, copy);
    }
    return without;
  }

  /**
   * Each document's raw BM25 score for the term and field of `found` (`FieldPostings.scores`): what
   * MiniSearch's `calcBM25Score` returns for it, the same operations in the same order, so a query
   * multiplying it by the boosts gets MiniSearch's score to the bit.
   */
  private scoresOf(found: FieldPostings, fieldId: number, { k, b, d }: Bm25Params): number[] {
    const kept = found.scores;
    if (kept && kept.k === k && kept.b === b && kept.d === d) return kept.values;
    const { docs, frequencies } = found;
    const fieldCount = this.averageFieldLength.length;
    const average = this.averageFieldLength[fieldId]!;
    // The same for every document of the term and field.
    const idf = inverseDocumentFrequency(docs.length, this.documentCount);
    const values = doubles(docs.length);
    for (let j = 0; j < docs.length; j++) {
      const norm = lengthNorm(k, b, this.fieldLengths[docs[j]! * fieldCount + fieldId]!, average);
      values[j] = bm25Score(idf, frequencies[j]!, norm, d, k);
    }
    found.scores = { k, b, d, values };
    return values;
  }

  private readonly documents = new Map<string, readonly number[]>();

  /**
   * The documents (short ids, ascending) holding `term` in any field; none for a term the index lacks. Remembered: a
   * light verb's sense is read from which of its stand-ins share documents with the query's other words (query.ts).
   */
  documentsOf(term: string): readonly number[] {
    let docs = this.documents.get(term);
    if (docs) return docs;
    const byField = this.postingsOf(term);
    const all = new Set<number>();
    if (byField) for (const postings of byField) if (postings) for (const doc of postings.docs) all.add(doc);
    docs = [...all].sort((a, b) => a - b);
    if (this.documents.size >= 10_000) this.documents.clear();
    this.documents.set(term, docs);
    return docs;
  }

  /** A term's postings per field id, read from the saved index on first use. */
  private postingsOf(term: string): Array<FieldPostings | undefined> | undefined {
    const cached = this.postings.get(term);
    if (cached) return cached;
    const at = this.saved.get(term);
    if (at === undefined) return undefined;
    // Documents in ascending short id, as MiniSearch's own Maps hold them after loading.
    // The numbers as the strings `split` gives, converted where read: `map(Number)` made arrays of
    // more than one kind, and the term loop of `rank`, which inlines this, was thrown away on meeting
    // the second ("wrong map") and compiled twice (docs/search-speed.md, speed round 17).
    const numbers = this.savedPostings[at]!.split(' ');
    const byField: Array<FieldPostings | undefined> = [];
    for (let i = 0; i < numbers.length; ) {
      const fieldId = Number(numbers[i++]);
      const count = Number(numbers[i++]);
      // Packed arrays of small integers, filled by `push` (`plain-arrays.ts`).
      const postings: FieldPostings = { docs: [], frequencies: [], scores: undefined };
      for (let j = 0; j < count; j++) {
        postings.docs.push(Number(numbers[i++]));
        postings.frequencies.push(Number(numbers[i++]));
      }
      byField[fieldId] = postings;
    }
    this.postings.set(term, byField);
    return byField;
  }
}

/**
 * MiniSearch's `calcBM25Score`, term for term, given its `invDocFreq` (`inverseDocumentFrequency`) and
 * the document's length normalisation (`lengthNorm`): MiniSearch computes
 * `invDocFreq * (d + termFreq * (k + 1) / (termFreq + k * (1 - b + b * fieldLength / avgFieldLength)))`,
 * the same operations in the same order.
 */
function bm25Score(invDocFreq: number, termFreq: number, norm: number, d: number, k: number): number {
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + norm));
}

/** The term-independent part of `calcBM25Score`'s denominator, as MiniSearch computes it. */
function lengthNorm(k: number, b: number, fieldLength: number, avgFieldLength: number): number {
  return k * (1 - b + (b * fieldLength) / avgFieldLength);
}

/** The `invDocFreq` of MiniSearch's `calcBM25Score`, term for term: BM25's idf of a term in `matchingCount` of `totalCount` documents. */
export function inverseDocumentFrequency(matchingCount: number, totalCount: number): number {
  return Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
}

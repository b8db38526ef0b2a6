/**
 * Dense sentence vectors: each sentence of the report as the idf-weighted mean of its words' vectors,
 * built the first time a query scores a paragraph's (most queries never do, and a one-shot search should not pay
 * for them), and a query's cosine with them. A paraphrase that shares few words with the report
 * ("do cops beat suspects") can still be close in meaning to the right sentence.
 */
import { type ReportIndex, sentencesOf } from './built-index.js';
import type { ParsedQuery } from './query.js';
import type { WordVectors } from './word-vectors.js';

export class DenseSentences {
  /**
   * Unit vectors of every sentence, paragraph by paragraph; `start[p]` is paragraph p's first row. Made on first use, and
   * each paragraph's rows filled the first time it is scored (`filled[p]`): a query scores only its candidates, and filling
   * the whole report at a one-shot search's first dense score cost it ~20 ms (issue 13 round 59).
   */
  private table?: { rows: Float32Array; start: Int32Array; filled: Uint8Array };
  private readonly dimensions: number;
  private readonly idf: (term: string) => number;

  constructor(
    private readonly vectors: WordVectors,
    private readonly index: ReportIndex,
  ) {
    this.dimensions = vectors.dimensions;
    this.idf = (term: string) => Math.log(1 + index.sentenceCount / (1 + (index.sentenceFrequency[term] ?? 0)));
  }

  /** The table with paragraph `position`'s rows filled. */
  private sentenceRows(position: number): { rows: Float32Array; start: Int32Array } {
    const table = (this.table ??= this.emptyTable());
    if (table.filled[position] === 0) {
      this.fill(table.rows, table.start[position]!, position);
      table.filled[position] = 1;
    }
    return table;
  }

  private emptyTable(): { rows: Float32Array; start: Int32Array; filled: Uint8Array } {
    const counts = this.index.sentenceCounts;
    const start = new Int32Array(counts.length + 1);
    let count = 0;
    counts.forEach((n, p) => {
      start[p] = count;
      count += n;
    });
    start[counts.length] = count;
    return { rows: new Float32Array(count * this.dimensions), start, filled: new Uint8Array(counts.length) };
  }

  /** Paragraph `position`'s sentences as unit vectors into `rows` from row `row` on. */
  private fill(rows: Float32Array, row: number, position: number): void {
    const { vectors, index, dimensions: d } = this;
    for (const sentence of sentencesOf(index, position)) {
      for (const term of sentence.terms) {
        const at = vectors.indexOf(index.termWords[term] ?? term);
        if (at >= 0) vectors.addTo(at, this.idf(term), rows, row * d);
      }
      normalise(rows, row * d, d);
      row++;
    }
  }

  /** The query's vector from its typed words (idf-weighted like the sentences), or undefined when none has one. */
  queryVector(query: ParsedQuery): Float32Array | undefined {
    const out = new Float32Array(this.dimensions);
    let any = false;
    // Indexed loops: run once per query and seldom optimised, an array's iterator made a result object per step (issue 13 round 47).
    for (let k = 0; k < query.terms.length; k++) {
      const t = query.terms[k]!;
      if (t.origin === 'expanded') continue;
      const w = query.words[t.word];
      const at = this.vectors.indexOf(w?.word ?? '');
      if (at < 0) continue;
      this.vectors.addTo(at, this.idf(t.term) * t.weight, out, 0);
      any = true;
    }
    for (let k = 0; k < query.words.length; k++) {
      const w = query.words[k]!;
      if (w.known >= 1) continue;
      const at = this.vectors.indexOf(w.word);
      if (at >= 0) {
        this.vectors.addTo(at, this.idf(''), out, 0);
        any = true;
      }
    }
    return any && normalise(out, 0, this.dimensions) ? out : undefined;
  }

  /** The best cosine of the query vector with any sentence of paragraph `position`. */
  best(queryVector: Float32Array, position: number): number {
    const d = this.dimensions;
    const { rows, start } = this.sentenceRows(position);
    let best = -1;
    for (let r = start[position]!; r < start[position + 1]!; r++) {
      const o = r * d;
      let dot = 0;
      let i = 0;
      // Four products a step, added one by one in the same order (the same sum to the bit): fewer
      // loop checks in the one loop a dense-ranked query runs for every sentence of its candidates.
      for (; i + 3 < d; i += 4) {
        dot += queryVector[i]! * rows[o + i]!;
        dot += queryVector[i + 1]! * rows[o + i + 1]!;
        dot += queryVector[i + 2]! * rows[o + i + 2]!;
        dot += queryVector[i + 3]! * rows[o + i + 3]!;
      }
      for (; i < d; i++) dot += queryVector[i]! * rows[o + i]!;
      if (dot > best) best = dot;
    }
    return best;
  }
}

function normalise(v: Float32Array, offset: number, d: number): boolean {
  let sum = 0;
  for (let i = 0; i < d; i++) sum += v[offset + i]! ** 2;
  if (sum === 0) return false;
  const inv = 1 / Math.sqrt(sum);
  for (let i = 0; i < d; i++) v[offset + i]! *= inv;
  return true;
}

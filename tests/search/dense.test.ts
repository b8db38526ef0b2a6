import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DenseSentences } from '../../src/search/dense.js';
import { sentencesOf } from '../../src/search/built-index.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { REPORT_DIR } from '../helpers.js';

const vectors = WordVectors.load()!;
const report = readCurrentIndex(REPORT_DIR).index!.reports[0]!;

describe('dense sentence cosines', () => {
  it("gives each paragraph's best sentence cosine the one-product-a-step loop gives over rows built all at once, to the bit", () => {
    const dense = new DenseSentences(vectors, report);
    const { rows, start } = eagerRows();
    const d = vectors.dimensions;
    const reference = (query: Float32Array, position: number) => {
      let best = -1;
      for (let r = start[position]!; r < start[position + 1]!; r++) {
        let dot = 0;
        for (let i = 0; i < d; i++) dot += query[i]! * rows[r * d + i]!;
        if (dot > best) best = dot;
      }
      return best;
    };
    const paragraphs = start.length - 1;
    fc.assert(
      fc.property(fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: d, maxLength: d }), fc.nat(paragraphs - 1), (values, position) => {
        const query = Float32Array.from(values);
        expect(dense.best(query, position)).toBe(reference(query, position));
      }),
      { numRuns: 500 },
    );
  });

  // A query scores the sentences of its few dozen candidates; building every sentence's row at its first score was
  // ~20 ms of a one-shot off-topic question's first (docs/search-speed.md, issue 13 round 59).
  it('reads the word vectors of the sentences of only the paragraphs it scores', () => {
    let added = 0;
    const counting = Object.create(vectors) as WordVectors;
    counting.addTo = (...args: Parameters<WordVectors['addTo']>) => {
      added++;
      vectors.addTo(...args);
    };
    const dense = new DenseSentences(counting, report);
    const query = new Float32Array(vectors.dimensions).fill(1 / Math.sqrt(vectors.dimensions));
    const position = report.sentenceCounts.findIndex((n) => n > 1);
    const words = sentencesOf(report, position).reduce((sum, sentence) => sum + sentence.terms.length, 0);
    dense.best(query, position);
    dense.best(query, position);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(words);
  });
});

/** Every sentence's unit vector, as the index's idf weights them: the table built in one pass. */
function eagerRows(): { rows: Float32Array; start: Int32Array } {
  const d = vectors.dimensions;
  const counts = report.sentenceCounts;
  const start = new Int32Array(counts.length + 1);
  for (let p = 0; p < counts.length; p++) start[p + 1] = start[p]! + counts[p]!;
  const rows = new Float32Array(start[counts.length]! * d);
  const idf = (term: string) => Math.log(1 + report.sentenceCount / (1 + (report.sentenceFrequency[term] ?? 0)));
  let row = 0;
  for (let p = 0; p < counts.length; p++) {
    for (const sentence of sentencesOf(report, p)) {
      for (const term of sentence.terms) {
        const at = vectors.indexOf(report.termWords[term] ?? term);
        if (at >= 0) vectors.addTo(at, idf(term), rows, row * d);
      }
      let sum = 0;
      for (let i = 0; i < d; i++) sum += rows[row * d + i]! ** 2;
      if (sum > 0) for (let i = 0; i < d; i++) rows[row * d + i]! *= 1 / Math.sqrt(sum);
      row++;
    }
  }
  return { rows, start };
}

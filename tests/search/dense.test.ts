import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DenseSentences } from '../../src/search/dense.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { REPORT_DIR } from '../helpers.js';

const vectors = WordVectors.load()!;
const report = readCurrentIndex(REPORT_DIR).index!.reports[0]!;

describe('dense sentence cosines', () => {
  it("gives each paragraph's best sentence cosine the one-product-a-step loop gives, to the bit", () => {
    const dense = new DenseSentences(vectors, report);
    const { rows, start } = (dense as unknown as { sentenceRows(): { rows: Float32Array; start: Int32Array } }).sentenceRows();
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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/search/coverage.js';

describe("a cleaned query's word count", () => {
  it("is the length of the query split at spaces, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', 'a', 'b', '\t', "'", '-') }), (text) => {
        expect(wordCount(text)).toBe(text.split(' ').length);
      }),
      { numRuns: 1000 },
    );
    expect(wordCount('')).toBe(1);
    expect(wordCount('is torture common in prisons')).toBe(5);
  });
});

describe("a parsed query's terms", () => {
  it('name each term once, in the order first added (a list searched from its start, as the Map kept them)', async () => {
    const { readFileSync } = await import('node:fs');
    const { readCurrentIndex } = await import('../../src/search/index-build.js');
    const { parseQuery } = await import('../../src/search/query.js');
    const { Thesaurus } = await import('../../src/search/thesaurus.js');
    const { REPORT_DIR } = await import('../helpers.js');
    const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
    const vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set<string>(), thesaurus: Thesaurus.load() };
    const questions = readFileSync('bench/questions/in-scope.jsonl', 'utf8').trim().split('\n').slice(0, 200).map((l) => (JSON.parse(l) as { query: string }).query);
    for (const q of questions) {
      const terms = parseQuery(q, vocabulary).terms.map((t) => t.term);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });
});

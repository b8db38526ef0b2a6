import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { miniSearchOptions } from '../../src/search/analysis.js';
import { Bm25Index } from '../../src/search/bm25-index.js';
import { indexedParagraphs, readCurrentIndex } from '../../src/search/index-build.js';
import { defaultIndexDir, packageRoot } from '../../src/paths.js';

// `Bm25Query.exclude`: a term does not count in the `text` field of the documents it names (an expansion met there
// only inside a name). Few queries have any, so `rank` leaves those documents out of the terms' postings before its
// term loop, which runs the same code for every query (docs/search-speed.md, issue 13 round 49).
const report = readCurrentIndex(defaultIndexDir()).index!.reports[0]!;
const index = new Bm25Index(report.miniSearch, miniSearchOptions().fields);
const miniSearch = new MiniSearch(miniSearchOptions());
miniSearch.addAll(indexedParagraphs(report.report));
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const boost = { headings: 0.3 };

/** Terms of the report that no heading holds, in at least `min` paragraphs. */
function textOnlyTerms(min: number): string[] {
  return report.miniSearch.terms.filter((t) => miniSearch.search(t, { fields: ['headings'], tokenize: (s) => [s], processTerm: (s) => s }).length === 0 && miniSearch.search(t, { tokenize: (s) => [s], processTerm: (s) => s }).length >= min);
}

const scoresOf = (results: Array<{ id: number; score: number }>) => new Map(results.map((r) => [r.id, r.score]));

describe('BM25 exclusions', () => {
  it('a term excluded from some documents scores in them as if they did not hold it, and elsewhere as if nothing were excluded', () => {
    const terms = textOnlyTerms(6);
    expect(terms.length).toBeGreaterThan(20);
    for (let n = 0; n < 20; n++) {
      const a = terms[(n * 7) % terms.length]!;
      const b = terms[(n * 13 + 5) % terms.length]!;
      if (a === b) continue;
      const holdingB = index.search({ terms: [b], boost, bm25 }).map((r) => r.id);
      const excluded = holdingB.filter((_, i) => i % 2 === n % 2);
      const got = index.search({ terms: [a, b], boost, bm25, exclude: new Map([[b, excluded]]) });
      const both = scoresOf(index.search({ terms: [a, b], boost, bm25 }));
      const onlyA = scoresOf(index.search({ terms: [a], boost, bm25 }));
      const expected = new Map([...both].filter(([id]) => !excluded.includes(id)));
      for (const id of excluded) if (onlyA.has(id)) expected.set(id, onlyA.get(id)!);
      expect(scoresOf(got)).toEqual(expected);
      // Best first.
      for (let i = 1; i < got.length; i++) expect(got[i - 1]!.score).toBeGreaterThanOrEqual(got[i]!.score);
    }
  });

  it("the term loop's optimised code survives the first query with exclusions", () => {
    // A child under --allow-natives-syntax: the loop optimised after queries without exclusions, then one with.
    const dist = (path: string) => pathToFileURL(join(packageRoot(), 'dist', 'src', path)).href;
    const script = `
      const { Bm25Index } = await import(${JSON.stringify(dist('search/bm25-index.js'))});
      const { readCurrentIndex } = await import(${JSON.stringify(dist('search/index-build.js'))});
      const { miniSearchOptions } = await import(${JSON.stringify(dist('search/analysis.js'))});
      const { defaultIndexDir } = await import(${JSON.stringify(dist('paths.js'))});
      const report = readCurrentIndex(defaultIndexDir()).index.reports[0];
      const index = new Bm25Index(report.miniSearch, miniSearchOptions().fields);
      const proto = Object.getPrototypeOf(index);
      // The function holding the term loop.
      const loop = proto.rankTerms ?? proto.rank;
      const terms = ${JSON.stringify(textOnlyTerms(6).slice(0, 4))};
      // One shape for every query, as the service makes them (one of another shape, or another literal's, would throw the code away too).
      const boost = { headings: 0.3 };
      const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
      const queryOf = (terms, exclude) => ({ terms, boost, bm25, exclude });
      const query = queryOf(terms, undefined);
      const some = index.search(queryOf([terms[1]], undefined)).map((r) => r.id).slice(0, 2);
      %PrepareFunctionForOptimization(loop);
      for (let i = 0; i < 20; i++) index.rank(query);
      %OptimizeFunctionOnNextCall(loop);
      index.rank(query);
      const before = %GetOptimizationStatus(loop);
      index.rank(queryOf(terms, new Map([[terms[1], some]])));
      index.rank(query);
      const after = %GetOptimizationStatus(loop);
      // V8's status bit 4: optimised code.
      console.log(JSON.stringify({ before: (before & 16) !== 0, after: (after & 16) !== 0 }));
    `;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: true, after: true });
  });
});

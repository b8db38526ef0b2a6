import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { miniSearchOptions } from '../../src/search/analysis.js';
import { Bm25Index } from '../../src/search/bm25-index.js';
import { indexedParagraphs, readCurrentIndex } from '../../src/search/index-build.js';
import { defaultIndexDir } from '../../src/paths.js';

const report = readCurrentIndex(defaultIndexDir()).index!.reports[0]!;
const saved = report.miniSearch;
// MiniSearch itself over the same paragraphs, indexed as the build indexes them.
const miniSearch = new MiniSearch(miniSearchOptions());
miniSearch.addAll(indexedParagraphs(report.report));
const index = new Bm25Index(saved, miniSearchOptions().fields);
const vocabulary = saved.terms;

/** The same query through MiniSearch itself, as the service used to ask it. */
function viaMiniSearch(terms: string[], boostTerm: (t: string) => number, headings: number, filter: (id: number) => boolean, bm25 = { k: 1.2, b: 0.7, d: 0.5 }) {
  return miniSearch
    .search(terms.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      boost: { headings },
      bm25,
      boostTerm,
      filter: (r) => filter(r.id as number),
    })
    .map((r) => ({ id: r.id as number, score: r.score }));
}

describe('BM25 over the saved index', () => {
  it('holds every term MiniSearch holds', () => {
    expect(saved.terms.length).toBe(miniSearch.termCount);
  });

  it('ranks and scores exactly as MiniSearch does, repeated and unknown terms included, whichever BM25 parameters each query brings', () => {
    // A fixed-seed generator: 500 random queries, the same ones every run.
    let seed = 42;
    const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const words = [...vocabulary, 'zzunknown', 'tortur'];
    for (let run = 0; run < 500; run++) {
      const terms = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(words));
      if (run % 5 === 0) terms.push(terms[0]!);
      const boosts = new Map(terms.map((t) => [t, random() < 0.3 ? 1 : random() * 2]));
      const boostTerm = (t: string) => boosts.get(t) ?? 1;
      const headings = pick([0.3, 1, 0]);
      const modulus = 1 + Math.floor(random() * 5);
      const filter = (id: number) => id % modulus !== 1;
      // Mostly the service's parameters; now and then others, which the length normalisations kept for the last ones must not answer.
      const bm25 = run % 7 === 3 ? pick([{ k: 2, b: 0.7, d: 0.5 }, { k: 1.2, b: 0.3, d: 0 }, { k: 1.2, b: 0.7, d: 1 }]) : { k: 1.2, b: 0.7, d: 0.5 };
      const ours = index.search({ terms, boost: { headings }, bm25, boostTerm, filter });
      expect(ours).toEqual(viaMiniSearch(terms, boostTerm, headings, filter, bm25));
    }
  });

  it('counts on the results it returns each ranking that writes over them, so a list reading them in place can tell', () => {
    const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
    const first = index.rank({ terms: ['tortur'], bm25 });
    const made = first.rankings;
    const second = index.rank({ terms: ['prison'], bm25 });
    expect(second).toBe(first);
    expect(second.rankings).toBe(made! + 1);
  });

  it('finds nothing for terms the report never uses', () => {
    expect(index.search({ terms: ['zzunknown'], bm25: { k: 1.2, b: 0.7, d: 0.5 } })).toEqual([]);
  });
});

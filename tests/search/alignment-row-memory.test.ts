import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TERM_ROWS, MAX_WORDS } from '../../src/search/alignment.js';
import { loadOrBuildIndex } from '../../src/search/index-build.js';
import { REPORT_DIR } from '../helpers.js';
import { alignmentProbe } from './alignment-probe.js';

// Each query word's similarities are remembered in two arrays outside V8's heap (~25 KB). Past the cap the
// first-remembered word's arrays are refilled for the new word instead of new ones being made, so a public
// bot's stream of new words leaves no garbage awaiting a full collection (issue 13 round 35).
describe("soft alignment's remembered rows", () => {
  afterEach(() => vi.unstubAllGlobals());

  const index = loadOrBuildIndex(REPORT_DIR).reports[0]!;
  const { words, table: newTable, alignment, fresh } = alignmentProbe(index);
  const paragraphs = index.sentenceCounts.length;

  it('makes no new rows for new words once it remembers its cap of words', () => {
    expect(words.length).toBeGreaterThan(3 * MAX_WORDS);
    const table = newTable();
    for (let i = 0; i < MAX_WORDS; i++) alignment(table, [words[i]!], i % paragraphs);
    let made = 0;
    const Real = Float32Array;
    vi.stubGlobal('Float32Array', new Proxy(Real, { construct: (target, args) => (made++, Reflect.construct(target, args)) }));
    for (let i = MAX_WORDS; i < 3 * MAX_WORDS; i++) alignment(table, [words[i]!], i % paragraphs);
    expect(made).toBe(0);
  });

  // A word's term row (a value per term id) is three quarters of what it keeps; only the words used last keep one,
  // the sentences' row being what a warm query reads (issue 13 round 52).
  it('keeps a term row for at most its cap of words, each word its sentences\' row', () => {
    const table = newTable();
    let made = 0;
    const Real = Float32Array;
    vi.stubGlobal('Float32Array', new Proxy(Real, { construct: (target, args) => (made++, Reflect.construct(target, args)) }));
    for (let i = 0; i < MAX_WORDS; i++) alignment(table, [words[i]!], i % paragraphs);
    expect(MAX_TERM_ROWS).toBeLessThan(MAX_WORDS);
    expect(made).toBe(MAX_WORDS + MAX_TERM_ROWS);
  });

  it('gives the same alignment from refilled rows as a table that remembers nothing', () => {
    const table = newTable();
    for (let i = 0; i < 2 * MAX_WORDS + 17; i++) alignment(table, [words[(i * 7) % words.length]!], i % paragraphs);
    // Words asked again on other paragraphs, some of them since without a term row.
    for (let i = 0; i < 3 * MAX_TERM_ROWS; i++) alignment(table, [words[((i % 40) * 7) % words.length]!, words[(i * 7 + 1) % words.length]!], (i * 5 + 3) % paragraphs);
    for (let i = 0; i < 60; i++) {
      const queryWords = [words[(i * 131 + 5) % words.length]!, words[(i * 7) % words.length]!];
      const position = (i * 13) % paragraphs;
      expect(alignment(table, queryWords, position), queryWords.join(' ')).toBe(fresh(queryWords, position));
    }
  });

  it("never gives a word's rows to another word of the same query", () => {
    const table = newTable();
    for (let i = 0; i < MAX_WORDS; i++) alignment(table, [words[i]!], i % paragraphs);
    // The first-remembered word, asked again, then new words: each new word would take the oldest rows.
    const queryWords = [words[0]!, words[1]!, words[MAX_WORDS]!, words[MAX_WORDS + 1]!, words[MAX_WORDS + 2]!];
    for (let position = 0; position < Math.min(paragraphs, 40); position++) {
      expect(alignment(table, queryWords, position)).toBe(fresh(queryWords, position));
    }
  });
});

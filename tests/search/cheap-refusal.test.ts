/**
 * Cheap refusal first: input over the limits is refused before any analysis, and typo correction —
 * a pass over the whole vocabulary per unknown word — has a budget per query. Work is counted as
 * passes over the vocabulary (enumerations of `documentFrequency`), not timed.
 */
import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/analysis.js';
import { type BuiltIndex } from '../../src/search/built-index.js';
import { indexInMemory, readCurrentIndex } from '../../src/search/index-build.js';
import { MAX_TYPO_PASSES, MAX_UNKNOWN_WORDS, parseQuery, type Vocabulary } from '../../src/search/query.js';
import { createQueryService, MAX_QUERY_CHARS } from '../../src/search/service.js';
import { REPORT_DIR } from '../helpers.js';

/** `documentFrequency` and `termWords` that count how often either is walked end to end. */
function counted(
  documentFrequency: Record<string, number>,
  termWords: Record<string, string> = {},
): { frequencies: Record<string, number>; words: Record<string, string>; passes: () => number } {
  let passes = 0;
  const walk = <T extends object>(target: T): T =>
    new Proxy(target, {
      ownKeys(t) {
        passes++;
        return Reflect.ownKeys(t);
      },
    });
  return { frequencies: walk(documentFrequency), words: walk(termWords), passes: () => passes };
}

/** Distinct made-up words of eight letters: unknown to the report and to WordNet, so each asks for a correction. */
function gibberish(n: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from({ length: n }, (_, i) => {
    let w = '';
    for (let k = 0, x = i + 7919; k < 8; k++, x = Math.floor(x / 7) + k * 13) w += letters[x % letters.length];
    return `q${w}`;
  }).join(' ');
}

let built: BuiltIndex | undefined;
/** The real index with its vocabulary counted. */
function countedService() {
  built ??= readCurrentIndex(REPORT_DIR).index!;
  const report = built.reports[0]!;
  const { frequencies, words, passes } = counted(report.documentFrequency, report.termWords);
  const service = createQueryService(indexInMemory([{ ...report, documentFrequency: frequencies, termWords: words }], built.entries.map((e) => e.hash)));
  return { service, passes };
}

describe('refusing long input before analysing it', () => {
  it(`refuses a query longer than ${MAX_QUERY_CHARS} characters without a pass over the vocabulary`, () => {
    const { service, passes } = countedService();
    const answer = service.search(gibberish(240).slice(0, 2000));
    expect(answer).toMatchObject({ kind: 'error', code: 'query-too-long' });
    expect(passes()).toBe(0);
  });

  it('refuses a 100 KB query, a 100 KB section reference and a 100 KB prefix without analysing them', () => {
    const { service, passes } = countedService();
    const huge = 'torture '.repeat(12_800);
    expect(service.search(huge)).toMatchObject({ kind: 'error', code: 'query-too-long' });
    expect(service.section(huge)).toMatchObject({ kind: 'error', code: 'bad-argument' });
    expect(service.suggest(huge).length).toBeLessThanOrEqual(25);
    expect(passes()).toBe(0);
  });
});

describe('typo correction budget', () => {
  it(`makes at most ${MAX_TYPO_PASSES} passes over the vocabulary for one query, however many unknown words it has`, () => {
    // Word to word and, when that finds nothing, stem to stem: each pass counts.
    const { frequencies, words, passes } = counted({ tortur: 10, prison: 5 }, { tortur: 'torture', prison: 'prison' });
    const vocabulary: Vocabulary = { documentFrequency: frequencies, words, senses: () => null, ignored: new Set() };
    parseQuery(gibberish(55), vocabulary);
    expect(passes()).toBeGreaterThan(0);
    expect(passes()).toBeLessThanOrEqual(MAX_TYPO_PASSES);
  });

  it(`looks up at most ${MAX_UNKNOWN_WORDS} words the report does not use in WordNet (a search on disk each), however many the query has`, () => {
    let lookups = 0;
    const vocabulary: Vocabulary = { documentFrequency: { torture: 10 }, senses: () => (lookups++, null), ignored: new Set() };
    parseQuery(gibberish(55), vocabulary);
    expect(lookups).toBeGreaterThan(0);
    expect(lookups).toBeLessThanOrEqual(MAX_UNKNOWN_WORDS);
  });

  it('still corrects the first misspelt words of a query', () => {
    const wanted = [termOf('torture')!, termOf('prisoner')!];
    const vocabulary: Vocabulary = { documentFrequency: { [wanted[0]!]: 10, [wanted[1]!]: 5 }, senses: () => null, ignored: new Set() };
    const terms = parseQuery(`tortrue prisonr ${gibberish(30)}`, vocabulary).terms.map((t) => t.term);
    expect(terms).toEqual(wanted);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVICE, ADVICE_AFTER_STORY, AGE_QUESTION, COUNTRY_CHOICE, DEFINITION_QUESTION, DISTANCE_QUESTION, EDITION_ASKED, FORECAST, FORMAL_QUESTION, FUNDING_QUESTION, MEMBER_OF, META_TALK, MONEY_QUESTION, OPINION, PRICE_ASKED, ORIGIN_QUESTION, PENALTY_FOR, POPULATION_QUESTION, ROLE_OF, SHARE_QUESTION, SIZE_QUESTION, SPAN_ASKED, STEPS_ASKED, STOCK_COUNT, SUPERLATIVE_QUESTION, UPCOMING, WHO_IS_THE, WORLD_AT_LARGE } from '../../src/search/coverage.js';
import { GatedPattern, letterBits } from '../../src/search/gated-pattern.js';
import { ACTOR_QUESTION, AGENT_QUESTION, COUNT_QUESTION, CONDITION_QUESTION, DATE_QUESTION, DURATION_QUESTION, EVENT_CLAUSE, FACT_QUESTION, LARGEST_QUESTION, LAW_QUESTION, PENALTY_QUESTION, QUANTITY_QUESTION, UPPER_BOUND_QUESTION } from '../../src/search/query.js';
import { AGE_ASKED, PERMISSION_QUESTION } from '../../src/search/answer-kinds.js';
import { FILLER_WORDS } from '../../src/search/spoken.js';

const [META_COMMANDS, META_SOURCE, META_REACTION] = META_TALK;
const patterns = { LAW_QUESTION, PENALTY_QUESTION, AGENT_QUESTION, ACTOR_QUESTION, UPPER_BOUND_QUESTION, LARGEST_QUESTION, DURATION_QUESTION, EVENT_CLAUSE, FACT_QUESTION, PERMISSION_QUESTION, AGE_ASKED, DATE_QUESTION, CONDITION_QUESTION, COUNT_QUESTION, QUANTITY_QUESTION, ADVICE, ADVICE_AFTER_STORY, STOCK_COUNT, AGE_QUESTION, MONEY_QUESTION, PRICE_ASKED, FUNDING_QUESTION, WHO_IS_THE, ORIGIN_QUESTION, DEFINITION_QUESTION, PENALTY_FOR, ROLE_OF, DISTANCE_QUESTION, POPULATION_QUESTION, SIZE_QUESTION, SHARE_QUESTION, SUPERLATIVE_QUESTION, MEMBER_OF, SPAN_ASKED, STEPS_ASKED, OPINION, UPCOMING, FORECAST, WORLD_AT_LARGE, FORMAL_QUESTION, COUNTRY_CHOICE, EDITION_ASKED, META_COMMANDS, META_SOURCE, META_REACTION, FILLER_WORDS };

/** Every query of the bench's question sets. */
function benchQueries(): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'bench', 'questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { query: string }).query);
}

describe('GatedPattern', () => {
  // Read once: ~10,000 questions × 40 patterns. Disagreements are collected and compared once, as one expect per
  // question and pattern made these two tests ~20 times slower (past the timeout on a loaded machine).
  const queries = benchQueries();

  it('answers every question pattern exactly as the pattern alone, on the bench questions', () => {
    expect(queries.length).toBeGreaterThan(300);
    const disagreements: string[] = [];
    const unmatched: string[] = [];
    for (const [name, gated] of Object.entries(patterns)) {
      let matched = 0;
      for (const q of queries) {
        const expected = gated.pattern.test(q);
        if (gated.test(q) !== expected) disagreements.push(`${name}: ${q}`);
        if (expected) matched++;
      }
      // The set exercises each pattern both ways.
      if (matched === 0) unmatched.push(name);
    }
    expect(disagreements).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it('finds the same groups as the pattern alone, on the bench questions', () => {
    const disagreements: string[] = [];
    for (const [name, gated] of Object.entries(patterns)) {
      for (const q of queries) {
        const got = gated.exec(q)?.slice();
        const expected = gated.pattern.exec(q)?.slice();
        if (JSON.stringify(got) !== JSON.stringify(expected)) disagreements.push(`${name}: ${q}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('answers every question pattern exactly as the pattern alone, for texts built from its own words in any case', () => {
    for (const [name, gated] of Object.entries(patterns)) {
      // The pattern's letters in runs (its alternatives, and fragments of them), spaces of several kinds,
      // and characters whose case folding differs between toLowerCase and the i flag (Kelvin sign, dotted İ, long s).
      const words = [...new Set(gated.pattern.source.match(/[a-z]+/g) ?? [])];
      const piece = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...words).map((w) => w.toUpperCase()),
        fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)),
        fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '?', "'", '-', 'x', 'İ', '\u212A', 'ſ', 'ß', 'é'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
          const text = parts.join(parts.length % 2 ? ' ' : '');
          return gated.test(text) === gated.pattern.test(text);
        }),
        { numRuns: 3000, examples: [[['how', 'many']], [['When', 'does']], [['is', 'it', 'legal']]] },
      );
      expect(name).toBeTruthy();
    }
  });

  it('never runs the pattern on a text without any of its words', () => {
    const pattern = /\b(?:how\s+many|number\s+of)\b/i;
    let runs = 0;
    const test = pattern.test.bind(pattern);
    pattern.test = (s: string) => {
      runs++;
      return test(s);
    };
    const gated = new GatedPattern(pattern, ['how', 'number']);
    expect(gated.test('torture complaints')).toBe(false);
    expect(runs).toBe(0);
    expect(gated.test('How MANY prisoners')).toBe(true);
    expect(gated.test('however')).toBe(false);
    expect(runs).toBe(2);
  });

  it('says a text may match exactly when it holds one of the words, whichever text was asked about before', () => {
    // The gate's letter check (each word's letters against the text's, found once per text) only
    // saves searches: the answer is the plain word search's, for texts asked in any order.
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz', ' ', "'", '?', 'é', '\u212A');
    const word = fc.string({ unit: fc.constantFrom(...'aehimnorstuwy'), minLength: 1, maxLength: 5 });
    const text = fc.oneof(fc.string({ unit: letter, maxLength: 40 }), fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 3 }), fc.array(text, { minLength: 1, maxLength: 5 }), (needs, starts, texts) => {
        const gated = new GatedPattern(/x/i, needs, starts);
        for (const t of texts) {
          const opening = t.trimStart();
          expect(gated.mayMatch(t)).toBe(needs.some((w) => t.includes(w)) || starts.some((w) => opening.startsWith(w)));
        }
      }),
      { numRuns: 2000 },
    );
    // A text with letters the one before lacked: the letters are found again for each text.
    const rare = new GatedPattern(/x/i, ['quiz', 'jazz']);
    expect(rare.mayMatch('kvxy')).toBe(false);
    expect(rare.mayMatch('a quiz')).toBe(true);
    expect(rare.mayMatch('all that jazz')).toBe(true);
    expect(rare.mayMatch('a quit')).toBe(false);
    // Every letter but none of the word's pairs; every pair but not the word; then the word itself.
    expect(rare.mayMatch('zi uq')).toBe(false);
    expect(rare.mayMatch('qu ui iz')).toBe(false);
    expect(rare.mayMatch('QUIZ'.toLowerCase())).toBe(true);
    expect(rare.mayMatch('pop quiz')).toBe(true);
    expect(letterBits('abz')).toBe(1 | 2 | (1 << 25));
    expect(letterBits("A é'?")).toBe(0);
  });

  it('finds a need of several words across any run of white space, as the pattern does', () => {
    // fast-check found "TRY   AGAIN": the reaction pattern matched it, its need "try again" did not.
    const gated = new GatedPattern(/^(?:please\s+)?try\s+again$/i, ['try again']);
    for (const text of ['try again', 'TRY   AGAIN', 'try\tagain', 'try\u00a0again', 'please try\n again']) expect([text, gated.test(text)]).toEqual([text, true]);
    expect(gated.test('try it again')).toBe(false);
  });

  it('refuses a pattern whose flags would make the word check unsound, and words that are not lower-case ASCII', () => {
    expect(() => new GatedPattern(/a/u, ['a'])).toThrow();
    expect(() => new GatedPattern(/a/, ['a'])).toThrow();
    expect(() => new GatedPattern(/a/gi, ['a'])).toThrow();
    expect(() => new GatedPattern(/a/i, ['A'])).toThrow();
    expect(() => new GatedPattern(/a/i, ['é'])).toThrow();
    expect(() => new GatedPattern(/a/i, [''])).toThrow();
  });
});

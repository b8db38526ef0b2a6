import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENDING, ENDING_CHARS, ENDING_WORDS, mayEndWithCourtesy, withoutCourtesy } from '../../src/search/courtesy.js';
import { withoutSpokenFiller } from '../../src/search/spoken.js';

// Issue 13 round 66 (docs/search-speed.md): a fresh `hr`'s first question compiled the spoken fillers' pattern for a text
// holding none of their words, and the courtesy's long ending pattern for "best", "care", "have a" or "yours" anywhere in
// its end. Both are now gated; these say what the gates must never cost: an answer.

/** The patterns `run` executed, as their sources. */
function patternsRun(run: () => void): string[] {
  const exec = vi.spyOn(RegExp.prototype, 'exec');
  const test = vi.spyOn(RegExp.prototype, 'test');
  try {
    run();
    return [...exec.mock.contexts, ...test.mock.contexts].map((re) => (re as RegExp).source);
  } finally {
    exec.mockRestore();
    test.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('the spoken fillers', () => {
  it.each(['torture complaints', 'death penalty abolished', 'journalists jailed in 2017', 'Election observers from the OSCE'])(
    'are not looked for in “%s”, which holds none of their words',
    (text) => {
      let out = '';
      const sources = patternsRun(() => (out = withoutSpokenFiller(text)));
      expect(out).toBe(text);
      expect(sources.filter((s) => s.includes('basically'))).toEqual([]);
    },
  );

  it('are still taken where their words are', () => {
    expect(withoutSpokenFiller('umm so like how long can police hold someone')).toBe('how long can police hold someone');
    expect(withoutSpokenFiller('surely the courts are independent')).toBe('the courts are independent');
  });
});

describe('thanks or a closing at the end', () => {
  it.each([
    'what is the best pizza recipe',
    'is health care free for prisoners',
    'do detainees have a right to a lawyer',
    'whose land is yours to sell',
    'which region takes the best care of orphans',
  ])('are not looked for in “%s”, whose everyday words cannot end one', (text) => {
    let out = '';
    const sources = patternsRun(() => (out = withoutCourtesy(text)));
    expect(out).toBe(text);
    expect(sources.filter((s) => s === ENDING.source)).toEqual([]);
  });

  it.each([
    ['how big is a jury? All the best, Mira', 'how big is a jury?'],
    ['is torture punished. Take care', 'is torture punished.'],
    ['were the elections fair? Have a nice day!', 'were the elections fair?'],
    ['are prisons overcrowded, yours truly, Dan Lee', 'are prisons overcrowded,'],
    ['can I appeal a fine. Best, K', 'can I appeal a fine.'],
  ])('are still taken from “%s”', (text, question) => {
    expect(withoutCourtesy(text)).toBe(question);
  });

  it('are looked for whenever the ending pattern would find one, as before the gate', () => {
    // Pieces of every ending and of everyday English, the long s and the Kelvin sign (which `iu` folds to s and k), white
    // space of several kinds, and long words that move an ending across the 80 and 160 characters read.
    const piece = fc.oneof(
      fc.constantFrom('thanks', 'thank you', 'thx', 'thanx', 'ty', 'cheers', 'much appreciated', 'best', 'regards', 'wishes', 'kind', 'many'),
      fc.constantFrom('sincerely', 'yours', 'faithfully', 'truly', 'all the', 'take', 'care', 'have a', 'nice', 'day', 'weekend', 'again'),
      fc.constantFrom('Best', 'THANKS', 'Yours', 'Take Care', 'beſt', 'thanKs'.replace('K', '\u212A'), 'Mira', 'Dan Lee', 'how', 'what'),
      fc.constantFrom(' ', '  ', '\u00a0', '\t', ',', '.', '!', '?', ';', '-', '\u2014', '. ', '! ', ', '),
      fc.integer({ min: 1, max: 120 }).map((n) => 'x'.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(40), (parts, start) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        const from = Math.min(start, text.length);
        const before = ENDING_WORDS.test(text.slice(Math.max(from, text.length - 80))) && ENDING.test(text.slice(Math.max(from, text.length - ENDING_CHARS)));
        // The gate lets through every text the pattern ends, and none the old gate stopped.
        if (before) expect(mayEndWithCourtesy(text, from)).toBe(true);
        if (!ENDING_WORDS.test(text.slice(Math.max(from, text.length - 80)))) expect(mayEndWithCourtesy(text, from)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from '../../src/search/analysis.js';

/** What `normalize` means, written out in full: fold compatibility forms, drop accents, straighten quotes, lower case. */
const folded = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase();

describe('normalising text', () => {
  it('folds every string as the full rule does, plain ASCII (its shortcut) or not', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('`quoted`', 'Café', 'ﬁne', 'Ⅻ', 'İstanbul', 'KELVIN', 'a\u0301')), (s) => {
        expect(normalize(s)).toBe(folded(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('straightens the backtick and lowers case in ASCII words', () => {
    expect(normalize("Don`t TORTURE")).toBe("don't torture");
  });
});

describe('tokenising text', () => {
  it('finds the words matchAll finds, with their offsets, call after call', () => {
    // The pattern as written before tokenize ran it with exec (issue 13, speed round 18).
    const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+|(?<=\p{N})[.,]\p{N}+)*/gu;
    const reference = (text: string) => [...text.matchAll(word)].map((m) => ({ surface: m[0], start: m.index, end: m.index + m[0].length }));
    const piece = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('president’s', "it's", '40,000', '97.5', 'same-sex', 'Café', '😀', ' ', '.', ',', "'", '1', 'a'));
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of texts) expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a text of ASCII alone by hand as the pattern reads it (apostrophes, digit groups and their neighbours)', () => {
    // ASCII texts skip the pattern (issue 13 round 30): dense in the characters the pattern treats specially.
    const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+|(?<=\p{N})[.,]\p{N}+)*/gu;
    const reference = (text: string) => [...text.matchAll(word)].map((m) => ({ surface: m[0], start: m.index, end: m.index + m[0].length }));
    const piece = fc.oneof(fc.constantFrom('a', 'Z', 'q', '0', '7', "'", '.', ',', ' ', '-', '`', '_'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
    expect(tokenize("1990's 40,000.5 x'y' 7.a 'tis o'")).toEqual(reference("1990's 40,000.5 x'y' 7.a 'tis o'"));
  });
});

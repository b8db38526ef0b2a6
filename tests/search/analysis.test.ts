import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/search/analysis.js';

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

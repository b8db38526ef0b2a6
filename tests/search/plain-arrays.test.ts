import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { doubles, smallIntegers } from '../../src/search/plain-arrays.js';
import { sentenceTermsOf, sentenceTermTables } from '../../src/search/sentence-terms.js';
import { REPORT_DIR } from '../helpers.js';

// V8's own tests of an array's elements kind, callable once natives syntax is allowed (the flag is read when a
// function is compiled, so these are made after setting it).
setFlagsFromString('--allow-natives-syntax');
type Test = (array: unknown) => boolean;
const holey = new Function('array', 'return %HasHoleyElements(array)') as Test;
const smallIntegerElements = new Function('array', 'return %HasSmiElements(array)') as Test;
const doubleElements = new Function('array', 'return %HasDoubleElements(array)') as Test;

// The scorer's tables and scratch are plain arrays so that their reads carry no check for a detached buffer; a holey
// array, or one whose elements kind changes under code compiled for it, would cost that back (docs/search-speed.md, issue 13
// round 46).
describe('the hot loops’ plain arrays', () => {
  it('are packed small integers, or packed doubles that stay doubles when zeroed', () => {
    const integers = smallIntegers(40, -1);
    expect(integers).toEqual(Array.from({ length: 40 }, () => -1));
    expect([holey(integers), smallIntegerElements(integers)]).toEqual([false, true]);
    const values = doubles(40);
    expect(values).toEqual(Array.from({ length: 40 }, () => 0));
    expect([holey(values), doubleElements(values)]).toEqual([false, true]);
    for (let i = 0; i < values.length; i++) values[i] = 0;
    expect(doubleElements(values)).toBe(true);
  });

  it('include every paragraph’s sentence tables, from the saved index and from one built in memory', () => {
    const saved = readCurrentIndex(REPORT_DIR).index!.report(0);
    const table = sentenceTermsOf(saved);
    for (let p = 0; p < saved.sentences.length; p++) {
      const { ids, starts, flags } = table.of(p);
      for (const array of [ids, starts, flags]) expect([Array.isArray(array), holey(array), smallIntegerElements(array)]).toEqual([true, false, true]);
    }
    const { rows } = sentenceTermTables([[{ start: 0, end: 0, penalty: false, refersBack: false, terms: ['court', 'law'], quantity: true, law: false, date: false }]], ['court']);
    for (const array of rows[0]!) expect([holey(array), smallIntegerElements(array)]).toEqual([false, true]);
  });
});

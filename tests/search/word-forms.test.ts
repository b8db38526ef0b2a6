import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/analysis.js';
import { compoundParts, splitsIntoWords } from '../../src/search/word-forms.js';

const report = 'A gun-shot injury to the head. Workers in health care may strike. A birth certificate on the first day.';
const terms = new Set(report.toLowerCase().split(/[^a-z]+/).map(termOf).filter((t): t is string => t !== null));
const known = (t: string) => terms.has(t);
const writes = (phrase: string) => new RegExp(`\\b${phrase}\\b`).test(report.toLowerCase());

describe('compoundParts', () => {
  it('splits a compound the report writes hyphenated or apart into its two terms', () => {
    expect(compoundParts('gunshot', known, writes)).toEqual([termOf('gun'), termOf('shot')]);
    expect(compoundParts('healthcare', known, writes)).toEqual([termOf('health'), termOf('care')]);
  });

  it('leaves a word whose parts the report writes, but never side by side', () => {
    expect(compoundParts('birthday', known, writes)).toBeUndefined();
  });

  it('leaves a word whose parts are too short or unknown', () => {
    expect(compoundParts('into', known, writes)).toBeUndefined();
    expect(compoundParts('sunset', known, writes)).toBeUndefined();
  });
});

describe('splitsIntoWords', () => {
  const english = new Set(['job', 'seekers', 'crowd', 'funding', 'home', 'schooling', 'vid', 'tik', 'tok']);
  const isWord = (w: string) => english.has(w);
  it('reads a closed compound of two English words through its parts', () => {
    expect(splitsIntoWords('jobseekers', isWord)).toBe(true);
    expect(splitsIntoWords('crowdfunding', isWord)).toBe(true);
    expect(splitsIntoWords('homeschooling', isWord)).toBe(true);
  });

  it('leaves a coinage or a name with no parts of three letters or more', () => {
    expect(splitsIntoWords('covid', isWord)).toBe(false);
    expect(splitsIntoWords('doxxed', isWord)).toBe(false);
    expect(splitsIntoWords('estonia', isWord)).toBe(false);
  });
});

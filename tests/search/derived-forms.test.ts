import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { termOf } from '../../src/search/analysis.js';
import { derivedTerms, negates } from '../../src/search/word-forms.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService } from '../helpers.js';

// Quality round 59 (docs/search-quality.md): a word the report never writes, joined to the report word it is derived from.
const wordnet = new WordNet();

describe('WordNet derivational relatives', () => {
  it('reads a word’s derivational links, from its base form', () => {
    expect(wordnet.derived('strikers')).toContain('strike');
    expect(wordnet.derived('deportees')).toContain('deport');
    expect(wordnet.derived('emigrate')).toContain('emigration');
  });

  it('reads the noun an adjective pertains to', () => {
    expect(wordnet.derived('senatorial')).toContain('senator');
  });

  it('links only the word itself, not the other lemmas of its synset', () => {
    // "striker" shares a synset with "hitter"; hit is hitter's relative, not striker's.
    expect(wordnet.derived('striker')).not.toContain('hit');
  });
});

describe('negates', () => {
  it('finds a negating prefix or -less that the other word lacks, either way round', () => {
    expect(negates('unfair', 'fair')).toBe(true);
    expect(negates('legal', 'illegal')).toBe(true);
    expect(negates('nonviolent', 'violent')).toBe(true);
    expect(negates('dishonest', 'honest')).toBe(true);
    expect(negates('lawless', 'law')).toBe(true);
  });

  it('leaves words that only open with those letters', () => {
    expect(negates('interrogated', 'interrogation')).toBe(false);
    expect(negates('inspected', 'inspector')).toBe(false);
    expect(negates('unionization', 'unionize')).toBe(false);
    expect(negates('disabled', 'disability')).toBe(false);
  });

  it('reads "less" as negating only as the suffix of a -less word of the other word’s root', () => {
    // "-less" (with -ly, -ness) makes "without N" of a noun or verb: useless, homeless, jobless.
    expect(negates('useless', 'usefulness')).toBe(true);
    expect(negates('homelessness', 'home')).toBe(true);
    expect(negates('helplessly', 'help')).toBe(true);
    // Words that only hold the letters: a root too short to be one, or "less" inside the word.
    expect(negates('bless', 'blest')).toBe(false);
    expect(negates('unless', 'unlike')).toBe(false);
    expect(negates('lessons', 'lecture')).toBe(false);
    expect(negates('blessing', 'blest')).toBe(false);
    // A -less word and a word of another root: neither negates the other.
    expect(negates('homeless', 'shelter')).toBe(false);
  });
});

describe('derivedTerms', () => {
  const terms = new Set(['strike', 'fair', 'law', 'senator', 'hit'].map((w) => termOf(w)!));
  const known = (t: string) => terms.has(t);

  it('gives the report terms of the relatives', () => {
    expect(derivedTerms('strikers', ['strike'], known)).toEqual([termOf('strike')]);
    expect(derivedTerms('senatorial', ['senator'], known)).toEqual([termOf('senator')]);
  });

  it('never a negated relative', () => {
    expect(derivedTerms('unfair', ['fair', 'unfairness'], known)).toEqual([]);
    expect(derivedTerms('lawless', ['law', 'lawlessness'], known)).toEqual([]);
  });

  it('never a relative of another root, nor one the report does not write', () => {
    expect(derivedTerms('striker', ['hit'], known)).toEqual([]);
    expect(derivedTerms('bakery', ['bake'], known)).toEqual([]);
  });
});

describe('a derived form of a report word is known (round 59)', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    // "strikers": the report writes strike; "senatorial": senators.
    ['were strikers sent to prison', 'who are the top strikers in fifa this year'],
    ['how are senatorial elections held', 'are senatorial candidates in the us rich'],
    // bench/questions/cover-probes-7.jsonl: "bribable" / bribe.
    ['are judges bribable', 'what do bribable politicians in movies want'],
  ])('answers “%s” and refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });

  it('not a common word, whose everyday sense has left its relative (currency / current, referee / refer)', () => {
    expect(search('what currency does kazakhstan use').covered).toBe(false);
    expect(search('is the referee really independent').covered).toBe(false);
  });
});

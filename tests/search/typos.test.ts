import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import type { Spelling } from '../../src/search/english-spelling.js';
import { parseQuery } from '../../src/search/query.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('typos of everyday words the report never uses (real report)', () => {
  // "policeman" and "lesbians" are thesaurus words (police; LGBTI): a typo of one is corrected to it and
  // expanded like it, instead of being dropped and the question refused.
  it('corrects a typo to a thesaurus word and searches its expansions', () => {
    const answer = search('can a policemna be a member of a party');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.paragraphId).toBe('2.b/freedom-of-association#3');
  });
  it('takes a question with a misspelt everyday word as covered', () => {
    expect(search('do lesbains face violence').covered).toBe(true);
  });
  it('corrects a typo before reading thesaurus phrases, so a misspelt word still joins its phrase', () => {
    // "foreign workers" is a thesaurus phrase (→ migrant workers); "foregn" alone would break it.
    const vocabulary = { documentFrequency: { foreign: 30, worker: 40, migrant: 12 }, words: { foreign: 'foreign', worker: 'workers', migrant: 'migrants' }, senses: () => null, ignored: new Set<string>(), thesaurus: Thesaurus.load() };
    const q = parseQuery('foregn workers', vocabulary);
    expect(q.terms.map((t) => t.term)).toContain('migrant');
  });
  it('leaves alone a word of a thesaurus phrase as typed, though neither the report nor WordNet knows it', () => {
    // "mouthing" is one edit from the report's "months": corrected, "bad-mouthing" lost its entry (criticism).
    const vocabulary = { documentFrequency: { bad: 2, month: 20, critic: 9 }, words: { bad: 'bad', month: 'months', critic: 'criticism' }, senses: () => null, ignored: new Set<string>(), thesaurus: new Thesaurus('bad-mouth => criticism') };
    const q = parseQuery('sued for bad-mouthing someone', vocabulary);
    expect(q.terms.map((t) => t.term)).toContain('critic');
    expect(q.terms.map((t) => t.term)).not.toContain('month');
    // Alone, the same word is still a typo of the report's.
    expect(parseQuery('mouthing', vocabulary).terms.map((t) => t.term)).toEqual(['month']);
  });
  it('leaves a short typo alone rather than guess among the thesaurus words ("trals" is one edit from "trans")', () => {
    const q = parseQuery('jury trals', { documentFrequency: { juri: 3, transgend: 2 }, senses: () => null, ignored: new Set<string>(), thesaurus: Thesaurus.load() });
    expect(q.terms.map((t) => t.term)).toEqual(['juri']);
  });
});

describe('typos of words the report does not write as typed (real report)', () => {
  it('corrects a typo to the everyday word meant, which the report never writes, and keeps the question covered', () => {
    const answer = search('what pecentage of the population has internet access');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.paragraphId).toBe('2.a/internet-freedom#1');
  });
  it("corrects a typo of another form of the report's word than the one it writes most", () => {
    // The report's word for "grant" is "grants", for "foreign" "foreign": "ganted" and "foeigners" are far from both.
    expect(search('how many people were ganted asylum').covered).toBe(true);
    expect(search('were any foeigners deported').covered).toBe(true);
  });
  it('corrects a misspelt short word to the commonest word that keeps its letters', () => {
    expect(search('can kdis work in the cotton fields').hits[0]?.paragraphId).toBe('7.c#5');
    expect(search('can kdis work in the cotton fields').covered).toBe(true);
    expect(search('do womn get paid less than men').covered).toBe(true);
  });
  it('reads small talk as it was meant', () => {
    expect(search('which rport is this').smallTalk).toBe(true);
    expect(search('say that agian').smallTalk).toBe(true);
  });
  it("keeps a misspelt neighbour's name a name the passages do not mention, and the report's own country its own", () => {
    expect(search('torture in uzbkistan prisons').covered).toBe(false);
    expect(search('how many jews live in kzakstan').covered).toBe(true);
  });
  it('corrects a word WordNet lists but English hardly uses to a word the report writes', () => {
    // "judes" is a plural of Jude to WordNet, and none of English's 50,000 commonest words.
    expect(search('do judes take bribes').covered).toBe(true);
  });
  it('still refuses a question on a made-up word', () => {
    expect(search('where can I buy a flurbix gadget').covered).toBe(false);
  });
});

describe('reading a typo as the word of general English meant (stub vocabulary)', () => {
  const base = { documentFrequency: { prison: 9, letter: 3 }, words: { prison: 'prison', letter: 'letters' }, senses: () => null, ignored: new Set<string>() };
  const english = (words: Record<string, Spelling>) => (typo: string) => words[typo];
  it('prefers the English word when it is closer than the report word', () => {
    const q = parseQuery('lectrers', { ...base, english: english({ lectrers: { word: 'lecturers', distance: 1, kept: 8 } }) });
    expect(q.meant).toBe('lecturers');
    expect(q.terms.map((t) => t.term)).not.toContain('letter');
  });
  it("keeps the report's word when the English one is no closer", () => {
    const q = parseQuery('prisin', { ...base, english: english({ prisin: { word: 'raisin', distance: 1, kept: 4 } }) });
    expect(q.terms.find((t) => t.origin === 'corrected')?.term).toBe('prison');
  });
  it('drops a typo of a function word like the word itself, and keeps what follows it', () => {
    const q = parseQuery("waht's prison", { ...base, english: english({ waht: { word: 'what', distance: 1, kept: 4 } }) });
    expect(q.meant).toBe("what's prison");
    expect(q.words.map((w) => w.word)).toEqual(['prison']);
  });
});

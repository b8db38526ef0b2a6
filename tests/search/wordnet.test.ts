import { describe, expect, it } from 'vitest';
import { lemmasWithSenses, WordNet } from '../../src/search/wordnet.js';

const wordnet = new WordNet();

describe('WordNet lookups', () => {
  it('finds the synonyms of a word', () => {
    expect(wordnet.senses('kid')?.synonyms).toEqual(expect.arrayContaining(['child', 'minor']));
  });

  it('finds the broader term of a word (a walkout is a strike)', () => {
    expect(wordnet.senses('walkout')?.broader).toContain('strike');
  });

  it('finds base forms of inflected words, doubled consonants included', () => {
    expect(wordnet.senses('kids')?.synonyms).toContain('child');
    expect(wordnet.senses('stopped')?.synonyms).toContain('halt');
  });

  it('returns the words of the definition', () => {
    expect(wordnet.senses('walkout')?.definition).toEqual(expect.arrayContaining(['strike', 'workers']));
  });

  it('finds words at the very start and end of the sorted index', () => {
    expect(wordnet.senses('aardvark')?.synonyms).toContain('anteater');
    expect(wordnet.senses('zymurgy')?.synonyms).toContain('zymology');
  });

  it('counts a word\'s senses over every part of speech', () => {
    // go: 1 adjective, 4 nouns, 30 verbs in WordNet 3; an inflected form counts its base form's.
    expect(wordnet.senses('go')?.count).toBe(35);
    expect(wordnet.senses('going')?.count).toBeGreaterThanOrEqual(30);
    expect(wordnet.senses('jail')?.count).toBe(2);
  });

  it('lists the one-word lemmas of very many senses from the whole index', () => {
    const lemmas = lemmasWithSenses(40);
    expect(lemmas).toEqual(expect.arrayContaining(['run', 'make', 'take', 'charge']));
    expect(lemmas).not.toContain('jail');
    expect(lemmas).not.toContain('go');
    expect(lemmas.every((l) => /^[^_ ]+$/.test(l))).toBe(true);
  });

  it('knows a country, a city and a person as proper names, and not a bird, an adjective, an abbreviation or a common noun', () => {
    for (const word of ['germany', 'mongolia', 'tokyo', 'obama', 'james']) expect(wordnet.senses(word)?.properName).toBe(true);
    // ("james" is no form of the verb "jam".) "turkey" is the bird first, "american" an adjective too, "id" Idaho's abbreviation (and the id).
    for (const word of ['turkey', 'american', 'id', 'prison']) expect(wordnet.senses(word)?.properName).toBe(false);
    // A plural of a common noun is no name, though WordNet lists a person or a book by that spelling too.
    for (const word of ['banks', 'judges', 'numbers', 'begins']) expect(wordnet.senses(word)?.properName).toBe(false);
  });

  it('knows nothing of a misspelling', () => {
    expect(wordnet.senses('torure')).toBeNull();
  });
});

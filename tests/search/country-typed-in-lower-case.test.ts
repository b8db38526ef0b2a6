import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService } from '../helpers.js';

// Quality round 103 (docs/search-quality.md): another country typed in lower case after "in", "from", "to", "of" or "the" counted
// as one of the report's words or a weak WordNet link when its first sense is something else ("turkey" the bird, "japan"
// the lacquer) or it is an abbreviation ("the uk", "the us": "us" is the report's stem of "use"). Read there, it is a
// place, a name the report never mentions.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const wordnet = new WordNet();

describe('WordNet: a word one of whose first senses is a country (`countryName`)', () => {
  it.each(['turkey', 'japan', 'georgia', 'us', 'uk', 'usa', 'chad'])('“%s” may name a country', (w) => {
    expect(wordnet.senses(w)?.countryName).toBe(true);
  });
  it.each(['reading', 'mobile', 'me', 'id', 'prison', 'bath', 'texas'])('“%s” names no country', (w) => {
    expect(wordnet.senses(w)?.countryName ?? false).toBe(false);
  });
});

describe('a country typed in lower case is a name the report never mentions (round 103)', () => {
  it.each([
    'is the death penalty still used in the us',
    'are trade unions allowed to strike in the uk',
    'are bloggers put in prison in turkey',
    'do people tip waiters in japan',
    'how are migrant workers treated in the usa',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each([
    'can the police detain us without a court order',
    'what happens to migrants banned from russia',
    'can foreigners go to the border areas next to china',
    'do the authorities let us leave the country',
    'are refugees from syria given asylum',
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

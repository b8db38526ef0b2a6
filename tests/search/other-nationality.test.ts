import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { countryNamedBy } from '../../src/search/nationality.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService, rulesReadBy } from '../helpers.js';

// Quality round 161 (docs/search-quality.md): a question set in another country named by its people, its adjective or its
// abbreviation before a noun ("canadian employers", "uk police"), which the report never writes, was answered on the report's
// other words; one typed after "in" was already refused (rounds 71, 151).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const rules = (q: string) => rulesReadBy(service, q);

describe('WordNet names the country of a people, an adjective or an abbreviation (round 161)', () => {
  const wordnet = new WordNet();
  const senses = (w: string) => wordnet.senses(w);
  const derived = (w: string) => wordnet.derived(w);

  it.each([
    ['belgian', 'belgium'],
    ['american', 'united states'],
    ['dutch', 'netherlands'],
    ['uk', 'uk'],
  ])('reads “%s” as %s', (word, country) => {
    expect(countryNamedBy(word, senses, derived)).toContain(country);
  });

  it.each(['prisoner', 'catholic', 'european'])('reads no country in “%s”', (word) => {
    expect(countryNamedBy(word, senses, derived)).toBeUndefined();
  });
});

describe('a question set in a country named by its people or adjective, which the report never writes, is refused (round 161)', () => {
  it.each([
    'do dutch employers have to give workers paid sick leave',
    'are belgian prisons overcrowded',
    'can a uk court jail a journalist for libel',
    'are american judges elected by voters',
  ])('refuses “%s”', (offTopic) => {
    expect(rules(offTopic)).toContain('isOtherCountry');
    expect(search(offTopic).covered).toBe(false);
  });

  it.each([
    // A people whose country the answering passages name ("border areas adjoining China").
    'do foreigners need permission to travel to the chinese border areas',
    // The far side of a comparison is no setting.
    'compared with american jails, are prisons here overcrowded',
    // The report's own country's adjective.
    'do kazakh courts use juries',
    // The same questions without the country.
    'are prisons overcrowded',
    'can a court jail a journalist for libel',
  ])('still answers “%s”', (inScope) => {
    expect(rules(inScope)).not.toContain('isOtherCountry');
    expect(search(inScope).covered).toBe(true);
  });
});

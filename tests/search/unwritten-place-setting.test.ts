import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService, rulesReadBy } from '../helpers.js';

// Quality round 151 (docs/search-quality.md): a long question set in a city, a state or a region the report never writes ("in
// london", "in texas") was answered on the report's other words, where one set in another country is refused (round 71).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const rules = (q: string) => rulesReadBy(service, q);

describe('a question set in a place the report never writes is refused, as one set in another country is (round 151)', () => {
  it.each([
    'can the police hold a suspect without charge for three days in ohio',
    'what is the minimum age for marriage with parental consent in manchester',
    'are prison officers allowed to beat inmates who refuse to work in the bavaria region',
  ])('refuses “%s”', (offTopic) => {
    expect(rules(offTopic)).toContain('isOtherCountry');
    expect(search(offTopic).covered).toBe(false);
  });

  it.each([
    // Where people come from is no setting: the report tells of them.
    'are refugees arriving from xinjiang registered by the migration police',
    'do migrant workers from tashkent need a permit to work on building sites',
    // The same question without the place.
    'can the police hold a suspect without charge for three days',
    'what is the minimum age for marriage with parental consent',
  ])('still answers “%s”', (inScope) => {
    expect(rules(inScope)).not.toContain('isOtherCountry');
    expect(search(inScope).covered).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { spelledOut } from '../../src/search/acronyms.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A report spells a body's name out once, with its acronym in brackets, and names it by the acronym after that
// (docs/search-quality.md, quality round 91): a later sentence naming "the CAB" is about the Consultative Advisory Body, and
// for the bold answer it holds the words of that name.
describe('a sentence naming a body by the acronym its paragraph spelled out', () => {
  it.each([
    ["what do NGOs make of the consultative advisory body's work", /Consultative Advisory Body \(CAB\)/, 'The NGO community generally was positive regarding the work of the CAB'],
    ['arcelor mittal temirtau safety money', /Arcelor Mittal Temirtau \(AMT\)/, 'AMT management announced the investment of 51 billion tenge'],
  ])('bolds the later sentence naming it for “%s”', (query, passage, answering) => {
    const hit = search(query).hits[0]!;
    expect(hit.text).toMatch(passage);
    expect(hit.answer).toContain(answering);
  });

  it.each([
    ['when did the national preventive mechanism against torture come into force', 'came into force in 2014'],
    ['how many arcelor mittal temirtau workers threatened to strike', 'approximately 400 workers of Arcelor Mittal Temirtau (AMT) threatened'],
  ])('keeps the opening that spells the name out when it answers “%s”', (query, answering) => {
    expect(search(query).hits[0]!.answer).toContain(answering);
  });
});

describe('spelledOut', () => {
  it('reads the name back from the initials before the brackets, over linking words', () => {
    expect(spelledOut('CAB', 'The Ministry of Foreign Affairs-led Consultative Advisory Body ')).toEqual(['Body', 'Advisory', 'Consultative']);
    expect(spelledOut('ILO', 'the International Labor Organization ')).toEqual(['Organization', 'Labor', 'International']);
    expect(spelledOut('CIS', 'the Commonwealth of Independent States ')).toEqual(['States', 'Independent', 'Commonwealth']);
  });

  it('reads nothing when the initials do not spell the acronym', () => {
    expect(spelledOut('KNB', 'the National Security Committee ')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import type { CoverageTrace } from '../../src/search/coverage.js';
import { realService } from '../helpers.js';

// Quality round 71 (docs/search-quality.md): a long near-domain question set in a year or another country no answering passage
// names was answered on the report's other words; a report of one country and year states nothing of what it never names.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a question set in a year or another country no answering passage names is refused, its twin answered (round 71)', () => {
  it.each([
    ['what was the minimum wage in kazakhstan in 2022 after the january unrest', 'what was the minimum wage compared with the subsistence income level'],
    ['how will the new president change the constitution after the 2022 referendum', 'did the president sign amendments to the constitution'],
    // Another country that no answering passage names, though the report names it elsewhere in passing.
    ['what is the minimum wage in russia compared with the minimum wage in the country', 'is the minimum wage equal to the subsistence income level'],
    ['what human rights problems were reported in tajikistan in the same year', 'do migrant workers come from tajikistan'],
  ])('refuses “%s” and answers “%s”', (offTopic, inScope) => {
    expect(search(offTopic).covered).toBe(false);
    expect(search(inScope).covered).toBe(true);
  });

  it.each([
    // A year the passages name, told in the passage on the question's topic.
    'were land code activists sentenced in november 2016 for organizing peaceful protests',
    'how many complaints of torture did the ngo penal reform international register in 2016',
    // Another country the answering passage names, as an example in its last sentence ("persons fleeing Syria and Ukraine").
    'are people running away from wars like the one in syria given protection as refugees by the government',
  ])('still answers “%s”', (inScope) => {
    expect(search(inScope).covered).toBe(true);
  });

  it.each([
    ['how will the new president change the constitution after the 2022 referendum', true],
    ['what was the minimum wage in kazakhstan in 2022 after the january unrest', true],
    // A count typed after "than" or "about", or alone, is no year.
    ['were about 1200 migrants deported last year', false],
    ['did more than 1000 people take part in the land protests', false],
  ])('reads a year in “%s”: %s', (query, year) => {
    const trace: CoverageTrace = {};
    service.search(query, { limit: 3, coverageTrace: trace });
    expect(trace.rules?.includes('isOtherYear')).toBe(year);
  });
});

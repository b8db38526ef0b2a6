import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 133 (docs/search-quality.md): a "how many" question whose counted thing is in everyday words ("sites", "names",
// "kids", "cases") was refused by the count rules when its first passage states the count in the report's own noun ("55
// websites", "signatures", "street children", "73 civil libel lawsuits"), because no figure stood beside the word typed.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a count asked in other words than the report counts in', () => {
  it.each([
    ['how many homeless youngsters ended up back home with their parents', '6/children/displaced-children#1'],
    ['how many names does a fresh party have to collect', '2.b/freedom-of-association#4'],
    ['how many sites were pulled offline by the courts for religious propaganda', '2.a/internet-freedom#4'],
    ['my friend is a reporter and says journalists get sued for libel constantly, how many cases were there', '2.a/libel-slander-laws#3'],
  ])('is covered when the first passage states the count with the question’s other words: “%s”', (q, paragraph) => {
    const a = search(q);
    expect(a.hits[0]?.paragraphId).toBe(paragraph);
    expect(a.covered).toBe(true);
  });

  it.each([
    'how many web sites did the courts shut down for gambling in brazil',
    'how many soldiers serve in the army',
    'how many names are on the war memorial in the capital',
    'how many witnesses does a wedding need',
  ])('still refuses a count the report does not state: “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 105 (docs/search-quality.md): the words that put a long question ("I should be glad to know whether…", "a news
// article claimed…, is this claim supported by the report?") are how it is asked, not what; round 104 kept them out of the
// coverage verdict, and the ranking weighed them still: "whether", which a report writes seldom, put the one paragraph saying
// "determining whether a strike is illegal" first for questions on registration, bail and judges.
const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

describe('the words that put a question count nothing in the ranking (round 105)', () => {
  it.each([
    // Main: second, under the strike paragraph's "whether" (long-probes-1 ie11).
    [
      'I should be glad to know whether a foreign visitor staying more than a few days must present himself to the police to be registered, as used to be the case.',
      'register with migration police',
    ],
    // Main: second, under a paragraph on challenging detention (rank-probes-13 r07).
    ['I seek information regarding the extent to which bail is employed as an alternative to pretrial custody for criminal suspects.', 'released on bail'],
    // Main: second, under a paragraph on trial procedure (rank-probes-13 f07).
    ['I saw a claim that hardly any suspects are ever released on bail while awaiting trial. Is that accurate?', 'released on bail'],
  ])('puts the answer first for “%s”', (q, answering) => {
    expect(first(q).text).toContain(answering);
  });

  it('keeps a "whether" that is part of what is asked, and a question with no asking words, as they were', () => {
    // "decides whether" is the topic's own clause: no opening puts it (rf2-i28).
    expect(first('who decides whether a strike is illegal').text).toContain('determining whether a strike is illegal');
    expect(first('can police hold a detainee for three days before charging him').text).toContain('hold a detainee for 72 hours');
  });
});

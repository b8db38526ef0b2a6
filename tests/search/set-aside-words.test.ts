import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 171 (docs/search-quality.md, `SetAsideWords` in coverage.ts): the words coverage sets aside from the question's
// topic — framing words ("stuff", "somebody"), the asker's story — are not read as nouns the report lacks when it asks whether
// the lacked words only describe the topic (`describesOnly`) or a verb is the one word lacked; a noun naming another topic is.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('words set aside from the topic are not read as nouns the report lacks (round 171)', () => {
  it.each([
    ['is it a crime to post stuff about how sick the president is', 'The law criminalizes the release of information regarding the health'],
    ['did somebody die after being beaten by police', 'suspects often were beaten during transit or in police stations'],
  ])('answers “%s” from the passage stating it', (query, stated) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.text).toContain(stated);
  });

  it.each([
    'did somebody die after eating stuff from a street stall',
    'is it rude to post stuff about how fat your boss is',
    'my cousin wants to open a bakery with his mates, which stuff does he need',
  ])('still refuses “%s”', (query) => {
    expect(search(query).covered).toBe(false);
  });
});

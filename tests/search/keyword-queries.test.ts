import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// The vote itself is pinned through `rerank` in ranking.test.ts; these are real keyword queries whose
// answering passage states every keyword in one sentence (with its heading path), while the passage
// BM25 and the best sentence put first repeats one keyword and lacks another.
describe('a keyword query on the real report', () => {
  it.each([
    ['detention before charges', 'The law allows police to hold a detainee for 72 hours before bringing charges'],
    ['emigration foreign travel freedom', 'The law provides for freedom of internal movement, foreign travel, emigration'],
  ])('puts first the passage stating every keyword of “%s” together', (query, answering) => {
    expect(search(query).hits[0]!.text).toContain(answering);
  });

  it('gives no vote to a query that is a sentence: its words do not all name the topic', () => {
    // With the vote, "to file a" made keywords put a passage holding "detention" and "complaint" first.
    expect(search('deadline to file a detention complaint').hits[0]!.text).toContain('Detainees have 15 days to submit complaints');
  });
});

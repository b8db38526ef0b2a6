import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// The rule itself is pinned through `rerank` in ranking.test.ts; these are real questions whose first
// two passages tie exactly (one first by BM25, the other by its best sentence), the answering passage
// (found by its words) holding more of the question's typed words.
describe('an exact tie of the rank fusion on the real report', () => {
  it.each([
    ['who found Olesya Halabuzar guilty', 'the Almaty court found her guilty'],
    ['if you are poor and charged with a crime will the state give you a lawyer', 'the government must provide an attorney for an indigent suspect'],
    ['what is the fine for NGOs submitting inaccurate financial information', 'may carry fines up to 53,025 tenge'],
  ])('puts the passage holding more of the question\'s words first for “%s”', (query, answering) => {
    const hits = search(query).hits;
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(hits[0]!.text).toContain(answering);
  });
});

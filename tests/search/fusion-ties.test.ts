import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { RANKING } from '../../src/search/ranking.js';
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
    // The tie is the fusion's: read without the second opinion below first place, which gives the first its largest
    // share and the second its own (round 120) and leaves the first where it is.
    const saved = RANKING.secondOpinion;
    RANKING.secondOpinion = 0;
    let fused: SearchAnswer['hits'] = [];
    try {
      fused = search(query).hits;
    } finally {
      RANKING.secondOpinion = saved;
    }
    expect(fused[0]!.score).toBe(fused[1]!.score);
    expect(fused[0]!.text).toContain(answering);
    expect(search(query).hits[0]!.text).toContain(answering);
  });
});

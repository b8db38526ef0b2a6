import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { RANKING, rerank, type QueryScorer } from '../../src/search/ranking.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('an exact tie of the rank fusion', () => {
  /**
   * A scorer with set evidence: candidates come in BM25 order, `sentence[i]` is candidate i's best-sentence
   * score and `held[i]` how many of the question's typed words its paragraph holds.
   */
  const stubScorer = (sentence: number[], held: number[]) => {
    const stub = {
      bestSentenceScore: 0,
      bestSentenceIndex(position: number) {
        stub.bestSentenceScore = sentence[position]!;
        return 0;
      },
      denseQuery: () => undefined,
      alignsQuery: () => false,
      lead: () => 0,
      typedWordsHeld: (position: number) => held[position]!,
    };
    return stub as unknown as QueryScorer;
  };
  /** Paragraphs 0–2 in BM25 order; by best sentence, 1 is first and 0 second: 0 and 1 tie in the fusion. */
  const candidates = { count: 3, ids: Int32Array.from([0, 1, 2]), scores: Float64Array.from([3, 2, 1]) };

  it('goes to the paragraph holding more of the question\'s typed words', () => {
    const ranked = rerank(candidates, stubScorer([5, 6, 1], [2, 3, 3]));
    expect(ranked.positionAt(0)).toBe(1);
    expect(ranked.slice(0, 2).map((r) => r.score)).toEqual([1, 1]);
  });

  it('goes to the earlier paragraph when both hold as many typed words', () => {
    expect(rerank(candidates, stubScorer([5, 6, 1], [3, 3, 3])).positionAt(0)).toBe(0);
  });

  it('leaves a fused score that is ahead, however slightly, where it is', () => {
    // 2 holds every typed word but is third on both rankings: the tie-break never lifts it.
    expect(rerank(candidates, stubScorer([6, 5, 1], [1, 1, 9])).positionAt(0)).toBe(0);
    expect(RANKING.fusionK).toBeGreaterThan(0);
  });

  // Real questions whose first two passages tie exactly, one first by BM25 and the other by its best
  // sentence; the answering passage (found by its words) holds more of the question's typed words.
  it.each([
    ['who found Olesya Halabuzar guilty', 'the Almaty court found her guilty'],
    ['if you are poor and charged with a crime will the state give you a lawyer', 'the government must provide an attorney for an indigent suspect'],
    ['what is the fine for NGOs submitting inaccurate financial information', 'may carry fines up to 53,025 tenge'],
  ])('puts the passage holding more of the words first for “%s”', (query, answering) => {
    const hits = search(query).hits;
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(hits[0]!.text).toContain(answering);
  });
});

import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { RANKING } from '../../src/search/ranking.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 5 }) as SearchAnswer;
const citations = (q: string) => search(q).hits.map((h) => h.citation);

/** `RANKING.secondOpinion` set to `weight` while `run` runs. */
function withSecondOpinion<T>(weight: number, run: () => T): T {
  const saved = RANKING.secondOpinion;
  RANKING.secondOpinion = weight;
  try {
    return run();
  } finally {
    RANKING.secondOpinion = saved;
  }
}

const question = 'does criticism of the government still get published';

// A question every word of which the report writes takes neither vector ranking, so the fusion reads no meaning: a
// passage holding "government" and "publish" in another matter (statistics on deaths in prison) came fourth, ahead of
// the one saying criticism continued. Below first place, the sentences' word vectors now give a small second opinion
// (docs/search-quality.md, quality round 120).
describe('the question’s meaning read below first place when the report writes all its words', () => {
  it('lifts the passage about the question over one holding its words in another matter', () => {
    const hits = citations(question);
    expect(hits[0]).toContain('Internet Freedom ¶5');
    expect(hits.slice(0, 3).some((c) => c.includes('National Security ¶3'))).toBe(true);
    expect(hits.slice(0, 3).some((c) => c.startsWith('§1.c'))).toBe(false);
  });

  it('moves nothing when the second opinion weighs nothing', () => {
    const hits = withSecondOpinion(0, () => citations(question));
    expect(hits[3]).toMatch(/^§1\.c/);
    expect(hits[4]).toContain('National Security ¶3');
  });

  it('keeps the first passage, its bold sentence and the covered verdict as the fusion gave them', () => {
    const off = withSecondOpinion(0, () => search(question));
    const on = search(question);
    expect(on.hits[0]!.citation).toBe(off.hits[0]!.citation);
    expect(on.hits[0]!.answer).toBe(off.hits[0]!.answer);
    expect([on.covered, on.confidence]).toEqual([off.covered, off.confidence]);
  });

  it('keeps the scores falling from first place down', () => {
    const scores = search(question).hits.map((h) => h.score);
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
  });
});

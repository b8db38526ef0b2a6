import { afterEach, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { LEARNED, LEARNED_WEIGHTS } from '../../src/search/learned-weights.js';
import { FEATURES, RANKING } from '../../src/search/ranking.js';
import { realService } from '../helpers.js';

const service = realService();
const texts = (q: string) => (service.search(q, { limit: 10 }) as SearchAnswer).hits.map((h) => h.text);
const learned = RANKING.learned;
afterEach(() => {
  RANKING.learned = learned;
});

// The learned re-ranker (docs/search.md, quality round 115; `bench/fit-ranker.ts` fits it on the probe files only): among
// the fused ranking's first ten, a passage whose scores stand close to the fused first's on every ranking, and ahead of it
// on the ones that weigh most, takes the first place. Rank fusion reads only places, and a first place won by a hair on
// two rankings beat a passage a clear margin ahead on the sentence ranking's score.
describe('the learned first place', () => {
  it.each([
    ["judges don't look into claims that confessions were beaten out of people", 'failure of judges to investigate allegations that authorities extracted confessions through torture'],
    ['are women forced to have abortions', 'There were no reports of coerced abortion, involuntary sterilization'],
    ['how many refuges for abused women are there', 'there were 28 crisis centers in 2016'],
  ])('puts the answering passage first for “%s”', (query, answering) => {
    expect(texts(query)[0]).toContain(answering);
    RANKING.learned = 0;
    expect(texts(query)[0]).not.toContain(answering);
  });

  it('moves only the first place: the other passages keep the fused order', () => {
    for (const q of ['are women forced to have abortions', 'how many refuges for abused women are there']) {
      const after = texts(q);
      RANKING.learned = 0;
      const before = texts(q);
      RANKING.learned = learned;
      expect(after.slice(1)).toEqual(before.filter((t) => t !== after[0]).slice(0, after.length - 1));
    }
  });

  it('reads weights of features the ranking computes, and a margin that keeps most first places', () => {
    for (const name of Object.keys(LEARNED_WEIGHTS)) expect(FEATURES).toContain(name);
    expect(LEARNED.margin).toBeGreaterThan(0);
  });
});

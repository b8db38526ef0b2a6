import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { RANKING } from '../../src/search/ranking.js';
import { realService } from '../helpers.js';

const service = realService();
const citations = (q: string) => (service.search(q, { limit: 4 }) as SearchAnswer).hits.map((h) => h.citation);

// A report's subsection holds one topic over several paragraphs: when the third passage comes from another subsection
// and the fourth from the first passage's own, the fourth takes third place (docs/search.md, quality round 99).
describe('third place for the first passage’s subsection', () => {
  it('lifts the fourth passage, a sibling of the first, over a third from elsewhere', () => {
    const hits = citations('how many women are killed by their partners every year');
    expect(hits[0]).toContain('Rape and Domestic Violence ¶3');
    expect(hits[2]).toContain('Rape and Domestic Violence ¶2');
    expect(hits[3]).toContain('Women › Discrimination ¶1');
  });

  it('moves nothing when the rule is off', () => {
    const saved = RANKING.subsectionThird;
    RANKING.subsectionThird = 0;
    try {
      const hits = citations('how many women are killed by their partners every year');
      expect(hits[2]).toContain('Women › Discrimination ¶1');
    } finally {
      RANKING.subsectionThird = saved;
    }
  });

  it('keeps a third passage that is the first’s sibling', () => {
    const hits = citations('do people bribe judges');
    expect(hits.slice(0, 3).every((c) => c.startsWith('§1.e Denial of Fair Public Trial ¶'))).toBe(true);
  });
});

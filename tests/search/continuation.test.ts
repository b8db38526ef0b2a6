import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const hits = (q: string) => (service.search(q, { limit: 5 }) as SearchAnswer).hits;
const PARTIES = '3/elections-and-political-participation/political-parties-and-political-participation';

// A report states a topic and carries it on in the next paragraph without naming it again; the paragraph right after
// the fusion's first, under the same heading and among its first five, is scored at least 0.9 of the first
// (`RANKING.nextParagraph`, quality round 150).
describe('the paragraph carrying on the first passage’s topic, on the real report', () => {
  it.each(['how does a new party get registered', 'steps to register a party', 'what do you need to register a party'])(
    'puts the registration rules right after the registered parties among the first three for “%s”',
    (query) => {
      const ranked = hits(query);
      expect(ranked[0]!.paragraphId).toBe(`${PARTIES}#2`);
      const at = ranked.findIndex((h) => h.paragraphId === `${PARTIES}#3`);
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(3);
      expect(ranked[at]!.text).toContain('founding congress with a minimum attendance of 1,000 delegates');
    },
  );

  it('leaves the first place to the passage that wins it', () => {
    // "…the right to strike in principle…" (§7.a ¶6) is first; its successor stays behind passages scoring within 0.9 of it.
    const ranked = hits('does the law protect the right to strike');
    expect(ranked[0]!.text).toContain('right to strike in principle');
  });
});

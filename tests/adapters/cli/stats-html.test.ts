/** The stats page's escaping as a property: whatever users typed (or a report says), no markup of theirs reaches the page. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderStatsHtml } from '../../../src/adapters/cli/stats-html.js';
import { computeStats } from '../../../src/feedback/stats.js';
import type { FeedbackRows } from '../../../src/feedback/store.js';

function statsWith(text: string) {
  const rows: FeedbackRows = {
    answers: [{
      id: 'a1', shownAt: 0, day: '2026-12-01', platform: 'slack', kind: 'search', reportId: text, covered: false, query: text,
      passages: [{ reportId: text, paragraphId: 'p1', sectionId: text, citation: text }],
    }],
    votes: [{ answerId: 'a1', vote: 'down', comment: text, votedAt: 0, day: '2026-12-01' }],
  };
  return computeStats(rows, [{ channel: { platform: 'slack', channelId: text }, status: 'active', time: text, timeZone: text, states: ['sent'] }], '2026-12-01', '2026-12-02');
}

/** Every tag (with its attributes) in the page, as a multiset key. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()).sort();
}

describe('the stats page', () => {
  it('escapes text so that it reads back as itself and holds no markup character', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const escaped = escapeHtml(text);
      expect(escaped).not.toMatch(/[<>"']/);
      expect(escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)).toBe(text);
    }), { numRuns: 300 });
  });

  it('has the same tags whatever text users or reports put into it', () => {
    const baseline = tags(renderStatsHtml(statsWith('plain words')));
    fc.assert(fc.property(
      fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</title><script>', '<!--', ']]>')),
      (text) => {
        expect(tags(renderStatsHtml(statsWith(text)))).toEqual(baseline);
      },
    ), { numRuns: 200 });
  });
});

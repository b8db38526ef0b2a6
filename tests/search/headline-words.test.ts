import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// A news editor's headline words ("probe", "curbs", "axed") read as the report's (round 146, the thesaurus's headline lines).
describe('headline words, on the real report', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['judges axed over ethics breaches', '32 judges were punished for violations of judicial ethics'],
    ['torture probes - how many reached court', 'criminal investigations of torture went to court trial'],
  ])('answers “%s” with the passage that states it first, covered', (query, answering) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]!.text).toContain(answering);
  });

  it.each(['nasa probe to jupiter - launch date', 'scrapped car recycling fees', 'ousted ceo golden parachute'])(
    'still refuses “%s”, the same words off topic',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );
});

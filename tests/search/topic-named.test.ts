import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 167 (docs/search-quality.md, `TOPIC_NAMED`): a short question whose first passage holds two of its own specific
// words in one sentence names its topic there, and the everyday noun the report lacks says what is asked of it; a general
// word ("legal", "age"), a permission's frame ("allowed") or a word nothing knows ("guantanamo") is no such evidence.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a short question whose first passage names its topic in two of its own specific words (round 167)', () => {
  it.each([
    ['are detainees tortured with truncheons', 'police and prison officials allegedly tortured'],
    ['are disabled prisoners given walking frames', 'problems of mobility for prisoners with disabilities'],
  ])('answers “%s” from the passage stating it', (query, stated) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.text).toContain(stated);
  });

  it.each([
    'what is the legal drinking age',
    'are muslim prisoners allowed to celebrate eid',
    'are detainees tortured at guantanamo',
    'are disabled athletes given medals',
  ])('still refuses “%s”', (query) => {
    expect(search(query).covered).toBe(false);
  });
});

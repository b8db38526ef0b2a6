import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 83 (docs/search-quality.md): a worried relative's long question tells a story ("my uncle is in prison there and we
// are so worried about him") around what it asks; the passage that answers names no uncle and no worry.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
/** How many in-scope (or, with `offTopic`, off-topic) rows of a probe file of bench/questions are refused. */
function refusedProbes(file: string, offTopic: boolean): number {
  return loadQuestions(join(packageRoot(), 'bench', 'questions', file)).filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
}

describe('a long question’s story — whom the asker speaks of and how they feel — is its frame, not what it asks (round 83)', () => {
  it.each([
    // Main: 0.020 and 0.001 (the uncle and the worry were a third of what the first passage had to hold).
    ['my uncle is in prison there and we are so worried about him, are the conditions in the prisons really bad', 'my uncle is in prison there and his birthday is next week, can i send him a cake or a parcel with food'],
    // Main: 0.041 and 0.015; "husband" is a thesaurus entry (domestic violence), what is asked, and stays.
    ['my aunt\'s husband hits her and she lives in a small village, will the police actually do anything to help her', 'my brother works as a builder there and hurt his back, which painkillers are best for back pain'],
    // Written after the change was first measured (personal-probes batch 2).
    ['my grandson is on trial and our family is so anxious, how many people are on a jury there', 'my grandson is getting married and our family is so excited, how many guests usually come to a wedding there'],
  ])('answers “%s” and refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });

  it('reads "my best friend" as a person of the story, not a choice asked of the bot', () => {
    expect(search('my best mate just found out he has hiv and he is so scared, does he have to pay for his treatment').covered).toBe(true);
    expect(search('my best mate just found out he has diabetes and he is so scared, does sugar free chocolate raise blood sugar').covered).toBe(false);
    expect(search('which phone has the best camera').covered).toBe(false);
  });

  it('leaves a short question judged on all its words', () => {
    expect(search('my son got kicked out of football practice').covered).toBe(false);
    expect(search('why do i feel sad for no reason').covered).toBe(false);
  });

  // bench/questions/personal-probes.jsonl, batch 1 written before the code: main refused 14 of 44 in scope and 43 of 45 off-topic;
  // batch 2, written after: 9 of 24 and 23 of 24.
  it('refuses fewer in-scope personal probes and nearly as many off-topic ones', () => {
    expect(refusedProbes('personal-probes.jsonl', false)).toBeLessThanOrEqual(8);
    expect(refusedProbes('personal-probes.jsonl', true)).toBeGreaterThanOrEqual(64);
  });
});

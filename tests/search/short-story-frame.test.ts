import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 92 (docs/search.md): a worried relative's short question names whom it is about ("my nephew was arrested
// yesterday, does he get a lawyer"); the passage that answers names no nephew. Round 83 framed that person only in a long
// question; a short one frames them when its first passage holds the rest of the question (two of its known words in one
// sentence), so the story's person never answers a question whose other words the report holds one at a time.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
/** How many in-scope (or, with `offTopic`, off-topic) rows of a probe file of bench/questions are refused. */
function refusedProbes(file: string, offTopic: boolean): number {
  return loadQuestions(join(packageRoot(), 'bench', 'questions', file)).filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
}

describe('a short question’s person of the story is its frame when the first passage holds what it asks (round 92)', () => {
  it.each([
    // Main: 0.059 and 0.391 ("nephew", known 0.07, weighed as much as "arrested").
    ['my nephew was arrested yesterday, does he get a lawyer', 'my nephew was arrested yesterday, does he get a free phone call'],
    // Main: 0.082 and 0.003.
    ['my granddad is in prison, is there heating in winter', 'my granddad is in hospital, is there wifi in winter'],
  ])('answers “%s” and refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });

  it('keeps the person in a short question whose words no passage holds together', () => {
    // The person refused these by luck (round 83's finding): framed, their thesaurus phrases would answer them.
    expect(search('my son got kicked out of football practice').covered).toBe(false);
    expect(search('why was my cousin thrown out of the bar after a fight').covered).toBe(false);
    expect(search('my friend says nasty things about my girlfriend what do i do').covered).toBe(false);
    expect(search('my aunt is a chef, can she be fined for bad food').covered).toBe(false);
  });

  it('leaves how the asker feels judged in a short question', () => {
    expect(search('why do i feel sad for no reason').covered).toBe(false);
  });

  // bench/questions/refusal-probes-3.jsonl, written before the code: main refused 19 of 112 in scope and 70 of 96 off-topic.
  it('refuses fewer in-scope refusal probes and as many off-topic ones', () => {
    expect(refusedProbes('refusal-probes-3.jsonl', false)).toBeLessThanOrEqual(17);
    expect(refusedProbes('refusal-probes-3.jsonl', true)).toBeGreaterThanOrEqual(70);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 93 (docs/search-quality.md): a worried relative's short question names whom it is about ("my nephew was arrested
// yesterday, does he get a lawyer"); the passage that answers names no nephew. Round 83 framed that person only in a long
// question; a short one frames them when its first passage holds the rest of the question (two of its known words in one
// sentence), so the story's person never answers a question whose other words the report holds one at a time.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
/** How many in-scope (or, with `offTopic`, off-topic) rows of a probe file of bench/questions are refused. */
function refusedProbes(file: string, offTopic: boolean): number {
  return loadQuestions(join(packageRoot(), 'bench', 'questions', file)).filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
}

describe('a short question’s person of the story is its frame when the first passage holds what it asks (round 93)', () => {
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

  // Written after the first change was measured: whether someone is safe as what they are is asked of the report's topic.
  it('frames the worry whether the person is safe ("is she safe", "will he be safe", "safe for him")', () => {
    // Main: 0.041 and 0.022.
    expect(search('my friend is a blogger there, is he safe').covered).toBe(true);
    expect(search('my cousin is lesbian, is it safe for her there').covered).toBe(true);
    for (const q of [
      'my friend is a pilot there, is she safe',
      'my daughter is a tourist in almaty, is it safe for her',
      'my son is going hiking in the mountains, will he be safe',
      'my friend wants to swim in the lake, is it safe for him',
      'is the tap water safe to drink',
    ])
      expect(search(q).covered, q).toBe(false);
  });

  it('leaves how the asker feels judged in a short question', () => {
    expect(search('why do i feel sad for no reason').covered).toBe(false);
  });

  // bench/questions/refusal-probes-3.jsonl, batch 1 written before the code: main refused 19 of 112 in scope and 70 of 96
  // off-topic; batch 2, written after the first measure: 4 of 8 and 12 of 12.
  it('refuses fewer in-scope refusal probes and as many off-topic ones', () => {
    expect(refusedProbes('refusal-probes-3.jsonl', false)).toBeLessThanOrEqual(16);
    expect(refusedProbes('refusal-probes-3.jsonl', true)).toBeGreaterThanOrEqual(82);
  });
});

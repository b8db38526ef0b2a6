import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 121 (docs/search-quality.md): advice asked after the asker's story ("…, how do I write a formal letter…") is
// advice as it is at the question's start, unless the first passage holds what the advice clause asks about.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('advice asked after the asker’s story is read as advice (round 121)', () => {
  it.each([
    // Main covered each (0.645, 0.535, 0.616): the story lends the report's words, the advice asks of a letter, a CV, sign language.
    'My company is in a contract dispute with a local supplier who delivered late, how do I write a formal letter of complaint to them?',
    'I work for an oil service company and our union was shut down, how do I write a good CV for a new job?',
    "my little brother is deaf and we're looking for help, where can we learn sign language online",
  ])('refuses “%s”', (offTopic) => {
    expect(search(offTopic).covered).toBe(false);
  });

  it.each([
    // The first passage holds the advice clause's words: the report states the course of people in the asker's place.
    ['We are ten friends who want to start a public association for local history, how do we register it?', 'must be registered with the Ministry of Justice'],
    ["I'm a refugee and my daughter was born here last year, how do I get her recognised as a citizen?", 'Children of refugees born in the country are also not recognized as citizens'],
    ['we are organising a rally against a new landfill in our town, how do we get a permit from the authorities?', 'at least 10 days in advance for a permit'],
  ])('answers “%s” with the passage stating the course', (inScope, answer) => {
    const found = search(inScope);
    expect(found.covered).toBe(true);
    expect(found.hits[0]?.text).toContain(answer);
  });

  it('leaves a story whose question clause asks no advice as it was', () => {
    expect(search('my brother was picked up by the police last night, how long can they keep him before charging him?').covered).toBe(true);
  });

  // bench/questions/long-probes-4.jsonl: main refused 54 of its 82 off-topic rows and 6 of its 82 in-scope rows (round 121: 68 and 10).
  it('refuses more off-topic rows of the long probes and few more in-scope ones', () => {
    const rows = loadQuestions(join(packageRoot(), 'bench', 'questions', 'long-probes-4.jsonl'));
    const refused = (offTopic: boolean) => rows.filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
    expect(refused(true)).toBeGreaterThanOrEqual(66);
    expect(refused(false)).toBeLessThanOrEqual(10);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import type { CoverageTrace } from '../../src/search/coverage.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 50 (docs/search-quality.md): everyday questions made of words the report writes, asking the bot to choose,
// judge or troubleshoot for the asker, were answered with full confidence.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('everyday questions in the report’s words are refused, their in-scope look-alikes answered (round 50)', () => {
  it.each([
    // A superlative or a word of worth the report never writes asks for a choice, wherever it stands.
    ['which mobile phone has the best camera', 'do internet cafes ask for id'],
    ['what is a good age to give a child a phone', 'at what age can children do light work'],
    // The asker's own course.
    ['how much should I tip a taxi driver', 'how much is overtime pay on a holiday'],
    // What something is good for, and why the asker's own thing misbehaves.
    ['is working from home good for productivity', 'can my boss force me to work overtime'],
    ['why is my internet so slow', 'can the government shut down the internet'],
    // Tips asked for, wherever they stand (round 71): a report gives none, though it writes "tip" and "job".
    ['tips for a job interview', 'can a worker fired for joining a union get the job back'],
    ['what are some good tips for saving money on food as a student', 'are students forced to pick cotton'],
  ])('refuses “%s” and answers “%s”', (offTopic, inScope) => {
    expect(search(offTopic).covered).toBe(false);
    expect(search(inScope).covered).toBe(true);
  });

  it.each([
    // A word of worth the report writes itself ("lack of decent housing") is asked of its judgement, not the bot's.
    'do migrant workers get a decent place to live',
    // The report judges with "worst" itself, and tells what NGOs "recommended": neither is a choice asked of the bot.
    'what was done about the worst prisons',
    'did the government accept what NGOs recommended',
  ])('still answers “%s”', (inScope) => {
    expect(search(inScope).covered).toBe(true);
  });

  // bench/questions/everyday-probes.jsonl, written before round 50's code: 84 of 89 off-topic and 1 of 45 in-scope refused before.
  it('refuses the everyday probes as recorded, and no more of their look-alikes', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'everyday-probes.jsonl'));
    const refused = (off: boolean) => probes.filter((q) => (q.kind === 'offtopic') === off && !search(q.query).covered).length;
    expect(refused(true)).toBeGreaterThanOrEqual(87);
    expect(refused(false)).toBeLessThanOrEqual(1);
  });

  it('names the rule in the trace', () => {
    const trace: CoverageTrace = {};
    service.search('which mobile phone has the best camera', { limit: 3, coverageTrace: trace });
    expect(trace.rules).toContain('everydayAdvice');
  });
});

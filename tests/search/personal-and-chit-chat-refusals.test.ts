import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import type { CoverageTrace } from '../../src/search/coverage.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 58 (docs/search-quality.md): everyday and chit-chat lines of a few words, each word one the report writes, were
// answered as if the report covered them: the asker's own life, a definition of an everyday thing, a formula of conversation.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('the asker’s own life in the report’s words is refused, their own case in the report answered (round 58)', () => {
  it.each([
    ['my phone battery dies fast', 'my friend was tortured by police'],
    ['our family needs more money', 'my child was hit at school'],
    ['can I work from home today', 'can I join a union'],
    ['my son hates school', 'can I visit my son in prison'],
  ])('refuses “%s” and answers “%s”', (offTopic, inScope) => {
    expect(search(offTopic).covered).toBe(false);
    expect(search(inScope).covered).toBe(true);
  });

  it.each([
    // A thesaurus entry names the report's topic; the asker's everyday words stand apart from it.
    'can I travel abroad freely',
    'can I get a birth certificate for my baby',
    'my husband beats me',
    // The police of the passage stand a sentence before its body search.
    'can police search me',
  ])('still answers “%s”', (inScope) => {
    expect(search(inScope).covered).toBe(true);
  });

  it('names the rule in the trace', () => {
    const trace: CoverageTrace = {};
    service.search('my phone battery dies fast', { limit: 3, coverageTrace: trace });
    expect(trace.rules).toContain('personalApart');
  });
});

describe('"what is a/an X" is a question like any other: the report describes its kinds of thing without defining them', () => {
  // Round 58 read it as a definition question and refused every one of these (the report never writes "X is defined as"),
  // though each passage found first says what the thing is: a student's everyday question about the report's terms.
  it.each(['what is a jury trial', 'what is a political prisoner', 'what is a stateless person', 'what is an administrative arrest', 'what is a conscript'])(
    'answers “%s”',
    (inScope) => {
      expect(search(inScope).covered).toBe(true);
    },
  );
});

describe('formulae of conversation and questions about the bot’s own life get the pointer to help (round 58)', () => {
  it.each(['good work', 'well done', 'take care', 'no problem', 'fair enough', 'sounds good', 'happy new year', 'your family', 'do you have children', 'are you married'])(
    'answers “%s” as small talk',
    (chat) => {
      expect(search(chat).smallTalk).toBe(true);
    },
  );

  it.each(['good work conditions', 'do you have to register a union', 'are you allowed to strike', 'no problem with the police'])('still searches “%s”', (query) => {
    const answer = search(query);
    expect(answer.smallTalk).toBe(false);
    expect(answer.covered).toBe(true);
  });
});

// bench/questions/everyday-probes-2.jsonl, written before round 58's code: 40 of 68 off-topic and 1 of 35 in-scope refused before.
describe('everyday-probes-2', () => {
  it('refuses the probes as recorded, and one more look-alike at most', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'everyday-probes-2.jsonl'));
    const refused = (off: boolean) => probes.filter((q) => (q.kind === 'offtopic') === off && !search(q.query).covered).length;
    // 55 with round 58's "what is a/an X" rule, undone after round 62 (two of its rows are that shape).
    expect(refused(true)).toBeGreaterThanOrEqual(53);
    expect(refused(false)).toBeLessThanOrEqual(2);
  });
});

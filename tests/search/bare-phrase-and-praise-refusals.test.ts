import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import type { CoverageTrace } from '../../src/search/coverage.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 66 (docs/search-quality.md): a line of two to four common words, each one the report happens to write, was answered
// as if the report covered what it names ("phone case", "mobile phone plans"), and praise of an answer ("fair point", "well
// said") as if it asked the report something.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a bare phrase whose known words no answering passage holds two of is refused (round 66)', () => {
  it.each(['phone case', 'mobile phone plans', 'new phone prices', 'popular baby names'])('refuses “%s”', (offTopic) => {
    expect(search(offTopic).covered).toBe(false);
  });

  // A word of the phrase heading the first passage: the report may write the other its own way ("in her workplace").
  it.each(['overtime pay', 'co-workers harassment', 'army hazing', 'spousal rape', 'bribing judges', 'hunger strikes', 'blocked websites', 'ballot stuffing'])('still answers “%s”', (inScope) => {
    expect(search(inScope).covered).toBe(true);
  });

  it('names the rule in the trace', () => {
    const trace: CoverageTrace = {};
    service.search('phone case', { limit: 3, coverageTrace: trace });
    expect(trace.rules).toContain('phraseApart');
  });
});

describe('praise of an answer and assent get the pointer to help (round 66)', () => {
  it.each(['good point', 'fair point', 'well said', 'well played', 'very helpful', 'keep going', 'good question', 'nice try', 'sounds fair', 'big fan'])(
    'answers “%s” as small talk',
    (chat) => {
      expect(search(chat).smallTalk).toBe(true);
    },
  );

  it.each(['fair trial', 'fair elections', 'good governance', 'question of detention'])('still searches “%s”', (query) => {
    const answer = search(query);
    expect(answer.smallTalk).toBe(false);
    expect(answer.covered).toBe(true);
  });
});

// bench/questions/everyday-probes-3.jsonl: 82 off-topic and 45 in-scope rows written before round 66's code (53 and 3 refused
// before, 65 and 3 after), 28 off-topic look-alikes written after it (ev3-o101…, 16 refused before, 22 after).
describe('everyday-probes-3', () => {
  it('refuses the probes as recorded', () => {
    const probes = loadQuestions(join(packageRoot(), 'bench', 'questions', 'everyday-probes-3.jsonl'));
    const refused = (off: boolean) => probes.filter((q) => (q.kind === 'offtopic') === off && !search(q.query).covered).length;
    expect(refused(true)).toBeGreaterThanOrEqual(87);
    expect(refused(false)).toBeLessThanOrEqual(3);
  });
});

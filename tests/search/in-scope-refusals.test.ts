import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { americanSpellings } from '../../src/search/american-spelling.js';
import type { CoverageTrace } from '../../src/search/coverage.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';

// Quality round 47 (docs/search-quality.md): in-scope questions refused because the asker's words differ from the report's.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
/** How many in-scope (or, with `offTopic`, off-topic) rows of a probe file of bench/questions are refused. */
function refusedProbes(file: string, offTopic: boolean): number {
  return loadQuestions(join(packageRoot(), 'bench', 'questions', file)).filter((q) => (q.kind === 'offtopic') === offTopic && !search(q.query).covered).length;
}

describe('in-scope questions in the asker’s own words are answered, their off-topic look-alikes still refused (round 47)', () => {
  it.each([
    // A British spelling ("centres") of a word the report writes; the count's place ("for battered women") named by the passage's headings.
    ['how many crisis centres were there for battered women', 'how many jews live in new york city'],
    // "fraction" asks for a figure ("70 percent"): not a word the report lacks.
    ['what fraction of people could get online', 'what fraction of people own a dishwasher'],
    // Brand names are what a long question asks about, not a setting like a city.
    ['were facebook and youtube cut off during the fight at the building site', 'were dodgy things going on in the last world cup draw'],
    // Hearsay puts the question; its words are not the topic.
    [
      'my friend says that a lot of women are killed by their partners every single year there, is that true and how many',
      'my friend says a lot of people win at the casino every single year there, is that true and how many',
    ],
  ])('answers “%s” and refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });

  // bench/questions/cover-probes-5.jsonl, written before round 47's code: 10 of 85 in-scope and 27 of 33 off-topic refused before.
  it('refuses fewer in-scope probes of cover-probes-5 and no fewer off-topic ones', () => {
    expect(refusedProbes('cover-probes-5.jsonl', false)).toBeLessThanOrEqual(6);
    expect(refusedProbes('cover-probes-5.jsonl', true)).toBeGreaterThanOrEqual(27);
  });

  it('names the rule that refused a question in its trace, for a developer', () => {
    const trace: CoverageTrace = {};
    const answer = service.search('how many jews live in new york city', { limit: 3, coverageTrace: trace }) as SearchAnswer;
    expect(answer.covered).toBe(false);
    expect(trace.rules).toContain('isUncountedStock');
    expect(trace.words?.map((w) => w.word)).toContain('jews');
    expect(trace.knownShare).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(answer)).not.toContain('knownShare');
  });
});

describe('a verb the report never writes says what happens to a topic its passage holds (round 49)', () => {
  it.each([
    // "die": the first passage holds "workers" and "job" in one sentence; "bees" and "winter" are nowhere.
    ['why do workers die on the job', 'why do bees die in winter'],
    ['how many workers die at work', 'how many people die of cancer every year'],
    ['who sits on a production council', 'who sits on the board of apple'],
    ['can prosecutors overrule the courts', 'can referees overrule the coaches'],
  ])('answers “%s” and refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });

  it('still counts a gerund in full', () => {
    // "drinking" is the topic: the passages found hold "legal age" for something else. Round 49 pinned "does the government
    // extradite suspects to other countries" here too, refused only because its eight words put it past `isTopicHeld`'s
    // length; round 157 (`describesOnly`) answers it, one of that round's seven off-topic rows lost (docs/search-quality.md).
    expect(search('what is the legal drinking age').covered).toBe(false);
  });

  // bench/questions/cover-probes-6.jsonl, written before round 49's code: 16 of 82 in-scope and 33 of 43 off-topic refused before.
  it('refuses fewer in-scope probes of cover-probes-6 and no fewer off-topic ones', () => {
    expect(refusedProbes('cover-probes-6.jsonl', false)).toBeLessThanOrEqual(15);
    expect(refusedProbes('cover-probes-6.jsonl', true)).toBeGreaterThanOrEqual(33);
  });
});

describe('americanSpellings', () => {
  it.each([
    ['centres', 'centers'],
    ['labour', 'labor'],
    ['criticised', 'criticized'],
    ['organisation', 'organization'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
    ['catalogue', 'catalog'],
    ['judgement', 'judgment'],
    ['programme', 'program'],
    ['analysed', 'analyzed'],
  ])('spells “%s” as “%s”', (british, american) => {
    expect(americanSpellings(british)).toContain(american);
  });

  it('proposes nothing for a short word or one no British ending fits', () => {
    expect(americanSpellings('tree')).toEqual([]);
    expect(americanSpellings('prison')).toEqual([]);
  });
});

describe('a short question is not scattered by the country’s adjective or by its focus written in another form (round 56)', () => {
  it.each([
    // "kazakh": search ignores the country's name, so its passages seldom repeat it; it was the focus the first passage lacked.
    'are kazakh courts independent',
    // "spouse": the first passage writes "spousal rape", a form Porter stemming leaves apart.
    'is it a crime to rape your spouse',
  ])('answers “%s”', (inScope) => {
    expect(search(inScope).covered).toBe(true);
  });

  it.each([
    // Beside a word the report does not know, the country is what is asked about: excluded here too, "kazakh" answered this one.
    'what are traditional kazakh dishes',
    'are kazakh horses fast',
    'is kazakh music popular',
    'can you inherit from your spouse',
  ])('still refuses “%s”', (offTopic) => {
    expect(search(offTopic).covered).toBe(false);
  });
});

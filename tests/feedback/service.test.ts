/** The feedback service on its own: what an answer shown records, voter keys, and the 👎 form's text as hostile input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { cleanComment, MAX_COMMENT_LENGTH } from '../../src/feedback/comment.js';
import { FeedbackService } from '../../src/feedback/service.js';
import type { FeedbackStore } from '../../src/feedback/store.js';
import { voterKey } from '../../src/feedback/voter-key.js';
import { realService } from '../helpers.js';

/** A store that only remembers the install secret: `shown` never touches the store. */
const secretOnly = { installSecret: async (candidate: string) => candidate } as unknown as FeedbackStore;

describe('answers shown', () => {
  const service = realService();

  it('records a search with its passages, report and coverage, and its query only with LOG_QUERIES', async () => {
    const answer = service.search('how long can police hold a detainee') as SearchAnswer;
    const quiet = (await FeedbackService.open(secretOnly)).shown(answer, 'slack')!;
    expect(quiet).toMatchObject({ kind: 'search', platform: 'slack', reportId: answer.report.id, covered: answer.covered });
    expect(quiet.passages.map((p) => p.paragraphId)).toEqual(answer.hits.map((h) => h.paragraphId));
    expect(quiet).not.toHaveProperty('query');
    expect(JSON.stringify(quiet)).not.toContain('how long can police');
    expect(FeedbackService.asksForVotes(quiet)).toBe(true);
    const logged = (await FeedbackService.open(secretOnly, { logQueries: true })).shown(answer, 'slack')!;
    expect(logged.query).toBe('how long can police hold a detainee');
  });

  it('records a search the report does not cover as not covered', async () => {
    const answer = service.search('bitcoin mining regulation in antarctica') as SearchAnswer;
    expect(answer.covered).toBe(false);
    expect((await FeedbackService.open(secretOnly)).shown(answer, 'discord')).toMatchObject({ covered: false });
  });

  it('records a section read without vote buttons, and nothing for small talk, help or errors', async () => {
    const feedback = await FeedbackService.open(secretOnly);
    const section = feedback.shown(service.section('2a'), 'discord');
    expect(section).toMatchObject({ kind: 'section', passages: [{ sectionId: '2.a', paragraphId: '' }] });
    expect(FeedbackService.asksForVotes(section)).toBe(false);
    expect(feedback.shown(service.search('hello'), 'discord')).toBeUndefined();
    expect(feedback.shown(service.section('no such section at all'), 'discord')).toBeUndefined();
    expect(feedback.shown({ kind: 'help', commands: [] }, 'discord')).toBeUndefined();
  });
});

describe('voter keys', () => {
  it('are the same for one user on one answer, unrelated across answers, users and secrets, and never contain the id', () => {
    const key = voterKey('s3cret', 'discord', '123456789012345678', 'ans1');
    expect(voterKey('s3cret', 'discord', '123456789012345678', 'ans1')).toBe(key);
    expect(new Set([
      key,
      voterKey('s3cret', 'discord', '123456789012345678', 'ans2'),
      voterKey('s3cret', 'discord', '123456789012345679', 'ans1'),
      voterKey('s3cret', 'slack', '123456789012345678', 'ans1'),
      voterKey('other', 'discord', '123456789012345678', 'ans1'),
    ]).size).toBe(5);
    expect(key).not.toContain('123456789012345678');
  });
});

describe('the 👎 form text', () => {
  it('is trimmed, kept as one line, and empty text keeps nothing', () => {
    expect(cleanComment('  the law on\r\nNGO   registration \t ')).toBe('the law on NGO registration');
    expect(cleanComment(' \u200b\n ')).toBeUndefined();
    expect(cleanComment(undefined)).toBeUndefined();
    expect(cleanComment(42)).toBeUndefined();
  });

  it('whatever is typed, is bounded and free of control and direction-override characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 800 })), (typed) => {
        const kept = cleanComment(typed);
        if (kept === undefined) return;
        expect(Array.from(kept).length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
        expect(kept).toBe(kept.trim());
        expect(kept.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(kept).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 500 },
    );
  });
});

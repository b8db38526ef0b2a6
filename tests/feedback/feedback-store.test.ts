/**
 * The feedback half of the shared store's contract, run against every backend (SQLite, and PostgreSQL
 * when the run has a server): answers shown, one vote per voter and answer, comments, pruning.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DailyStore } from '../../src/daily/store.js';
import type { ShownAnswer } from '../../src/feedback/store.js';
import { BACKENDS, twoConnections } from '../daily/backends.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-02T08:00:00Z');

function shown(id: string, at = NOW, extra: Partial<ShownAnswer> = {}): ShownAnswer {
  return {
    id,
    shownAt: at,
    day: new Date(at).toISOString().slice(0, 10),
    platform: 'discord',
    kind: 'search',
    reportId: 'kazakhstan-2017-human-rights-report',
    covered: true,
    passages: [
      { reportId: 'kazakhstan-2017-human-rights-report', paragraphId: '1.c#2', sectionId: '1.c', citation: '§1.c Torture ¶2' },
      { reportId: 'kazakhstan-2017-human-rights-report', paragraphId: '2.a#5', sectionId: '2.a', citation: '§2.a Freedom of Expression ¶5' },
    ],
    ...extra,
  };
}

describe.each(BACKENDS)('feedback in the $name store', (backend) => {
  const open: DailyStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  const connect = (): Promise<[DailyStore, DailyStore]> => twoConnections(backend, open);

  it.skipIf(backend.skip)('keeps an answer shown with its passages in order, once, and no query unless given', async () => {
    const [a, b] = await connect();
    await a.recordAnswer(shown('ans1'));
    await a.recordAnswer(shown('ans1', NOW + 5, { covered: false })); // the same id again changes nothing
    await a.recordAnswer(shown('ans2', NOW + 10, { covered: false, query: 'who monitors prisons?', passages: [] }));
    const rows = await b.feedbackSince('2026-03-01');
    expect(rows.answers).toEqual([shown('ans1'), shown('ans2', NOW + 10, { covered: false, query: 'who monitors prisons?', passages: [] })]);
    expect(rows.answers[0]).not.toHaveProperty('query');
    expect((await b.feedbackSince('2026-03-03')).answers).toEqual([]);
  });

  it.skipIf(backend.skip)('counts one vote per voter and answer; a second click changes it; another voter adds one', async () => {
    const [a, b] = await connect();
    await a.recordAnswer(shown('ans1'));
    expect(await a.castVote('ans1', 'voter-x', 'up', NOW + 1)).toBe('new');
    expect(await b.castVote('ans1', 'voter-x', 'up', NOW + 2)).toBe('same');
    expect((await a.feedbackSince('2026-03-02')).votes).toEqual([{ answerId: 'ans1', vote: 'up', votedAt: NOW + 1, day: '2026-03-02' }]);
    expect(await b.castVote('ans1', 'voter-x', 'down', NOW + 3)).toBe('changed');
    expect(await a.castVote('ans1', 'voter-y', 'down', NOW + 4)).toBe('new');
    const votes = (await a.feedbackSince('2026-03-02')).votes;
    expect(votes.map((v) => v.vote)).toEqual(['down', 'down']);
    expect(votes[0]).toEqual({ answerId: 'ans1', vote: 'down', votedAt: NOW + 3, day: '2026-03-02' });
    // Nothing in a vote says who cast it.
    expect(JSON.stringify(votes)).not.toContain('voter-');
  });

  it.skipIf(backend.skip)('refuses a vote on an answer it never recorded', async () => {
    const [a] = await connect();
    expect(await a.castVote('nope', 'voter-x', 'up', NOW)).toBe('unknown-answer');
    expect((await a.feedbackSince('2000-01-01')).votes).toEqual([]);
  });

  it.skipIf(backend.skip)("keeps a 👎's comment, only on that voter's 👎, and drops it when the vote turns 👍", async () => {
    const [a, b] = await connect();
    await a.recordAnswer(shown('ans1'));
    await a.castVote('ans1', 'voter-x', 'up', NOW + 1);
    expect(await a.addComment('ans1', 'voter-x', 'not this')).toBe(false);
    await a.castVote('ans1', 'voter-x', 'down', NOW + 2);
    expect(await b.addComment('ans1', 'voter-y', 'someone else')).toBe(false);
    expect(await b.addComment('ans1', 'voter-x', "'); DROP TABLE votes; -- <script>")).toBe(true);
    expect((await a.feedbackSince('2026-03-02')).votes[0]?.comment).toBe("'); DROP TABLE votes; -- <script>");
    await a.castVote('ans1', 'voter-x', 'up', NOW + 3);
    expect((await a.feedbackSince('2026-03-02')).votes[0]).not.toHaveProperty('comment');
  });

  it.skipIf(backend.skip)('prunes answers, their passages and votes older than the cut-off, and votes on pruned answers', async () => {
    const [a] = await connect();
    await a.recordAnswer(shown('old', NOW - 100 * DAY));
    await a.recordAnswer(shown('new', NOW - 10 * DAY));
    await a.castVote('old', 'v1', 'down', NOW - 100 * DAY);
    await a.castVote('old', 'v2', 'up', NOW - 5 * DAY); // a recent vote on an old answer goes with it
    await a.castVote('new', 'v1', 'up', NOW - 9 * DAY);
    expect(await a.pruneFeedback(NOW - 90 * DAY)).toEqual({ answers: 1, votes: 2 });
    const rows = await a.feedbackSince('2000-01-01');
    expect(rows.answers.map((r) => r.id)).toEqual(['new']);
    expect(rows.answers[0]!.passages).toHaveLength(2);
    expect(rows.votes.map((v) => v.answerId)).toEqual(['new']);
    expect(await a.castVote('old', 'v3', 'up', NOW)).toBe('unknown-answer');
    expect(await a.pruneFeedback(NOW - 90 * DAY)).toEqual({ answers: 0, votes: 0 });
  });

  it.skipIf(backend.skip)('keeps the first install secret, whichever connection offers one', async () => {
    const [a, b] = await connect();
    const [first, second] = await Promise.all([a.installSecret('secret-a'), b.installSecret('secret-b')]);
    expect(first).toBe(second);
    expect(['secret-a', 'secret-b']).toContain(first);
    expect(await b.installSecret('secret-c')).toBe(first);
  });
});

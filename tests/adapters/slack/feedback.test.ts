/**
 * 👍/👎 through a real Bolt app receiving signed requests, against the fake Slack, with a real SQLite
 * store: what reaches Slack (the private thanks, the form via views.open) and what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID } from '../../fakes/slack/fake-slack.js';
import { feedbackFixture, type FeedbackFixture } from '../../feedback/support.js';
import { blockText, buttons, slashAnswer, startHarness, type Harness } from './harness.js';

describe('feedback on Slack answers', () => {
  let h: Harness;
  let f: FeedbackFixture;
  beforeAll(async () => {
    f = await feedbackFixture();
    h = await startHarness({ feedback: f.feedback });
  });
  afterAll(async () => {
    await h?.close();
    await f?.close();
  });

  async function click(actionId: string, value: string, userId = 'U0ALICE'): Promise<Record<string, unknown>> {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop()!;
    expect((await h.sender.blockAction({ actionId, value, responseUrl, userId })).status).toBe(200);
    await h.fake.waitFor((fake) => fake.responsesTo(id).length > 0);
    return h.fake.responsesTo(id)[0]!.body;
  }

  it('records one vote per user and answer, changes it on a second click, and keeps no user id or query', async () => {
    const answer = await slashAnswer(h, 'torture in prisons');
    const vote = buttons(answer);
    expect(vote.get('hr_vote_up')?.text).toBe('👍 Helpful');
    const answerId = vote.get('hr_vote_up')!.value;
    expect(vote.get('hr_vote_down')!.value).toBe(answerId);
    const shown = await f.rowsWhen((r) => r.answers.length === 1);
    expect(shown.answers[0]).toMatchObject({ id: answerId, platform: 'slack', kind: 'search', covered: true });
    expect(shown.answers[0]).not.toHaveProperty('query');
    for (const p of shown.answers[0]!.passages) expect(blockText(answer)).toContain(p.citation.replace(/&/g, '&amp;'));

    const thanks = await click('hr_vote_up', answerId);
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Thanks — noted.' });
    await f.rowsWhen((r) => r.votes.length === 1);
    await click('hr_vote_up', answerId);
    await click('hr_vote_down', answerId);
    await h.fake.waitFor((fake) => fake.callsTo('views.open').length === 1);
    const form = h.fake.callsTo('views.open')[0]!;
    expect(form.reply.ok).toBe(true);
    expect(JSON.stringify(form.args.view)).toContain('Only what you type here is stored');
    let rows = await f.rowsWhen((r) => r.votes[0]?.vote === 'down');
    expect(rows.votes).toHaveLength(1);

    await click('hr_vote_up', answerId, 'U0BOB');
    rows = await f.rowsWhen((r) => r.votes.length === 2);
    expect(rows.votes.map((v) => v.vote).sort()).toEqual(['down', 'up']);
    const stored = f.everything();
    for (const secret of ['U0ALICE', 'U0BOB', 'torture in prisons']) expect(stored).not.toContain(secret);
  });

  it("keeps what was typed into the 👎 form, cleaned and bounded, and nothing when the form is sent empty", async () => {
    const answer = await slashAnswer(h, 'can journalists be jailed');
    const answerId = buttons(answer).get('hr_vote_down')!.value;
    const opened = h.fake.callsTo('views.open').length;
    await click('hr_vote_down', answerId);
    await h.fake.waitFor((fake) => fake.callsTo('views.open').length === opened + 1);
    const view = h.fake.callsTo('views.open').at(-1)!.args.view as Record<string, unknown>;
    await f.rowsWhen((r) => r.votes.some((v) => v.answerId === answerId));

    const typed = `<!channel> <script>alert(1)</script>\u202e the penalty\u0000 for ${'y'.repeat(9000)}`;
    expect((await h.sender.viewSubmission({ view, values: { why: { why: typed } } })).status).toBe(200);
    const rows = await f.rowsWhen((r) => r.votes.some((v) => v.answerId === answerId && v.comment !== undefined));
    const comment = rows.votes.find((v) => v.answerId === answerId)!.comment!;
    expect(comment.startsWith('<!channel> <script>alert(1)</script> the penalty for yyy')).toBe(true);
    expect(Array.from(comment)).toHaveLength(500);
    expect(comment.includes('\u0000') || comment.includes('\u202e')).toBe(false);
    expect(JSON.stringify(h.logs.lines)).not.toContain('the penalty');

    // A forged form naming an answer the user never voted 👎 on keeps nothing.
    expect((await h.sender.viewSubmission({ view: { ...view, private_metadata: 'not-voted' }, values: { why: { why: 'hello' } } })).status).toBe(200);
    expect(f.everything()).not.toContain('hello');
  });

  it('thanks for a vote whose value is forged (too long, not an id, unknown) and stores nothing', async () => {
    const before = f.everything();
    for (const value of ['x'.repeat(5000), "'; DROP TABLE votes; --", 'AAAAAAAAAAAA', '']) {
      expect(await click('hr_vote_up', value)).toMatchObject({ response_type: 'ephemeral', text: 'Thanks — noted.' });
    }
    expect(f.everything()).toBe(before);
  });

  it('puts the vote buttons on a thread reply to a mention', async () => {
    await h.sender.event(
      { type: 'app_mention', user: 'U0ALICE', text: `<@${FAKE_BOT_USER_ID}> prison conditions`, ts: '1700000200.000001', channel: 'C0GENERAL', event_ts: '1700000200.000001' },
      'Ev0FEEDBACK',
    );
    await h.fake.waitFor((fake) => fake.callsTo('chat.postMessage').length > 0);
    const post = h.fake.callsTo('chat.postMessage').at(-1)!;
    expect(buttons(post.args).has('hr_vote_down')).toBe(true);
  });
});

describe('feedback on Slack with LOG_QUERIES=true', () => {
  it('keeps the query with the answer shown', async () => {
    const f = await feedbackFixture({ logQueries: true });
    const h = await startHarness({ feedback: f.feedback });
    try {
      await slashAnswer(h, 'torture in prisons');
      const rows = await f.rowsWhen((r) => r.answers.length === 1);
      expect(rows.answers[0]!.query).toBe('torture in prisons');
    } finally {
      await h.close();
      await f.close();
    }
  });
});

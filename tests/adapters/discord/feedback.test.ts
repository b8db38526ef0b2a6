/**
 * 👍/👎 through the real discord.js client against the fake Discord, with a real SQLite store: what
 * reaches the user, and what is (and is not) stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../../fakes/discord/snowflake.js';
import { feedbackFixture, type FeedbackFixture } from '../../feedback/support.js';
import { buttons, startHarness, type Harness } from './harness.js';

const bob = { id: snowflake(), username: 'bob', global_name: 'Bob' };

describe('feedback on Discord answers', () => {
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

  it('records one vote per user and answer, changes it on a second click, and keeps no user id or query', async () => {
    const answer = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'torture in prisons' } }));
    const row = buttons(answer.body);
    expect([...row.keys()]).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
    const shown = await f.rowsWhen((r) => r.answers.length === 1);
    expect(shown.answers[0]).toMatchObject({ platform: 'discord', kind: 'search', covered: true });
    expect(shown.answers[0]!.passages.map((p) => p.citation)).toEqual(answer.body.embeds.map((e: { title: string }) => e.title.replace(/\\/g, '')));
    expect(shown.answers[0]).not.toHaveProperty('query');

    const up = await h.fake.answerTo(h.fake.clickButton(answer.message, row.get('Helpful')!.customId));
    expect(up).toMatchObject({ via: 'reply', ephemeral: true });
    expect(up.body.content).toBe('Thanks — noted.');
    expect(up.body.content).not.toContain(h.fake.user.id);
    await f.rowsWhen((r) => r.votes.length === 1);
    await h.fake.answerTo(h.fake.clickButton(answer.message, row.get('Helpful')!.customId));
    const down = await h.fake.answerTo(h.fake.clickButton(answer.message, row.get('Not helpful')!.customId));
    expect(down.via).toBe('modal');
    expect(down.body.title).toBe('Thanks — noted');
    expect(JSON.stringify(down.body.components)).toContain('Only what you type here is stored');
    let rows = await f.rowsWhen((r) => r.votes[0]?.vote === 'down');
    expect(rows.votes).toHaveLength(1);

    await h.fake.answerTo(h.fake.clickButton(answer.message, row.get('Helpful')!.customId, { user: bob }));
    rows = await f.rowsWhen((r) => r.votes.length === 2);
    expect(rows.votes.map((v) => v.vote).sort()).toEqual(['down', 'up']);
    const stored = f.everything();
    expect(stored).not.toContain(h.fake.user.id);
    expect(stored).not.toContain(bob.id);
    expect(stored).not.toContain('torture in prisons');
  });

  it("keeps what was typed into the 👎 form, cleaned and bounded, and thanks privately without pinging", async () => {
    const answer = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'can journalists be jailed' } }));
    const down = await h.fake.answerTo(h.fake.clickButton(answer.message, buttons(answer.body).get('Not helpful')!.customId));
    const answerId = /^hr:fb:why:(.+)$/.exec(down.body.custom_id)![1]!;
    await f.rowsWhen((r) => r.votes.some((v) => v.answerId === answerId));
    const typed = `@everyone <script>alert(1)</script>\u202e the penalty\u0000 for ${'x'.repeat(5000)}`;
    const sent = await h.fake.answerTo(h.fake.submitModal(down.body.custom_id, { why: typed }));
    expect(sent).toMatchObject({ via: 'reply', ephemeral: true });
    expect(sent.body.content).toBe('Thanks — noted.');
    const rows = await f.rowsWhen((r) => r.votes.some((v) => v.answerId === answerId && v.comment !== undefined));
    const comment = rows.votes.find((v) => v.answerId === answerId)!.comment!;
    expect(comment.startsWith('@everyone <script>alert(1)</script> the penalty for xxx')).toBe(true);
    expect(Array.from(comment)).toHaveLength(500);
    expect(comment.includes('\u0000') || comment.includes('\u202e')).toBe(false);
    // The log says a form came in, never what it said.
    expect(JSON.stringify(h.logs)).not.toContain('the penalty');
  });

  it('thanks for a vote on an answer it never showed, or a forged form button, and stores nothing', async () => {
    const answer = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'freedom of assembly' } }));
    await f.rowsWhen((r) => r.answers.length >= 3);
    const before = f.everything();
    for (const customId of ['hr:fb:up:AAAAAAAAAAAA', 'hr:fb:down:AAAAAAAAAAAA', 'hr:fb:why:AAAAAAAAAAAA']) {
      const reply = await h.fake.answerTo(h.fake.clickButton(answer.message, customId));
      expect(reply.via === 'modal' || reply.body.content === 'Thanks — noted.').toBe(true);
    }
    const form = await h.fake.answerTo(h.fake.submitModal('hr:fb:why:AAAAAAAAAAAA', { why: 'forged' }));
    expect(form.body.content).toBe('Thanks — noted.');
    expect(f.everything()).toBe(before);
  });

  it('puts no vote buttons on small talk or errors, and counts a section read', async () => {
    const hello = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'hello' } }));
    expect(buttons(hello.body).has('Helpful')).toBe(false);
    const section = await h.fake.answerTo(h.fake.chatInput({ subcommand: 'section', options: { ref: '1c' } }));
    expect(buttons(section.body).has('Helpful')).toBe(false);
    const rows = await f.rowsWhen((r) => r.answers.some((a) => a.kind === 'section'));
    expect(rows.answers.find((a) => a.kind === 'section')!.passages[0]).toMatchObject({ paragraphId: '', sectionId: '1.c' });
  });
});

describe('feedback on Discord with LOG_QUERIES=true', () => {
  it('keeps the query with the answer shown', async () => {
    const f = await feedbackFixture({ logQueries: true });
    const h = await startHarness({ feedback: f.feedback });
    try {
      await h.fake.answerTo(h.fake.chatInput({ subcommand: 'search', options: { query: 'torture in prisons' } }));
      const rows = await f.rowsWhen((r) => r.answers.length === 1);
      expect(rows.answers[0]!.query).toBe('torture in prisons');
    } finally {
      await h.close();
      await f.close();
    }
  });
});

/** Mentions and direct messages through the Events API: threads, DMs, redeliveries and Slack's rate limit. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { SearchAnswer } from '../../../src/answers.js';
import { FAKE_BOT_USER_ID } from '../../fakes/slack/fake-slack.js';
import { blockText, reportService, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  // Short backoff without a Retry-After, so tests stay fast; a Retry-After is still waited out in full.
  h = await startHarness({ start: { retry: { attempts: 3 } } });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => h.fake.reset());

let eventSeq = 0;
function mention(text: string, extra: Record<string, unknown> = {}) {
  eventSeq += 1;
  return {
    type: 'app_mention',
    user: 'U0ALICE',
    text: `<@${FAKE_BOT_USER_ID}> ${text}`,
    ts: `1700000100.00${eventSeq}`,
    channel: 'C0GENERAL',
    event_ts: `1700000100.00${eventSeq}`,
    ...extra,
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('@hr-bot in a channel', () => {
  test('answers in a thread under the question', async () => {
    const event = mention('how long can police hold a detainee');
    const reply = await h.sender.event(event, 'Ev0THREAD');
    expect(reply.status).toBe(200);
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
    const post = h.fake.callsTo('chat.postMessage')[0]!;
    expect(post.args.channel).toBe('C0GENERAL');
    expect(post.args.thread_ts).toBe(event.ts);
    const expected = reportService().search('how long can police hold a detainee', { limit: 3 }) as SearchAnswer;
    expect(blockText(post.args)).toContain(expected.hits[0]!.citation);
    // A thread reply is public already: no Share button.
    expect(JSON.stringify(post.args.blocks)).not.toContain('hr_share');
  });

  test('a mention inside a thread answers in that same thread', async () => {
    await h.sender.event(mention('prison conditions', { thread_ts: '1699999999.000001' }), 'Ev0INTHREAD');
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
    expect(h.fake.callsTo('chat.postMessage')[0]!.args.thread_ts).toBe('1699999999.000001');
  });

  test('a redelivered event (x-slack-retry-num) is answered once', async () => {
    const event = mention('freedom of assembly');
    await h.sender.event(event, 'Ev0RETRY');
    // Slack redelivers seconds later, so the retry carries a newer timestamp (and so a new signature).
    const retry = await h.sender.event(event, 'Ev0RETRY', { retryNum: 1, timestamp: Math.floor(Date.now() / 1000) + 2 });
    expect(retry.status).toBe(200);
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 1);
    await settle(300);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test('a retry whose first delivery never reached us is still answered', async () => {
    await h.sender.event(mention('internet freedom'), 'Ev0LOSTFIRST', { retryNum: 1 });
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
  });

  test("a 429 with Retry-After from chat.postMessage is waited out and the answer still arrives, unchanged", async () => {
    h.fake.script('chat.postMessage', { status: 429, retryAfter: 1 });
    await h.sender.event(mention('trafficking in persons'), 'Ev0RATELIMIT');
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 2, 5000);
    const [refused, delivered] = h.fake.callsTo('chat.postMessage');
    expect(refused!.status).toBe(429);
    expect(delivered!.status).toBe(200);
    expect(delivered!.reply.ok).toBe(true);
    expect(delivered!.at - refused!.at).toBeGreaterThanOrEqual(950);
    expect(delivered!.args.blocks).toEqual(refused!.args.blocks);
    expect(delivered!.args.thread_ts).toBe(refused!.args.thread_ts);
  });

  test('a bare mention gets help', async () => {
    await h.sender.event(mention(''), 'Ev0BARE');
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
    expect(blockText(h.fake.callsTo('chat.postMessage')[0]!.args)).toContain('/hr search');
  });
});

describe('direct messages', () => {
  test('a DM is answered in the DM, not in a thread', async () => {
    const event = { type: 'message', channel_type: 'im', channel: 'D0ALICE', user: 'U0ALICE', text: 'section 2a', ts: '1700000200.000100', event_ts: '1700000200.000100' };
    await h.sender.event(event, 'Ev0DM');
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
    const post = h.fake.callsTo('chat.postMessage')[0]!;
    expect(post.args.channel).toBe('D0ALICE');
    expect(post.args.thread_ts).toBeUndefined();
    expect(blockText(post.args)).toContain('Freedom of Expression');
  });

  test("the bot's own messages and edits are not answered", async () => {
    await h.sender.event({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: 'U0ALICE', text: 'x', subtype: 'message_changed', ts: '1.1' }, 'Ev0EDIT');
    await h.sender.event({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: FAKE_BOT_USER_ID, bot_id: 'B0BOT', text: 'x', ts: '1.2' }, 'Ev0SELF');
    await h.sender.event({ type: 'message', channel_type: 'channel', channel: 'C0GENERAL', user: 'U0ALICE', text: 'torture', ts: '1.3' }, 'Ev0CHANNEL');
    await settle(300);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

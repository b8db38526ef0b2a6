/** The daily-fact poster against the fake Web API: what it posts, and how failures become PostError. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { webApi } from '@slack/bolt';
import { createSlackFactPoster } from '../../../src/adapters/slack/fact-poster.js';
import { clientOptions } from '../../../src/adapters/slack/web-api.js';
import type { FactAnswer } from '../../../src/answers.js';
import { PostError, UncertainPostError } from '../../../src/daily/contract.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { blockText, reportService } from './harness.js';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

const fact: FactAnswer = {
  kind: 'fact',
  report: reportService().reports[0]!,
  date: '2026-11-28',
  fact: { id: 'f1', text: 'Police <!channel> detained <@U0BOB> & others.', citation: '§1.d Arbitrary Arrest or Detention ¶2', sectionId: '1.d', paragraphId: '1.d#2' },
};

/** A poster whose Web API client gives up after `timeoutMs` (10 s in production). */
function poster(timeoutMs = 10_000) {
  return createSlackFactPoster(new webApi.WebClient('xoxb-test', { ...clientOptions(fake.apiUrl), timeout: timeoutMs }));
}

const CLIENT_TIMEOUT_MS = 250;

async function failure(post: Promise<void>): Promise<Error> {
  try {
    await post;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the post to fail');
}

async function postError(): Promise<PostError> {
  try {
    await poster().post('C0DAILY', fact);
  } catch (err) {
    if (err instanceof PostError) return err;
    throw err;
  }
  throw new Error('expected the post to fail');
}

describe('Slack fact poster', () => {
  test('posts the fact with its citation to the channel, with no live mentions and no buttons', async () => {
    await poster().post('C0DAILY', fact);
    const [call] = fake.callsTo('chat.postMessage');
    expect(call!.args.channel).toBe('C0DAILY');
    const text = `${blockText(call!.args)}\n${String(call!.args.text)}`;
    expect(text).toContain('§1.d Arbitrary Arrest or Detention ¶2');
    expect(text).toContain('Fact of the day');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<@U0BOB>');
    expect(JSON.stringify(call!.args.blocks)).not.toContain('"actions"');
  });

  test('a 429 becomes a retryable PostError carrying Slack\'s Retry-After', async () => {
    fake.script('chat.postMessage', { status: 429, retryAfter: 7 });
    const err = await postError();
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 7000 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test('a 5xx is retryable; a refused channel is final', async () => {
    fake.script('chat.postMessage', { status: 503 });
    expect((await postError()).retryable).toBe(true);
    fake.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const final = await postError();
    expect(final.retryable).toBe(false);
    expect(final.message).toContain('channel_not_found');
  });

  test('an unreachable Slack is a retryable failure, not a hang', async () => {
    const closed = await FakeSlack.start();
    const url = closed.apiUrl;
    await closed.close();
    const p = createSlackFactPoster(new webApi.WebClient('xoxb-test', clientOptions(url)));
    await expect(p.post('C0DAILY', fact)).rejects.toMatchObject({ retryable: true });
  });
});

describe('exactly one daily post when the outcome of a post is unknown', () => {
  test('each post carries the hr_daily_fact metadata with its ledger key', async () => {
    await poster().post('C0DAILY', fact);
    expect(fake.messagesIn('C0DAILY').map((m) => m.metadata)).toEqual([{ event_type: 'hr_daily_fact', event_payload: { key: 'C0DAILY:2026-11-28', fact_id: 'f1' } }]);
  });

  test('Slack accepting the post but answering after the client timeout gives one post, found in the history', async () => {
    fake.script('chat.postMessage', { delayMs: CLIENT_TIMEOUT_MS * 4 });
    await poster(CLIENT_TIMEOUT_MS).post('C0DAILY', fact);
    expect(fake.messagesIn('C0DAILY')).toHaveLength(1);
    expect(fake.callsTo('conversations.history')[0]!.args).toMatchObject({ channel: 'C0DAILY', include_all_metadata: 'true' });
  });

  test('a connection reset after the post was sent gives one post, found in the history', async () => {
    fake.script('chat.postMessage', { reset: true });
    await poster().post('C0DAILY', fact);
    expect(fake.messagesIn('C0DAILY')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test('a timed-out post the channel does not show is retryable, and the retry posts it once', async () => {
    fake.script('chat.postMessage', { delayMs: CLIENT_TIMEOUT_MS * 4, lost: true });
    const err = await failure(poster(CLIENT_TIMEOUT_MS).post('C0DAILY', fact));
    expect(err).toBeInstanceOf(PostError);
    expect((err as PostError).retryable).toBe(true);
    expect(fake.messagesIn('C0DAILY')).toHaveLength(0);
    await poster().post('C0DAILY', fact, { attempt: 2 });
    expect(fake.messagesIn('C0DAILY')).toHaveLength(1);
  });

  test('a retry first looks in the history and posts nothing when an earlier try landed late', async () => {
    await poster().post('C0DAILY', fact);
    await poster().post('C0DAILY', fact, { attempt: 2 });
    expect(fake.messagesIn('C0DAILY')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  test("another day's post in the history does not count", async () => {
    await poster().post('C0DAILY', { ...fact, date: '2026-11-27' });
    await poster().post('C0DAILY', fact, { attempt: 2 });
    expect(fake.messagesIn('C0DAILY')).toHaveLength(2);
  });

  test('when the history cannot be read the post is uncertain: not retried, so never doubled', async () => {
    fake.script('chat.postMessage', { reset: true });
    fake.script('conversations.history', { body: { ok: false, error: 'missing_scope' } });
    const err = await failure(poster().post('C0DAILY', fact));
    expect(err).toBeInstanceOf(UncertainPostError);
    expect((err as PostError).retryable).toBe(false);
  });
});

/** The daily-fact poster against the fake Web API: what it posts, and how failures become PostError. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { webApi } from '@slack/bolt';
import { createSlackFactPoster } from '../../../src/adapters/slack/fact-poster.js';
import { clientOptions } from '../../../src/adapters/slack/web-api.js';
import type { FactAnswer } from '../../../src/answers.js';
import { PostError } from '../../../src/daily/contract.js';
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

function poster() {
  return createSlackFactPoster(new webApi.WebClient('xoxb-test', clientOptions(fake.apiUrl)));
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

/** Rate limits, daily-fact permissions and failures, through the real Bolt app and the fake Slack. */
import { afterEach, describe, expect, test } from 'vitest';
import type { FactAnswer, NoticeAnswer } from '../../../src/answers.js';
import type { ChannelRef, DailyFacts } from '../../../src/daily/contract.js';
import { RateLimiter } from '../../../src/rate-limit.js';
import type { QueryService } from '../../../src/search/query-service.js';
import { ACTION } from '../../../src/adapters/slack/action-state.js';
import { blockText, reportService, slashAnswer, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const hr = slashAnswer;

/** Records what the adapter asks of daily facts; the real scheduler is tested elsewhere. */
class RecordingDaily implements DailyFacts {
  readonly calls: string[] = [];
  async subscribe(channel: ChannelRef, options: { time?: string; timezone?: string }): Promise<NoticeAnswer> {
    this.calls.push(`subscribe ${channel.platform}:${channel.channelId} ${options.time ?? ''} ${options.timezone ?? ''}`.trim());
    return { kind: 'notice', message: `Daily facts are on for this channel at ${options.time ?? '09:00'}.` };
  }
  async unsubscribe(channel: ChannelRef): Promise<NoticeAnswer> {
    this.calls.push(`unsubscribe ${channel.channelId}`);
    return { kind: 'notice', message: 'Daily facts are off for this channel.' };
  }
  async status(channel: ChannelRef): Promise<NoticeAnswer> {
    this.calls.push(`status ${channel.channelId}`);
    return { kind: 'notice', message: 'Daily facts are off for this channel.' };
  }
  async factFor(channel?: ChannelRef): Promise<FactAnswer> {
    this.calls.push(`factFor ${channel?.channelId ?? '-'}`);
    const report = reportService().reports[0]!;
    return { kind: 'fact', report, fact: { id: 'f-test', text: 'Civilian authorities maintained effective control over the security forces.', citation: 'Executive Summary ¶2', sectionId: 'exec', paragraphId: 'exec#2' } };
  }
}

describe('per-user rate limit', () => {
  test('past the limit a user gets a polite wait message while others are still answered', async () => {
    h = await startHarness({ rateLimiter: new RateLimiter(2, 60_000) });
    await hr(h, 'torture');
    await hr(h, 'torture');
    const third = blockText(await hr(h, 'torture'));
    expect(third).toMatch(/try again in \d+ s/);
    expect(third).not.toContain('§');
    const bob = blockText(await hr(h, 'torture', 'U0BOB'));
    expect(bob).toContain('§');
  });
});

describe('/hr daily and /hr fact', () => {
  test('a workspace admin can turn daily facts on, checked with users.info', async () => {
    const daily = new RecordingDaily();
    h = await startHarness({ daily });
    h.fake.users.set('U0ADMIN', { id: 'U0ADMIN', is_admin: true });
    const text = blockText(await hr(h, 'daily on 08:30 Europe/Paris', 'U0ADMIN'));
    expect(text).toContain('Daily facts are on');
    expect(daily.calls).toEqual(['subscribe slack:C0GENERAL 08:30 Europe/Paris']);
    expect(h.fake.callsTo('users.info')[0]!.args.user).toBe('U0ADMIN');
  });

  test('daily on|off acks at once with an empty body and answers through response_url after asking Slack', async () => {
    const daily = new RecordingDaily();
    h = await startHarness({ daily });
    h.fake.users.set('U0ADMIN', { id: 'U0ADMIN', is_admin: true });
    const reply = await h.sender.slashCommand({ text: 'daily off', responseUrl: h.fake.responseUrl('daily-off'), userId: 'U0ADMIN' });
    expect(reply).toEqual({ status: 200, text: '' });
    await h.fake.waitFor((f) => f.responsesTo('daily-off').length === 1);
    expect(daily.calls).toEqual(['unsubscribe C0GENERAL']);
  });

  test('a member who is not an admin is told kindly and nothing changes', async () => {
    const daily = new RecordingDaily();
    h = await startHarness({ daily });
    h.fake.users.set('U0ALICE', { id: 'U0ALICE' });
    const text = blockText(await hr(h, 'daily off'));
    expect(text).toContain(':warning:');
    expect(daily.calls).toEqual([]);
  });

  test('without daily facts configured, /hr daily says the feature is off', async () => {
    h = await startHarness();
    const text = blockText(await hr(h, 'daily on'));
    expect(text).toContain('not switched on');
    expect(h.fake.callsTo('users.info')).toHaveLength(0);
  });

  test('status needs no permission check and /hr fact asks daily facts for this channel', async () => {
    const daily = new RecordingDaily();
    h = await startHarness({ daily });
    await hr(h, 'daily status');
    const fact = blockText(await hr(h, 'fact'));
    expect(daily.calls).toEqual(['status C0GENERAL', 'factFor C0GENERAL']);
    expect(h.fake.callsTo('users.info')).toHaveLength(0);
    expect(fact).toContain('Executive Summary ¶2');
  });
});

describe('sharing a fact', () => {
  test('Share posts the same fact publicly, found again by its id', async () => {
    const real = reportService();
    const fact = { id: 'exec#2/1', text: 'Civilian authorities maintained effective control over the security forces.', citation: 'Executive Summary ¶2', sectionId: 'exec', paragraphId: 'exec#2' };
    const withFacts: QueryService = { ...real, reports: real.reports, facts: () => [fact], fact: () => ({ kind: 'fact', report: real.reports[0]!, fact }) };
    h = await startHarness({ service: withFacts });
    const mine = await hr(h, 'fact');
    const share = (mine.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'hr_share');
    expect(share?.value).toBe('f|exec#2/1');
    const responseUrl = h.fake.responseUrl('fact-share');
    await h.sender.blockAction({ actionId: 'hr_share', value: share!.value, responseUrl });
    await h.fake.waitFor((f) => f.responsesTo('fact-share').length === 1);
    const shared = h.fake.responsesTo('fact-share')[0]!.body;
    expect(shared.response_type).toBe('in_channel');
    expect(blockText(shared)).toContain('Civilian authorities maintained effective control');
    expect(blockText(shared)).toContain('Shared by <@U0ALICE>');
  });
});

describe('failures at the adapter boundary', () => {
  test('an exception in the service is logged with err and the user gets a short apology', async () => {
    const real = reportService();
    const broken: QueryService = { ...real, reports: real.reports, search: () => { throw new Error('index exploded'); } };
    h = await startHarness({ service: broken });
    const text = blockText(await hr(h, 'search torture'));
    expect(text).toMatch(/^Sorry, something went wrong/);
    expect(text).not.toContain('index exploded');
    const logged = h.logs.lines.find((l) => l.msg === 'Slack handler failed');
    expect((logged?.err as { message?: string } | undefined)?.message).toBe('index exploded');
    expect(logged?.user).toBe('U0ALICE');
    // What people ask about (torture, detention) is theirs: the log names the command, never the words.
    expect(logged?.invocation).toBe('search');
    expect(JSON.stringify(h.logs.lines)).not.toContain('torture');
  });

  test('an expired response_url (404) is logged, and the bot keeps answering others', async () => {
    h = await startHarness();
    const expired = `http://127.0.0.1:${h.fake.port}/expired/r1`;
    // Button answers go through response_url (a slash command's comes back in its ack).
    expect((await h.sender.blockAction({ actionId: ACTION.next, value: 's|1|2a', responseUrl: expired })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const failure = h.logs.lines.find((l) => l.msg === 'Slack handler failed');
    expect((failure?.err as { message?: string } | undefined)?.message).toContain('404');
    expect(h.logs.lines.some((l) => l.msg === 'could not send the apology either')).toBe(true);
    const after = blockText(await hr(h, 'search torture'));
    expect(after).toContain('§');
  });

  test('a thread reply Slack refuses for good is not retried, and the failure is logged', async () => {
    h = await startHarness();
    h.fake.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } }, { body: { ok: false, error: 'channel_not_found' } });
    await h.sender.event({ type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> torture', ts: '1700000300.000100', channel: 'C0GONE' }, 'Ev0GONE');
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 2);
    // One attempt at the answer, one at the apology: no retries of a final error.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(h.logs.lines.some((l) => l.msg === 'Slack handler failed')).toBe(true);
  });

  test('stop() lets an answer already on its way reach Slack before disconnecting', async () => {
    h = await startHarness();
    h.fake.responseDelayMs = 400;
    const responseUrl = h.fake.responseUrl('late');
    // A button's answer goes through response_url (a slash command's comes back in its ack).
    expect((await h.sender.blockAction({ actionId: ACTION.next, value: 's|1|2a', responseUrl })).status).toBe(200);
    const harness = h;
    h = undefined;
    await harness.slack.stop();
    expect(harness.fake.responsesTo('late')).toHaveLength(1);
    await harness.fake.close();
  });

  test('start-up fails when Slack rejects the bot token', async () => {
    const { FakeSlack } = await import('../../fakes/slack/fake-slack.js');
    const fake = await FakeSlack.start();
    fake.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const { startSlack } = await import('../../../src/adapters/slack/index.js');
    const { loadConfig } = await import('../../../src/config.js');
    const { LogCapture } = await import('./harness.js');
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0' });
    await expect(startSlack({ config, service: reportService(), logger: new LogCapture().logger, rateLimiter: new RateLimiter(1, 1000) }, { host: '127.0.0.1' })).rejects.toThrow(/invalid_auth/);
    await fake.close();
  });

  test('HTTP mode refuses to start without a signing secret', async () => {
    const { FakeSlack } = await import('../../fakes/slack/fake-slack.js');
    const fake = await FakeSlack.start();
    const { startSlack } = await import('../../../src/adapters/slack/index.js');
    const { loadConfig } = await import('../../../src/config.js');
    const { LogCapture } = await import('./harness.js');
    const valid = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0' });
    const config = { ...valid, slack: { ...valid.slack!, signingSecret: '' } };
    await expect(startSlack({ config, service: reportService(), logger: new LogCapture().logger, rateLimiter: new RateLimiter(1, 1000) }, { host: '127.0.0.1' })).rejects.toThrow(/SLACK_SIGNING_SECRET/);
    await fake.close();
  });
});

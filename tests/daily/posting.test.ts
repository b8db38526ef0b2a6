/**
 * Daily posts through the adapters' real fact posters to the fake Discord and fake Slack servers
 * over real sockets, with facts picked from the real report. Only the clock is simulated.
 */
import { REST } from 'discord.js';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factSource } from '../../src/answers.js';
import { createFactPoster } from '../../src/adapters/discord/poster.js';
import { createSlackFactPoster } from '../../src/adapters/slack/fact-poster.js';
import { clientOptions } from '../../src/adapters/slack/web-api.js';
import { selectFacts } from '../../src/report/facts.js';
import { DailyScheduler } from '../../src/daily/scheduler.js';
import { DailyFactsService } from '../../src/daily/service.js';
import { SqliteDailyStore as DailyStore } from '../../src/daily/sqlite-store.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { realReportParsed } from '../helpers.js';
import { FakeClock } from './fake-clock.js';
import { capturedLogger, tempDataDir, type LogLine } from './support.js';

const report = realReportParsed();
const facts = selectFacts(report);
const byId = new Map(facts.map((f) => [f.id, f]));
const SLACK_CHANNEL = 'C0DAILYFACTS';

let discord: FakeDiscord;
let slack: FakeSlack;
let running: { scheduler: DailyScheduler; store: DailyStore } | undefined;

beforeEach(async () => {
  [discord, slack] = await Promise.all([FakeDiscord.start(), FakeSlack.start()]);
});

afterEach(async () => {
  await running?.scheduler.stop();
  running?.store.close();
  running = undefined;
  await Promise.all([discord.close(), slack.close()]);
});

function start(now: string, slackTimeoutMs = 10_000): { daily: DailyFactsService; scheduler: DailyScheduler; store: DailyStore; clock: FakeClock; log: LogLine[] } {
  const clock = new FakeClock(Date.parse(now));
  const store = DailyStore.openInDataDir(tempDataDir());
  const { logger, lines } = capturedLogger();
  const posters = [
    createFactPoster(new REST({ api: discord.apiUrl }).setToken('fake-bot-token')),
    createSlackFactPoster(new webApi.WebClient('xoxb-fake', { ...clientOptions(slack.apiUrl), timeout: slackTimeoutMs })),
  ];
  const scheduler = new DailyScheduler({ report: report.info, facts, store, posters, logger, clock });
  const daily = new DailyFactsService({ report: report.info, facts, store, clock, onChange: () => void scheduler.wake() });
  running = { scheduler, store };
  return { daily, scheduler, store, clock, log: lines };
}

/** The facts that reached the fake Discord channel, as `[title, description, footer]`. */
function discordPosts(channelId: string): Array<{ title: string; description: string; footer: string; allowedMentions: unknown }> {
  return discord.sent
    .filter((s) => s.via === 'channel' && s.channelId === channelId)
    .map((s) => ({ title: s.body.embeds[0].title, description: s.body.embeds[0].description, footer: s.body.embeds[0].footer.text, allowedMentions: s.body.allowed_mentions }));
}

function slackPosts(channel: string): Array<{ text: string; blocks: string }> {
  return slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === channel && c.status === 200 && c.reply.ok === true)
    .map((c) => ({ text: String(c.args.text), blocks: JSON.stringify(c.args.blocks) }));
}

describe('daily posts through the fake Discord and Slack', () => {
  it("posts each day's fact with its citation, mentioning no one, across a daylight-saving change", async () => {
    const { daily, scheduler, store, clock } = start('2026-03-27T00:00:00Z');
    const paris = { platform: 'discord' as const, channelId: discord.channel.id };
    const general = { platform: 'slack' as const, channelId: SLACK_CHANNEL };
    await daily.subscribe(paris, { time: '09:00', timezone: 'Europe/Paris' });
    await daily.subscribe(general, { time: '08:30' });
    await scheduler.start();

    const announced: string[] = [];
    for (const day of ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']) {
      announced.push((await daily.factFor(paris)).fact.id);
      await clock.advanceTo(`${day}T23:00:00Z`);
    }

    const posted = (await store.posts(paris)).map((p) => byId.get(p.factId)!);
    expect(posted.map((f) => f.id)).toEqual(announced);
    expect(discordPosts(discord.channel.id)).toEqual(
      (await store.posts(paris)).map((p) => ({
        title: `Fact of the day · ${p.localDate}`,
        description: expect.stringContaining(byId.get(p.factId)!.text.slice(0, 40)),
        footer: `${byId.get(p.factId)!.citation} · ${factSource(report.info, byId.get(p.factId)!.text)}`,
        allowedMentions: { parse: [] },
      })),
    );
    // 09:00 in Paris is 08:00 UTC before the change on 29 March, 07:00 UTC after.
    expect((await store.posts(paris)).map((p) => new Date(p.sentAt!).toISOString().slice(11, 16))).toEqual(['08:00', '08:00', '07:00', '07:00']);

    const toSlack = slackPosts(SLACK_CHANNEL);
    expect(toSlack).toHaveLength(4);
    (await store.posts(general)).forEach((p, i) => {
      const fact = byId.get(p.factId)!;
      expect(toSlack[i]!.blocks).toContain(p.localDate);
      expect(toSlack[i]!.blocks).toContain(fact.citation.slice(0, 30));
      expect(toSlack[i]!.text).not.toMatch(/<!(channel|here|everyone)>|<@U/);
    });
    expect(new Set((await store.posts(general)).map((p) => p.factId)).size).toBe(4);
  });

  it("waits out Slack's Retry-After and a run of Discord 503s, then posts once each", async () => {
    const { daily, scheduler, store, clock } = start('2026-05-01T08:00:00Z');
    await daily.subscribe({ platform: 'discord', channelId: discord.channel.id }, {});
    await daily.subscribe({ platform: 'slack', channelId: SLACK_CHANNEL }, {});
    slack.script('chat.postMessage', { status: 429, retryAfter: 30 });
    // More 503s than discord.js retries on its own, so the scheduler sees the failure and backs off.
    discord.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 503, times: 4 });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');

    expect(slack.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(await store.post({ platform: 'slack', channelId: SLACK_CHANNEL }, '2026-05-01')).toMatchObject({
      state: 'sent', attempts: 1, sentAt: Date.parse('2026-05-01T09:00:30Z'),
    });
    expect(discordPosts(discord.channel.id)).toHaveLength(1);
    expect(await store.post({ platform: 'discord', channelId: discord.channel.id }, '2026-05-01')).toMatchObject({
      state: 'sent', attempts: 1, sentAt: Date.parse('2026-05-01T09:00:05Z'),
    });
    // Every try of the day carries one nonce Discord enforces, so a retry after a lost answer cannot post twice.
    const tries = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${discord.channel.id}/messages`);
    expect(tries.length).toBeGreaterThan(1);
    expect(new Set(tries.map((r) => (r.body as { nonce?: string }).nonce)).size).toBe(1);
    expect(tries.every((r) => (r.body as { enforce_nonce?: boolean }).enforce_nonce === true)).toBe(true);
  });

  it('marks the subscription failed when the channel is gone, and stops trying', async () => {
    const { daily, scheduler, store, clock, log } = start('2026-05-01T08:00:00Z');
    const deleted = { platform: 'discord' as const, channelId: '999999999999999999' };
    const archived = { platform: 'slack' as const, channelId: 'C0ARCHIVED' };
    await daily.subscribe(deleted, {});
    await daily.subscribe(archived, {});
    slack.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await scheduler.start();
    await clock.advanceTo('2026-05-03T12:00:00Z');

    expect(discord.requests.filter((r) => r.path === `/channels/${deleted.channelId}/messages`)).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === archived.channelId)).toHaveLength(1);
    expect(await store.subscription(deleted)).toMatchObject({ status: 'failed', failure: expect.stringContaining('Unknown Channel') });
    expect(await store.subscription(archived)).toMatchObject({ status: 'failed', failure: expect.stringContaining('channel_not_found') });
    expect((await daily.status(archived)).message).toContain('Daily facts stopped for this channel');
    expect(log.filter((l) => l.level === 50 && /failed for good/.test(l.msg)).map((l) => l.channel).sort()).toEqual([
      'discord:999999999999999999', 'slack:C0ARCHIVED',
    ]);
  });

  it('posts once to Slack when Slack answers after the client gave up, and marks the day sent', async () => {
    const { daily, scheduler, store, clock } = start('2026-05-01T08:00:00Z', 250);
    const general = { platform: 'slack' as const, channelId: SLACK_CHANNEL };
    await daily.subscribe(general, {});
    slack.script('chat.postMessage', { delayMs: 1000 });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');
    expect(slack.messagesIn(SLACK_CHANNEL)).toHaveLength(1);
    expect(await store.post(general, '2026-05-01')).toMatchObject({ state: 'sent' });
  });

  it('posts once to Slack when the connection drops after the post was sent', async () => {
    const { daily, scheduler, store, clock } = start('2026-05-01T08:00:00Z');
    const general = { platform: 'slack' as const, channelId: SLACK_CHANNEL };
    await daily.subscribe(general, {});
    slack.script('chat.postMessage', { reset: true });
    await scheduler.start();
    await clock.advanceTo('2026-05-02T12:00:00Z');
    expect(slack.messagesIn(SLACK_CHANNEL).map((m) => m.metadata?.event_payload.key)).toEqual([`${SLACK_CHANNEL}:2026-05-01`, `${SLACK_CHANNEL}:2026-05-02`]);
    expect(await store.post(general, '2026-05-01')).toMatchObject({ state: 'sent' });
  });

  it('retries a Slack post lost on the way, once the channel shows it never arrived, and posts it once', async () => {
    const { daily, scheduler, store, clock } = start('2026-05-01T08:00:00Z', 250);
    const general = { platform: 'slack' as const, channelId: SLACK_CHANNEL };
    await daily.subscribe(general, {});
    slack.script('chat.postMessage', { delayMs: 1000, lost: true });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');
    expect(slack.messagesIn(SLACK_CHANNEL)).toHaveLength(1);
    expect(await store.post(general, '2026-05-01')).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('marks the day uncertain, and does not post, when a Slack post may have landed but the history cannot be read', async () => {
    const { daily, scheduler, store, clock } = start('2026-05-01T08:00:00Z', 250);
    const general = { platform: 'slack' as const, channelId: SLACK_CHANNEL };
    await daily.subscribe(general, {});
    slack.script('chat.postMessage', { reset: true, lost: true });
    slack.script('conversations.history', { body: { ok: false, error: 'missing_scope' } });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await store.post(general, '2026-05-01')).toMatchObject({ state: 'uncertain' });
  });

  it('posts once to Discord when the answer to a post is lost and the retry carries the same nonce', async () => {
    const { daily, scheduler, store, clock } = start('2026-05-01T08:00:00Z');
    const paris = { platform: 'discord' as const, channelId: discord.channel.id };
    daily.subscribe(paris, {});
    // Discord creates the message, then the answer is a 503: discord.js and then the scheduler try again.
    discord.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 503, times: 5, afterEffect: true });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');
    const tries = discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${discord.channel.id}/messages`);
    expect(tries.length).toBeGreaterThan(5);
    expect(discordPosts(discord.channel.id)).toHaveLength(1);
    expect(await store.post(paris, '2026-05-01')).toMatchObject({ state: 'sent' });
  });
});

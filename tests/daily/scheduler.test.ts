import { describe, expect, it } from 'vitest';
import { UncertainPostError } from '../../src/daily/contract.js';
import { applyChannelPresets } from '../../src/daily/presets.js';
import { startBot } from './bot.js';
import { FakeClock } from './fake-clock.js';
import { channelGone, rateLimited, serverError } from './recording-poster.js';
import { BACKENDS } from './backends.js';
import { sampleFacts, waitUntil } from './support.js';

const facts = sampleFacts(30);
const paris = { platform: 'discord' as const, channelId: '111111111111111111' };
const general = { platform: 'slack' as const, channelId: 'C0GENERAL' };
const iso = (t: number): string => new Date(t).toISOString();

describe.each(BACKENDS)('DailyScheduler on $name', (backend) => {
  it.skipIf(backend.skip)('posts once a day at local time, through the spring daylight-saving change', async () => {
    const clock = new FakeClock(Date.parse('2026-03-26T00:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.daily.subscribe(paris, { time: '09:00', timezone: 'Europe/Paris' });
    await bot.daily.subscribe(general, {});
    await bot.scheduler.start();
    await clock.advanceTo('2026-04-01T23:00:00Z');

    // Paris is UTC+1 until Sunday 29 March, then UTC+2: 09:00 local moves from 08:00 to 07:00 UTC.
    expect(bot.discord.posts.map((p) => [p.answer.date, iso(p.at)])).toEqual([
      ['2026-03-26', '2026-03-26T08:00:00.000Z'],
      ['2026-03-27', '2026-03-27T08:00:00.000Z'],
      ['2026-03-28', '2026-03-28T08:00:00.000Z'],
      ['2026-03-29', '2026-03-29T07:00:00.000Z'],
      ['2026-03-30', '2026-03-30T07:00:00.000Z'],
      ['2026-03-31', '2026-03-31T07:00:00.000Z'],
      ['2026-04-01', '2026-04-01T07:00:00.000Z'],
    ]);
    // The Slack channel took the defaults, 09:00 UTC, and gets the same number of posts on its own schedule.
    expect(bot.slack.posts.map((p) => iso(p.at).slice(11))).toEqual(Array(7).fill('09:00:00.000Z'));
    expect(new Set(bot.discord.posts.map((p) => p.answer.fact.id)).size).toBe(7);
    for (const p of bot.discord.posts) expect(p.answer).toMatchObject({ kind: 'fact', report: { id: 'kazakhstan-2017-human-rights-report' } });
    await bot.stop();
  });

  it.skipIf(backend.skip)('posts a time skipped by the spring-forward change just after the gap', async () => {
    const clock = new FakeClock(Date.parse('2026-03-07T00:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.daily.subscribe(paris, { time: '02:30', timezone: 'America/New_York' });
    await bot.scheduler.start();
    await clock.advanceTo('2026-03-09T12:00:00Z');
    // 02:30 EST is 07:30 UTC; on 8 March there is no 02:30, so it goes at 03:30 EDT, also 07:30 UTC.
    expect(bot.discord.posts.map((p) => [p.answer.date, iso(p.at)])).toEqual([
      ['2026-03-07', '2026-03-07T07:30:00.000Z'],
      ['2026-03-08', '2026-03-08T07:30:00.000Z'],
      ['2026-03-09', '2026-03-09T06:30:00.000Z'],
    ]);
    await bot.stop();
  });

  it.skipIf(backend.skip)('posts once in the hour that happens twice when clocks fall back', async () => {
    const clock = new FakeClock(Date.parse('2026-10-31T00:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.daily.subscribe(paris, { time: '01:30', timezone: 'America/New_York' });
    await bot.scheduler.start();
    await clock.advanceTo('2026-11-02T12:00:00Z');
    // 01:30 EDT is 05:30 UTC; on 1 November 01:30 comes twice (05:30 and 06:30 UTC) and is posted at the first.
    expect(bot.discord.posts.map((p) => [p.answer.date, iso(p.at)])).toEqual([
      ['2026-10-31', '2026-10-31T05:30:00.000Z'],
      ['2026-11-01', '2026-11-01T05:30:00.000Z'],
      ['2026-11-02', '2026-11-02T06:30:00.000Z'],
    ]);
    await bot.stop();
  });

  it.skipIf(backend.skip)('keeps one post a day and the same rotation when the bot restarts in the middle', async () => {
    const start = Date.parse('2026-05-01T00:00:00Z');
    const steady = new FakeClock(start);
    const control = await startBot(await backend.newLocation(), steady, facts);
    await control.daily.subscribe(paris, {});
    await control.scheduler.start();
    await steady.advanceTo('2026-05-06T12:00:00Z');

    const dataDir = await backend.newLocation();
    const clock = new FakeClock(start);
    const first = await startBot(dataDir, clock, facts);
    await first.daily.subscribe(paris, {});
    await first.scheduler.start();
    await clock.advanceTo('2026-05-03T12:00:00Z');
    await first.stop();
    const second = await startBot(dataDir, clock, facts);
    await second.scheduler.start();
    await clock.advanceTo('2026-05-06T12:00:00Z');

    const posted = [...first.discord.postsTo(paris.channelId), ...second.discord.postsTo(paris.channelId)];
    expect(posted).toEqual(control.discord.postsTo(paris.channelId));
    expect(posted.map(([date]) => date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06']);
    await control.stop();
    await second.stop();
  });

  it.skipIf(backend.skip)('posts when it comes back if it was down at post time that day, but never a day late', async () => {
    const dataDir = await backend.newLocation();
    const clock = new FakeClock(Date.parse('2026-05-01T07:00:00Z'));
    const first = await startBot(dataDir, clock, facts);
    await first.daily.subscribe(paris, { time: '09:00' });
    await first.scheduler.start();
    await first.stop();

    await clock.advanceTo('2026-05-01T15:45:00Z');
    const back = await startBot(dataDir, clock, facts);
    await back.scheduler.start();
    expect(back.discord.posts.map((p) => [p.answer.date, iso(p.at)])).toEqual([['2026-05-01', '2026-05-01T15:45:00.000Z']]);
    await back.stop();

    // Down for all of 2 May: nothing is owed for it on the 3rd.
    await clock.advanceTo('2026-05-03T08:00:00Z');
    const later = await startBot(dataDir, clock, facts);
    await later.scheduler.start();
    await clock.advanceTo('2026-05-03T20:00:00Z');
    expect(later.discord.posts.map((p) => [p.answer.date, iso(p.at)])).toEqual([['2026-05-03', '2026-05-03T09:00:00.000Z']]);
    await later.stop();
  });

  it.skipIf(backend.skip)('does not post today when switched on after today\'s post time', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T10:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.scheduler.start();
    expect((await bot.daily.subscribe(paris, { time: '09:00' })).message).toContain('Next post: 2026-05-02 09:00 UTC.');
    await clock.advanceTo('2026-05-02T12:00:00Z');
    expect(bot.discord.posts.map((p) => p.answer.date)).toEqual(['2026-05-02']);
    await bot.stop();
  });

  it.skipIf(backend.skip)('posts a day claimed by a bot that crashed before sending, once, after its lease runs out', async () => {
    const dataDir = await backend.newLocation();
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const crashed = await startBot(dataDir, clock, facts, { leaseMs: 120_000 });
    await crashed.daily.subscribe(paris, {});
    await crashed.scheduler.start();
    // The first try is refused with Retry-After 60 s; the bot dies while waiting, its claim still held.
    crashed.discord.failNext(rateLimited(60_000));
    await clock.advanceTo('2026-05-01T09:00:00Z');
    expect(crashed.discord.calls).toHaveLength(1);
    const claimed = await crashed.store.post(paris, '2026-05-01');
    expect(claimed).toMatchObject({ state: 'claimed', owner: crashed.scheduler.owner, attempts: 1 });
    crashed.crash();

    await clock.advanceTo('2026-05-01T09:00:30Z');
    const restarted = await startBot(dataDir, clock, facts, { leaseMs: 120_000 });
    await restarted.scheduler.start();
    expect(restarted.discord.calls).toHaveLength(0); // the dead bot's lease (retry at 09:01 + 2 min) still holds
    await clock.advanceTo('2026-05-01T23:00:00Z');
    expect(restarted.discord.posts.map((p) => [p.answer.fact.id, iso(p.at)])).toEqual([[claimed!.factId, '2026-05-01T09:03:00.000Z']]);
    expect(await restarted.store.post(paris, '2026-05-01')).toMatchObject({ state: 'sent', owner: restarted.scheduler.owner });
    await restarted.stop();
  });

  it.skipIf(backend.skip)('never resends a post that was in flight when the bot crashed, and carries on the next day', async () => {
    const dataDir = await backend.newLocation();
    const clock = new FakeClock(Date.parse('2026-05-01T09:00:00Z'));
    const crashed = await startBot(dataDir, clock, facts);
    await crashed.daily.subscribe(paris, {});
    crashed.discord.failNext('hang');
    void crashed.scheduler.start(); // never settles: the request is in flight when the process dies
    await waitUntil(() => crashed.discord.calls.length === 1);
    expect(await crashed.store.post(paris, '2026-05-01')).toMatchObject({ state: 'sending' });
    crashed.crash();

    await clock.advanceTo('2026-05-01T09:10:00Z');
    const restarted = await startBot(dataDir, clock, facts);
    await restarted.scheduler.start();
    await clock.advanceTo('2026-05-02T12:00:00Z');
    expect(restarted.discord.posts.map((p) => p.answer.date)).toEqual(['2026-05-02']);
    expect(await restarted.store.post(paris, '2026-05-01')).toMatchObject({ state: 'uncertain' });
    expect(restarted.log.some((l) => l.level === 40 && /interrupted mid-send/.test(l.msg) && l.date === '2026-05-01')).toBe(true);
    await restarted.stop();
  });

  it.skipIf(backend.skip)('posts another fact when the claimed one left the index before it was sent', async () => {
    const dataDir = await backend.newLocation();
    const clock = new FakeClock(Date.parse('2026-05-01T09:00:00Z'));
    const before = await startBot(dataDir, clock, facts);
    await before.daily.subscribe(paris, {});
    await before.store.claim(paris, '2026-05-01', 'a-sentence-since-edited', 'old-process', clock.now(), clock.now());
    await before.stop();

    // Restarted on a rebuilt index that no longer has that fact.
    const after = await startBot(dataDir, clock, facts);
    await after.scheduler.start();
    expect(after.discord.posts.map((p) => p.answer.fact.id)).toHaveLength(1);
    const posted = after.discord.posts[0]!.answer.fact;
    expect(facts).toContainEqual(posted);
    expect(await after.store.post(paris, '2026-05-01')).toMatchObject({ state: 'sent', factId: posted.id });
    await after.stop();
  });

  it.skipIf(backend.skip)('shares one database file between two schedulers without doubling a post', async () => {
    const dataDir = await backend.newLocation();
    const clock = new FakeClock(Date.parse('2026-05-01T00:00:00Z'));
    const a = await startBot(dataDir, clock, facts);
    const b = await startBot(dataDir, clock, facts);
    await a.daily.subscribe(paris, { time: '09:00', timezone: 'Europe/Paris' });
    await b.daily.subscribe(general, { time: '08:15' });
    await Promise.all([a.scheduler.start(), b.scheduler.start()]);
    await clock.advanceTo('2026-05-05T23:00:00Z');

    const toParis = [...a.discord.postsTo(paris.channelId), ...b.discord.postsTo(paris.channelId)].sort();
    const toGeneral = [...a.slack.postsTo(general.channelId), ...b.slack.postsTo(general.channelId)].sort();
    const days = ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'];
    expect(toParis.map(([d]) => d)).toEqual(days);
    expect(toGeneral.map(([d]) => d)).toEqual(days);
    // Both woke at each post time; the ledger's claim let exactly one of them post.
    expect(a.discord.calls.length + b.discord.calls.length).toBe(5);
    await a.stop();
    await b.stop();
  });

  it.skipIf(backend.skip)('retries a refused post after Retry-After, then with growing back-off, and posts it once', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts, { retry: { baseDelayMs: 10_000 } });
    await bot.daily.subscribe(paris, {});
    bot.discord.failNext(rateLimited(30_000), serverError(), serverError());
    await bot.scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');
    expect(bot.discord.calls.map((c) => iso(c.at).slice(11, 19))).toEqual(['09:00:00', '09:00:30', '09:00:50', '09:01:30']);
    expect(bot.discord.posts).toHaveLength(1);
    expect(await bot.store.post(paris, '2026-05-01')).toMatchObject({ state: 'sent', attempts: 3 });
    await bot.stop();
  });

  it.skipIf(backend.skip).each([
    ['threw something other than PostError', new Error('socket hang up')],
    ['could not be told (UncertainPostError)', new UncertainPostError('timed out, and the channel history could not be read')],
  ])('never retries a post whose outcome %s: the day is uncertain, not doubled', async (_, error) => {
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts, { retry: { baseDelayMs: 1_000 } });
    await bot.daily.subscribe(paris, {});
    bot.discord.failNext(error);
    await bot.scheduler.start();
    await clock.advanceTo('2026-05-01T23:00:00Z');
    expect(bot.discord.calls).toHaveLength(1);
    expect(await bot.store.post(paris, '2026-05-01')).toMatchObject({ state: 'uncertain', attempts: 1 });
    await clock.advanceTo('2026-05-02T12:00:00Z');
    expect(bot.discord.postsTo(paris.channelId).map(([d]) => d)).toEqual(['2026-05-02']);
    await bot.stop();
  });

  it.skipIf(backend.skip)('gives up for the day when every retry is refused, and posts again the next day', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts, { retry: { maxAttempts: 3, baseDelayMs: 1_000 } });
    await bot.daily.subscribe(paris, {});
    bot.discord.failNext(serverError(), serverError(), serverError());
    await bot.scheduler.start();
    await clock.advanceTo('2026-05-02T12:00:00Z');
    expect(bot.discord.calls).toHaveLength(4);
    expect(await bot.store.post(paris, '2026-05-01')).toMatchObject({ state: 'failed' });
    expect(bot.discord.postsTo(paris.channelId).map(([d]) => d)).toEqual(['2026-05-02']);
    expect((await bot.store.subscription(paris))?.status).toBe('active');
    await bot.stop();
  });

  it.skipIf(backend.skip)('drops a retry that would land on the next local day', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T20:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.daily.subscribe(paris, { time: '23:50' });
    bot.discord.failNext(rateLimited(20 * 60_000));
    await bot.scheduler.start();
    await clock.advanceTo('2026-05-02T23:55:00Z');
    expect(await bot.store.post(paris, '2026-05-01')).toMatchObject({ state: 'missed' });
    expect(bot.discord.posts.map((p) => [p.answer.date, iso(p.at)])).toEqual([['2026-05-02', '2026-05-02T23:50:00.000Z']]);
    await bot.stop();
  });

  it.skipIf(backend.skip)('stops posting to a channel whose post failed for good, logs it, and resumes when switched on again', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.daily.subscribe(paris, {});
    await bot.daily.subscribe(general, {});
    bot.discord.failNext(channelGone());
    await bot.scheduler.start();
    await clock.advanceTo('2026-05-03T12:00:00Z');
    expect(bot.discord.calls).toHaveLength(1);
    expect(bot.slack.posts).toHaveLength(3);
    expect(await bot.store.subscription(paris)).toMatchObject({ status: 'failed', failure: '404 Unknown Channel' });
    expect((await bot.daily.status(paris)).message).toContain('stopped for this channel: a post failed for good (404 Unknown Channel)');
    expect(bot.log.some((l) => l.level === 50 && /failed for good/.test(l.msg) && l.channel === 'discord:111111111111111111')).toBe(true);

    await bot.daily.subscribe(paris, {});
    await clock.advanceTo('2026-05-04T12:00:00Z');
    expect(bot.discord.postsTo(paris.channelId).map(([d]) => d)).toEqual(['2026-05-04']);
    await bot.stop();
  });

  it.skipIf(backend.skip)('leaves channels of a platform that is not running alone until it runs', async () => {
    const dataDir = await backend.newLocation();
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const discordOnly = await startBot(dataDir, clock, facts, { posters: (discord) => [discord] });
    await discordOnly.daily.subscribe(general, {});
    await discordOnly.scheduler.start();
    await clock.advanceTo('2026-05-01T10:00:00Z');
    expect(await discordOnly.store.post(general, '2026-05-01')).toBeUndefined();
    await discordOnly.stop();
    const both = await startBot(dataDir, clock, facts);
    await both.scheduler.start();
    expect(both.slack.postsTo(general.channelId).map(([d]) => d)).toEqual(['2026-05-01']);
    await both.stop();
  });

  it.skipIf(backend.skip)('logs a database error during a check and posts at a later check', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts, { pollMs: 60_000 });
    await bot.daily.subscribe(paris, {});
    await bot.scheduler.start();
    const subscriptions = bot.store.subscriptions.bind(bot.store);
    let failures = 2; // the check at 09:00 and the one retried 30 s later
    bot.store.subscriptions = async () => {
      if (clock.now() >= Date.parse('2026-05-01T09:00:00Z') && failures-- > 0) throw new Error('database is locked');
      return subscriptions();
    };
    await clock.advanceTo('2026-05-01T09:05:00Z');
    expect(bot.log.filter((l) => l.level === 50).map((l) => l.msg)).toEqual([
      'daily facts: check failed; trying again shortly',
      'daily facts: check failed; trying again shortly',
    ]);
    expect(bot.discord.posts.map((p) => iso(p.at))).toEqual(['2026-05-01T09:01:00.000Z']);
    await bot.stop();
  });

  it.skipIf(backend.skip)('posts to channels preset in the configuration', async () => {
    const clock = new FakeClock(Date.parse('2026-05-01T04:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await applyChannelPresets(bot.store, [{ channel: general, time: '07:30', timeZone: 'Europe/Paris' }], clock.now());
    await bot.scheduler.start();
    await clock.advanceTo('2026-05-02T12:00:00Z');
    expect(bot.slack.posts.map((p) => iso(p.at))).toEqual(['2026-05-01T05:30:00.000Z', '2026-05-02T05:30:00.000Z']);
    await bot.stop();
  });
});

describe.each(BACKENDS)('DailyFacts.factFor on $name', (backend) => {
  it.skipIf(backend.skip)("gives a subscribed channel today's fact: the one it is then posted", async () => {
    const clock = new FakeClock(Date.parse('2026-04-30T12:00:00Z'));
    const bot = await startBot(await backend.newLocation(), clock, facts);
    await bot.daily.subscribe(paris, {});
    await bot.scheduler.start();
    for (const day of ['2026-05-01', '2026-05-02', '2026-05-03']) {
      await clock.advanceTo(`${day}T00:01:00Z`);
      const before = await bot.daily.factFor(paris);
      expect(before.date).toBe(day);
      await clock.advanceTo(`${day}T12:00:00Z`);
      expect(bot.discord.posts.at(-1)?.answer.fact).toEqual(before.fact);
      expect((await bot.daily.factFor(paris)).fact).toEqual(before.fact);
    }
    expect(new Set(bot.discord.posts.map((p) => p.answer.fact.id)).size).toBe(3);
    await bot.stop();
  });
});

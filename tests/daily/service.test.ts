import { describe, expect, it } from 'vitest';
import { DailyFactsService } from '../../src/daily/service.js';
import { SqliteDailyStore as DailyStore } from '../../src/daily/sqlite-store.js';
import { FakeClock } from './fake-clock.js';
import { REPORT, sampleFacts, tempDataDir } from './support.js';

const facts = sampleFacts(12);
const channel = { platform: 'slack' as const, channelId: 'C0HR' };

function service(now: string, random?: () => number): { daily: DailyFactsService; store: DailyStore; clock: FakeClock; changes: number[] } {
  const clock = new FakeClock(Date.parse(now));
  const store = DailyStore.openInDataDir(tempDataDir());
  const changes: number[] = [];
  const daily = new DailyFactsService({ report: REPORT, facts, store, clock, onChange: () => changes.push(clock.now()), ...(random ? { random } : {}) });
  return { daily, store, clock, changes };
}

describe('DailyFactsService', () => {
  it('subscribes at 09:00 UTC by default and says when the first post is', async () => {
    const { daily, store, changes } = service('2026-05-01T07:00:00Z');
    expect(await daily.subscribe(channel, {})).toEqual({
      kind: 'notice',
      message: 'Daily facts are on for this channel: one fact from the report every day at 09:00 (UTC). Next post: 2026-05-01 09:00 UTC.',
    });
    expect(await store.subscription(channel)).toMatchObject({ time: '09:00', timeZone: 'UTC', status: 'active', source: 'command' });
    expect(changes).toHaveLength(1);
  });

  it('takes a time and a time zone in any case, and shows the next post in both local time and UTC', async () => {
    const { daily } = service('2026-03-28T12:00:00Z');
    const answer = await daily.subscribe(channel, { time: '9:00', timezone: 'europe/paris' });
    expect(answer.kind).toBe('notice');
    // The next post falls on the first day of summer time: 07:00 UTC, not 08:00.
    expect((await daily.status(channel)).message).toBe(
      'Daily facts are on for this channel: every day at 09:00 (Europe/Paris). Next post: 2026-03-29 09:00 Europe/Paris (2026-03-29 07:00 UTC).',
    );
  });

  it.each([
    [{ time: '25:00' }, '"25:00" is not a time of day'],
    [{ time: 'noon' }, '"noon" is not a time of day'],
    [{ timezone: 'Paris' }, '"Paris" is not a time zone I know'],
    [{ timezone: '+02:00' }, '"+02:00" is not a time zone I know'],
  ])('refuses %o with a message the user can act on', async (options, message) => {
    const { daily, store } = service('2026-05-01T07:00:00Z');
    const answer = await daily.subscribe(channel, options);
    expect(answer).toMatchObject({ kind: 'error', code: 'bad-argument' });
    expect(answer.message).toContain(message);
    expect(await store.subscription(channel)).toBeUndefined();
  });

  it('keeps an owed post when the same subscription is repeated after its time', async () => {
    const { daily, store, clock } = service('2026-05-01T07:00:00Z');
    await daily.subscribe(channel, {});
    const activeFrom = (await store.subscription(channel))!.activeFrom;
    await clock.advance(3 * 3_600_000);
    await daily.subscribe(channel, { time: '09:00', timezone: 'UTC' });
    expect((await store.subscription(channel))!.activeFrom).toBe(activeFrom);
    expect((await daily.status(channel)).message).toContain("Today's fact is due now");
  });

  it('turns off, and says so when there was nothing to turn off', async () => {
    const { daily, store } = service('2026-05-01T07:00:00Z');
    expect((await daily.unsubscribe(channel)).message).toBe('Daily facts were not on for this channel; nothing to turn off.');
    await daily.subscribe(channel, {});
    expect((await daily.unsubscribe(channel)).message).toContain('Daily facts are off for this channel.');
    expect((await store.subscription(channel))?.status).toBe('off');
    expect((await daily.status(channel)).message).toContain('Daily facts are off for this channel. Turn them on with /hr daily on');
  });

  it('gives a random fact, without a date, outside subscribed channels', async () => {
    const { daily } = service('2026-05-01T07:00:00Z', () => 0.5);
    expect(await daily.factFor()).toEqual({ kind: 'fact', report: REPORT, fact: facts[6] });
    expect(await daily.factFor({ platform: 'discord', channelId: '999' })).toEqual({ kind: 'fact', report: REPORT, fact: facts[6] });
  });

  it("gives a subscribed channel a fact dated with the channel's own local day", async () => {
    const { daily } = service('2026-05-01T23:30:00Z');
    await daily.subscribe(channel, { timezone: 'Asia/Almaty' }); // UTC+5: already 2 May there
    expect((await daily.factFor(channel)).date).toBe('2026-05-02');
  });
});

/**
 * The shared store's contract, run against every backend: what the scheduler and the Slack replay
 * guard rely on, with two connections standing in for two processes or hosts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DailyStore } from '../../src/daily/store.js';
import { MIGRATIONS } from '../../src/daily/database.js';
import { BACKENDS, openAt, twoConnections } from './backends.js';

const channel = { platform: 'discord' as const, channelId: '123456789012345678' };
const NOW = Date.parse('2026-03-02T08:00:00Z');
const sub = { channel, time: '09:00', timeZone: 'Europe/Paris', status: 'active' as const, source: 'command' as const, activeFrom: NOW };

describe.each(BACKENDS)('the $name store', (backend) => {
  const open: DailyStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  /** Two connections to one new store: "process a" and "process b". */
  const connect = (): Promise<[DailyStore, DailyStore]> => twoConnections(backend, open);

  it.skipIf(backend.skip)('keeps subscriptions and posts for the next connection, at the current schema version', async () => {
    const location = await backend.newLocation();
    const first = await openAt(location);
    await first.saveSubscription(sub, NOW);
    expect(await first.claim(channel, '2026-03-02', 'f1', 'a', NOW + 1000, NOW)).toBe(true);
    await first.close();
    const second = await openAt(location);
    open.push(second);
    expect(second.backend).toBe(backend.name);
    expect(await second.schemaVersion()).toBe(MIGRATIONS.length);
    expect(await second.subscription(channel)).toEqual(sub);
    expect(await second.post(channel, '2026-03-02')).toEqual({
      channel, localDate: '2026-03-02', factId: 'f1', state: 'claimed', owner: 'a', leaseUntil: NOW + 1000, attempts: 0, nextAttemptAt: NOW,
    });
  });

  it.skipIf(backend.skip)('lists subscriptions in platform then channel order and updates their status', async () => {
    const [a] = await connect();
    for (const id of ['C2', 'C10', 'C1']) await a.saveSubscription({ ...sub, channel: { platform: 'slack', channelId: id } }, NOW);
    await a.saveSubscription(sub, NOW);
    expect((await a.subscriptions()).map((s) => `${s.channel.platform}:${s.channel.channelId}`)).toEqual(['discord:123456789012345678', 'slack:C1', 'slack:C10', 'slack:C2']);
    await a.setStatus(channel, 'failed', NOW + 1, 'Unknown Channel');
    expect(await a.subscription(channel)).toMatchObject({ status: 'failed', failure: 'Unknown Channel' });
    await a.saveSubscription({ ...sub, time: '10:00' }, NOW + 2);
    expect(await a.subscription(channel)).toEqual({ ...sub, time: '10:00' });
  });

  it.skipIf(backend.skip)('keeps the report a channel sticks to, and forgets it when the channel takes every report again', async () => {
    const [a, b] = await connect();
    await a.saveSubscription({ ...sub, report: 'atlantis-2019-human-rights-report' }, NOW);
    expect(await b.subscription(channel)).toEqual({ ...sub, report: 'atlantis-2019-human-rights-report' });
    expect((await b.subscriptions())[0]).toEqual({ ...sub, report: 'atlantis-2019-human-rights-report' });
    await b.saveSubscription(sub, NOW + 1);
    expect(await a.subscription(channel)).toEqual(sub);
  });

  it.skipIf(backend.skip)("lets only one claim a channel's day, whichever connection asks first", async () => {
    const [a, b] = await connect();
    expect(await a.claim(channel, '2026-03-02', 'f1', 'a', NOW + 1000, NOW)).toBe(true);
    expect(await b.claim(channel, '2026-03-02', 'f2', 'b', NOW + 1000, NOW)).toBe(false);
    expect(await b.post(channel, '2026-03-02')).toMatchObject({ factId: 'f1', owner: 'a' });
    // The owner alone may start sending; a live lease cannot be taken over.
    expect(await b.takeOver(channel, '2026-03-02', 'b', NOW + 5000, NOW)).toBe(false);
    expect(await b.beginSending(channel, '2026-03-02', 'b', NOW + 5000)).toBe(false);
    expect(await a.beginSending(channel, '2026-03-02', 'a', NOW + 5000)).toBe(true);
  });

  it.skipIf(backend.skip)('gives each of many simultaneous claims on one day to exactly one connection', async () => {
    const [a, b] = await connect();
    const days = Array.from({ length: 25 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`);
    const results = await Promise.all(days.flatMap((d) => [a.claim(channel, d, 'fa', 'a', NOW, NOW), b.claim(channel, d, 'fb', 'b', NOW, NOW)]));
    for (let i = 0; i < days.length; i++) expect([results[2 * i], results[2 * i + 1]].filter(Boolean)).toHaveLength(1);
  });

  it.skipIf(backend.skip)('lets a claim be taken over once its lease ran out, by one taker only', async () => {
    const [a, b] = await connect();
    await a.claim(channel, '2026-03-02', 'f1', 'a', NOW + 1000, NOW);
    const [first, second] = await Promise.all([
      b.takeOver(channel, '2026-03-02', 'b', NOW + 9000, NOW + 1000),
      a.takeOver(channel, '2026-03-02', 'c', NOW + 9000, NOW + 1000),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    const winner = first ? 'b' : 'c';
    expect(await a.post(channel, '2026-03-02')).toMatchObject({ owner: winner, leaseUntil: NOW + 9000, state: 'claimed' });
    // The old owner's late writes change nothing.
    expect(await a.beginSending(channel, '2026-03-02', 'a', NOW + 9000)).toBe(false);
    expect(await a.replaceFact(channel, '2026-03-02', 'a', 'f9')).toBe(false);
    expect(await b.replaceFact(channel, '2026-03-02', winner, 'f2')).toBe(true);
    expect(await b.post(channel, '2026-03-02')).toMatchObject({ factId: 'f2' });
  });

  it.skipIf(backend.skip)('moves a post through sending to sent, retry or an end, only from the state it is in', async () => {
    const [a] = await connect();
    const day = (d: number) => `2026-03-0${d}`;
    for (const d of [1, 2, 3]) {
      await a.claim(channel, day(d), `f${d}`, 'a', NOW + 1000, NOW);
      expect(await a.markSent(channel, day(d), 'a', NOW)).toBe(false); // not sending yet
      expect(await a.beginSending(channel, day(d), 'a', NOW + 2000)).toBe(true);
    }
    expect(await a.markSent(channel, day(1), 'a', NOW + 10)).toBe(true);
    expect(await a.markSent(channel, day(1), 'a', NOW + 20)).toBe(false);
    expect(await a.markRetry(channel, day(2), 'a', NOW + 500, NOW + 3000, 'HTTP 429')).toBe(true);
    expect(await a.markEnded(channel, day(3), 'a', 'failed', 'channel_not_found')).toBe(true);
    const posts = await a.posts(channel);
    expect(posts.map((p) => [p.localDate, p.state, p.attempts])).toEqual([
      [day(1), 'sent', 0],
      [day(2), 'claimed', 1],
      [day(3), 'failed', 1],
    ]);
    expect(posts[0]).toMatchObject({ sentAt: NOW + 10 });
    expect(posts[1]).toMatchObject({ nextAttemptAt: NOW + 500, leaseUntil: NOW + 3000, error: 'HTTP 429' });
  });

  it.skipIf(backend.skip)('settles what a dead owner left: an expired send is uncertain, a past claim missed, once', async () => {
    const [a, b] = await connect();
    await a.claim(channel, '2026-03-01', 'f1', 'a', NOW + 1000, NOW);
    await a.claim(channel, '2026-03-02', 'f2', 'a', NOW + 1000, NOW);
    await a.beginSending(channel, '2026-03-02', 'a', NOW + 1000);
    expect(await b.settleAbandoned(channel, '2026-03-02', NOW + 999)).toEqual({ uncertain: [], missed: [expect.objectContaining({ localDate: '2026-03-01', state: 'missed' })] });
    const later = await b.settleAbandoned(channel, '2026-03-02', NOW + 1000);
    expect(later.uncertain).toEqual([expect.objectContaining({ localDate: '2026-03-02', state: 'uncertain', error: expect.stringContaining('stopped') })]);
    expect(later.missed).toEqual([]);
    expect(await a.settleAbandoned(channel, '2026-03-02', NOW + 5000)).toEqual({ uncertain: [], missed: [] });
    // An uncertain post is never sent again, even by its old owner.
    expect(await a.markSent(channel, '2026-03-02', 'a', NOW + 6000)).toBe(false);
  });

  it.skipIf(backend.skip)('counts the facts shown in a channel for the rotation, and the last one', async () => {
    const [a] = await connect();
    const other = { platform: 'slack' as const, channelId: 'C1' };
    expect(await a.history(channel)).toEqual({ shown: new Map() });
    await a.claim(channel, '2026-03-01', 'f1', 'a', NOW, NOW);
    await a.claim(channel, '2026-03-02', 'f2', 'a', NOW, NOW);
    await a.claim(channel, '2026-03-03', 'f1', 'a', NOW, NOW);
    await a.claim(channel, '2026-03-04', 'f3', 'a', NOW, NOW);
    await a.beginSending(channel, '2026-03-04', 'a', NOW);
    await a.markEnded(channel, '2026-03-04', 'a', 'failed', 'gone'); // a failed post was not shown
    await a.claim(other, '2026-03-05', 'f4', 'a', NOW, NOW);
    expect(await a.history(channel)).toEqual({ shown: new Map([['f1', 2], ['f2', 1]]), lastFactId: 'f1' });
  });

  it.skipIf(backend.skip)('remembers a request once across connections until it expires', async () => {
    const [a, b] = await connect();
    expect(await a.rememberOnce('1700000000:v0=abc', NOW + 1000, NOW)).toBe(true);
    expect(await b.rememberOnce('1700000000:v0=abc', NOW + 1000, NOW + 1)).toBe(false);
    expect(await a.rememberOnce('1700000000:v0=abc', NOW + 1000, NOW + 999)).toBe(false);
    expect(await b.rememberOnce('1700000000:v0=def', NOW + 1000, NOW + 2)).toBe(true);
    // Expired: new again (and only for one of two asking together).
    const again = await Promise.all([a.rememberOnce('1700000000:v0=abc', NOW + 9000, NOW + 1000), b.rememberOnce('1700000000:v0=abc', NOW + 9000, NOW + 1000)]);
    expect(again.filter(Boolean)).toHaveLength(1);
  });
});

/**
 * The PostgreSQL server going away and coming back under a running scheduler: clear errors while it
 * is down, every owed post made once it is back, and a post whose outcome could not be recorded never
 * made twice. Runs on a server of its own, since it stops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactAnswer } from '../../src/answers.js';
import { PostgresDailyStore } from '../../src/daily/postgres-store.js';
import { DailyScheduler } from '../../src/daily/scheduler.js';
import type { Subscription } from '../../src/daily/store.js';
import { freshDatabase } from '../postgres/database.js';
import { POSTGRES_BIN, postgresBinariesPresent, startTestPostgres, type TestPostgres } from '../postgres/server.js';
import { FakeClock } from './fake-clock.js';
import { RecordingPoster } from './recording-poster.js';
import { capturedLogger, REPORT, sampleFacts } from './support.js';

const facts = sampleFacts(10);
const channels = ['C1', 'C2', 'C3', 'C4'].map((channelId) => ({ platform: 'slack' as const, channelId }));
let server: TestPostgres | undefined;

beforeAll(async () => {
  if (postgresBinariesPresent()) server = await startTestPostgres();
}, 60_000);
afterAll(() => server?.destroy());

describe('a PostgreSQL outage under the scheduler', () => {
  it.skipIf(!postgresBinariesPresent())(`posts late, once, what fell due while it was down (needs ${POSTGRES_BIN})`, async () => {
    const url = await freshDatabase(server!.url);
    const clock = new FakeClock(Date.parse('2026-05-01T08:00:00Z'));
    const { logger, lines } = capturedLogger();
    const store = await PostgresDailyStore.open(url, { logger, timeoutMs: 3000 });
    // C1 and C2 are due at 09:00, when the database goes; C3 and C4 at 09:05, while it is down.
    for (const [i, channel] of channels.entries()) {
      const sub: Subscription = { channel, time: i < 2 ? '09:00' : '09:05', timeZone: 'UTC', status: 'active', source: 'command', activeFrom: clock.now() };
      await store.saveSubscription(sub, clock.now());
    }
    const slack = new RecordingPoster('slack', clock);
    // The database dies while C2's post is in flight: the post lands, but nobody can record it.
    const poster = {
      platform: 'slack' as const,
      async post(channelId: string, answer: FactAnswer) {
        await slack.post(channelId, answer);
        if (channelId === 'C2') server!.stop();
      },
    };
    const scheduler = new DailyScheduler({ report: REPORT, facts, store, posters: [poster], logger, clock, leaseMs: 60_000, outageRetryMs: 30_000 });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T09:00:00Z');
    expect(slack.posts.map((p) => p.channelId)).toContain('C2');

    // Down for ten minutes: every check fails with the server named and the cause said.
    await clock.advanceTo('2026-05-01T09:10:00Z');
    const errors = lines.filter((l) => l.level === 50);
    expect(errors.length).toBeGreaterThan(1);
    const messages = errors.map((l) => JSON.stringify(l.err));
    expect(messages.some((m) => m.includes('cannot be reached') && m.includes('127.0.0.1'))).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/password/i);

    expect(slack.posts.map((p) => p.channelId)).not.toContain('C3');

    server!.start();
    await clock.advanceTo('2026-05-01T09:15:00Z');
    const all = slack.posts.map((p) => p.channelId);
    expect(new Set(all).size).toBe(all.length); // nothing posted twice
    expect([...all].sort()).toEqual(['C1', 'C2', 'C3', 'C4']);
    // C2 went out but could not be marked sent: once its lease is over it is settled as uncertain, never resent.
    expect(await store.post(channels[1]!, '2026-05-01')).toMatchObject({ state: 'uncertain' });
    // C3 and C4 fell due while it was down: posted late, once it answered again, and recorded.
    for (const c of channels.slice(2)) {
      expect(slack.posts.find((p) => p.channelId === c.channelId)!.at).toBeGreaterThanOrEqual(Date.parse('2026-05-01T09:10:00Z'));
      expect(await store.post(c, '2026-05-01')).toMatchObject({ state: 'sent' });
    }
    await scheduler.stop();
    await store.close();
  }, 60_000);
});

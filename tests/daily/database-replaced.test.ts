/**
 * The database file deleted or replaced under a running bot: noticed on the next change, logged at
 * error, and daily changes refused with a clear reply instead of being written into a deleted file.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_DATABASE_FILE, DailyStoreError } from '../../src/daily/database.js';
import { DailyScheduler } from '../../src/daily/scheduler.js';
import { DailyFactsService } from '../../src/daily/service.js';
import { SqliteDailyStore as DailyStore } from '../../src/daily/sqlite-store.js';
import { FakeClock } from './fake-clock.js';
import { RecordingPoster } from './recording-poster.js';
import { capturedLogger, REPORT, sampleFacts, tempDataDir } from './support.js';

const facts = sampleFacts(5);
const channel = { platform: 'slack' as const, channelId: 'C0HR' };

function open() {
  const dir = tempDataDir();
  const clock = new FakeClock(Date.parse('2026-05-01T07:00:00Z'));
  const store = DailyStore.openInDataDir(dir);
  const { logger, lines } = capturedLogger();
  const daily = new DailyFactsService({ report: REPORT, facts, store, clock, logger });
  return { dir, file: join(dir, DAILY_DATABASE_FILE), store, daily, clock, logger, lines };
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

describe('the database file under the bot', async () => {
  it('a deleted file: "daily on" is refused with a clear reply, logged at error, and nothing is written', async () => {
    const { file, store, daily, lines } = open();
    expect((await daily.subscribe(channel, {})).kind).toBe('notice');
    removeDatabase(file);
    const answer = await daily.unsubscribe(channel);
    expect(answer).toMatchObject({ kind: 'error', code: 'unavailable' });
    expect(answer.kind === 'error' && answer.message).toMatch(/daily facts .*cannot be changed/i);
    await expect(daily.subscribe({ ...channel, channelId: 'C0OTHER' }, {})).resolves.toMatchObject({ kind: 'error', code: 'unavailable' });
    expect(lines.some((l) => l.level === 50 && String((l.err as { message?: string })?.message).includes('deleted or replaced'))).toBe(true);
    await store.close();
  });

  it('a file replaced by another one is noticed too', async () => {
    const { file, store, daily } = open();
    await daily.subscribe(channel, {});
    renameSync(file, `${file}.moved`);
    writeFileSync(file, '');
    await expect(daily.subscribe(channel, { time: '10:00' })).resolves.toMatchObject({ kind: 'error', code: 'unavailable' });
    await store.close();
  });

  it('the store refuses every write once its file is gone, naming the file', async () => {
    const { file, store } = open();
    removeDatabase(file);
    await expect(store.claim(channel, '2026-05-01', 'f1', 'me', 1, 0)).rejects.toThrow(DailyStoreError);
    await expect(store.claim(channel, '2026-05-01', 'f1', 'me', 1, 0)).rejects.toThrow(file);
    await store.close();
  });

  it('the scheduler logs the error and posts nothing once the file is gone', async () => {
    const { file, store, daily, clock, logger, lines } = open();
    await daily.subscribe(channel, {});
    removeDatabase(file);
    const poster = new RecordingPoster('slack', clock);
    const scheduler = new DailyScheduler({ report: REPORT, facts, store, posters: [poster], logger, clock });
    await scheduler.start();
    await clock.advanceTo('2026-05-01T12:00:00Z');
    await scheduler.stop();
    expect(poster.calls).toEqual([]);
    expect(lines.some((l) => l.level === 50 && /check failed/.test(l.msg))).toBe(true);
    await store.close();
  });
});

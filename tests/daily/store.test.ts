import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DAILY_DATABASE_FILE, DailyStoreError } from '../../src/daily/database.js';
import { DailyStore } from '../../src/daily/store.js';
import { tempDataDir } from './support.js';

const channel = { platform: 'discord' as const, channelId: '123456789012345678' };
const NOW = Date.parse('2026-03-02T08:00:00Z');

describe('DailyStore', () => {
  it('creates its folder and file on first start, in WAL mode, at the current schema version', () => {
    const dataDir = join(tempDataDir(), 'nested', 'data');
    const store = DailyStore.openInDataDir(dataDir);
    const file = join(dataDir, DAILY_DATABASE_FILE);
    expect(store.file).toBe(file);
    expect(existsSync(file)).toBe(true);
    expect(store.schemaVersion).toBe(1);
    store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('keeps subscriptions and posts when reopened', () => {
    const dataDir = tempDataDir();
    const first = DailyStore.openInDataDir(dataDir);
    first.saveSubscription({ channel, time: '09:00', timeZone: 'Europe/Paris', status: 'active', source: 'command', activeFrom: NOW }, NOW);
    expect(first.claim(channel, '2026-03-02', 'f1', 'a', NOW + 1000, NOW)).toBe(true);
    first.close();
    const second = DailyStore.openInDataDir(dataDir);
    expect(second.subscription(channel)).toMatchObject({ time: '09:00', timeZone: 'Europe/Paris', status: 'active' });
    expect(second.post(channel, '2026-03-02')).toMatchObject({ factId: 'f1', state: 'claimed', owner: 'a' });
    second.close();
  });

  it('lets only one claim a channel\'s day, whichever connection asks first', () => {
    const dataDir = tempDataDir();
    const a = DailyStore.openInDataDir(dataDir);
    const b = DailyStore.openInDataDir(dataDir);
    expect(a.claim(channel, '2026-03-02', 'f1', 'a', NOW + 1000, NOW)).toBe(true);
    expect(b.claim(channel, '2026-03-02', 'f2', 'b', NOW + 1000, NOW)).toBe(false);
    expect(b.post(channel, '2026-03-02')).toMatchObject({ factId: 'f1', owner: 'a' });
    // The owner alone may start sending; a live lease cannot be taken over.
    expect(b.takeOver(channel, '2026-03-02', 'b', NOW + 5000, NOW)).toBe(false);
    expect(b.beginSending(channel, '2026-03-02', 'b', NOW + 5000)).toBe(false);
    expect(a.beginSending(channel, '2026-03-02', 'a', NOW + 5000)).toBe(true);
    a.close();
    b.close();
  });

  it('refuses a file that is not a SQLite database, naming the file', () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    writeFileSync(file, 'this is not a database\n'.repeat(200));
    expect(() => DailyStore.open(file)).toThrow(DailyStoreError);
    expect(() => DailyStore.open(file)).toThrow(`Daily-facts database ${file} is not a SQLite database`);
  });

  it('refuses a database whose pages are damaged, naming the file', () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    const store = DailyStore.open(file);
    for (let i = 0; i < 200; i++) store.claim({ ...channel, channelId: String(i) }, '2026-03-02', `fact-${i}`.repeat(20), 'a', NOW, NOW);
    store.close();
    const bytes = readFileSync(file);
    // Keep the 100-byte header (so it still looks like SQLite) and scribble over the second page onwards.
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(file, bytes);
    expect(() => DailyStore.open(file)).toThrow(new RegExp(`^Daily-facts database ${escape(file)} is (corrupt|not a SQLite database)`));
  });

  it('refuses a read-only database file, naming the file', () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    DailyStore.open(file).close();
    chmodSync(file, 0o444);
    expect(() => DailyStore.open(file)).toThrow(`Daily-facts database ${file} is read-only`);
  });

  it('refuses a folder where the database file should be', () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    mkdirSync(file);
    expect(() => DailyStore.open(file)).toThrow(`Daily-facts database ${file} is a folder`);
  });

  it('refuses a database from a newer version of the bot instead of guessing its schema', () => {
    const file = join(tempDataDir(), DAILY_DATABASE_FILE);
    const raw = new Database(file);
    raw.pragma('user_version = 7');
    raw.close();
    expect(() => DailyStore.open(file)).toThrow(/has schema version 7, newer than this hr-bot knows \(1\)/);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

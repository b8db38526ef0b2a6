import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DAILY_DATABASE_FILE, DailyStoreError, MIGRATIONS } from '../../src/daily/database.js';
import { SqliteDailyStore as DailyStore } from '../../src/daily/sqlite-store.js';
import { tempDataDir } from './support.js';

const channel = { platform: 'discord' as const, channelId: '123456789012345678' };
const NOW = Date.parse('2026-03-02T08:00:00Z');

describe('the SQLite store file', () => {
  it('creates its folder and file on first start, in WAL mode, at the current schema version', async () => {
    const dataDir = join(tempDataDir(), 'nested', 'data');
    const store = DailyStore.openInDataDir(dataDir);
    const file = join(dataDir, DAILY_DATABASE_FILE);
    expect(store.file).toBe(file);
    expect(existsSync(file)).toBe(true);
    expect(await store.schemaVersion()).toBe(MIGRATIONS.length);
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('migrates a file of the previous schema version, keeping its subscriptions and posts', async () => {
    const file = join(tempDataDir(), DAILY_DATABASE_FILE);
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!);
    raw.pragma('user_version = 1');
    raw.prepare(`INSERT INTO subscriptions VALUES ('discord', '1', '09:00', 'UTC', 'active', 'command', 5, NULL, 5)`).run();
    raw.prepare(`INSERT INTO posts VALUES ('discord', '1', '2026-03-01', 'f1', 'sent', 'a', 9, 1, 9, 5, 7, NULL)`).run();
    raw.close();
    const store = DailyStore.open(file);
    expect(await store.schemaVersion()).toBe(MIGRATIONS.length);
    expect(await store.subscription({ platform: 'discord', channelId: '1' })).toMatchObject({ time: '09:00', activeFrom: 5 });
    expect(await store.post({ platform: 'discord', channelId: '1' }, '2026-03-01')).toMatchObject({ state: 'sent', sentAt: 7 });
    expect(await store.rememberOnce('k', NOW + 1, NOW)).toBe(true);
    await store.close();
  });

  it('refuses a file that is not a SQLite database, naming the file', async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    writeFileSync(file, 'this is not a database\n'.repeat(200));
    expect(() => DailyStore.open(file)).toThrow(DailyStoreError);
    expect(() => DailyStore.open(file)).toThrow(`Daily-facts database ${file} is not a SQLite database`);
  });

  it('refuses a database whose pages are damaged, naming the file', async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    const store = DailyStore.open(file);
    for (let i = 0; i < 200; i++) await store.claim({ ...channel, channelId: String(i) }, '2026-03-02', `fact-${i}`.repeat(20), 'a', NOW, NOW);
    await store.close();
    const bytes = readFileSync(file);
    // Keep the 100-byte header (so it still looks like SQLite) and scribble over the second page onwards.
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(file, bytes);
    expect(() => DailyStore.open(file)).toThrow(new RegExp(`^Daily-facts database ${escape(file)} is (corrupt|not a SQLite database)`));
  });

  it('refuses a read-only database file, naming the file', async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    await DailyStore.open(file).close();
    chmodSync(file, 0o444);
    expect(() => DailyStore.open(file)).toThrow(`Daily-facts database ${file} is read-only`);
  });

  it('refuses a folder where the database file should be', async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, DAILY_DATABASE_FILE);
    mkdirSync(file);
    expect(() => DailyStore.open(file)).toThrow(`Daily-facts database ${file} is a folder`);
  });

  it('refuses a database from a newer version of the bot instead of guessing its schema', async () => {
    const file = join(tempDataDir(), DAILY_DATABASE_FILE);
    const raw = new Database(file);
    raw.pragma('user_version = 7');
    raw.close();
    expect(() => DailyStore.open(file)).toThrow(new RegExp(`has schema version 7, newer than this hr-bot knows \\(${MIGRATIONS.length}\\)`));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

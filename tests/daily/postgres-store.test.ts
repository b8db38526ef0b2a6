/** What only the PostgreSQL backend has: versioned migrations, and errors that name the server. */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePostgres, readMigrations } from '../../src/daily/postgres-migrations.js';
import { PostgresDailyStore, describeUrl } from '../../src/daily/postgres-store.js';
import { freshDatabase, postgresMissing, postgresServerUrl } from '../postgres/database.js';

const skip = postgresServerUrl() ? '' : postgresMissing();
const channel = { platform: 'slack' as const, channelId: 'C1' };

async function sql(url: string, text: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('the PostgreSQL store', () => {
  it.skipIf(skip)('migrates an empty database to the last version, recording each file once, also when several start together', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([PostgresDailyStore.open(url), PostgresDailyStore.open(url), PostgresDailyStore.open(url)]);
    const versions = await sql(url, 'SELECT version, name FROM schema_migrations ORDER BY version');
    expect(versions).toEqual(readMigrations().map((m) => ({ version: m.version, name: m.name })));
    expect(await stores[0]!.schemaVersion()).toBe(readMigrations().length);
    await Promise.all(stores.map((s) => s.close()));
  });

  it.skipIf(skip)('migrates a database of the previous version, keeping its subscriptions and posts', async () => {
    const url = await freshDatabase();
    const pool = new pg.Pool({ connectionString: url });
    const all = readMigrations();
    expect(await migratePostgres(pool, 'test', all, all.length - 1)).toBe(all.length - 1);
    await pool.end();
    await sql(url, `INSERT INTO subscriptions VALUES ('slack', 'C1', '09:00', 'UTC', 'active', 'config', 1777600000000, NULL, 1777600000000)`);
    await sql(url, `INSERT INTO posts VALUES ('slack', 'C1', '2026-05-01', 'f1', 'sent', 'a', 1777600000000, 0, 1777600000000, 1777600000000, 1777600000001, NULL)`);

    const store = await PostgresDailyStore.open(url);
    expect(await store.schemaVersion()).toBe(all.length);
    expect(await store.subscription(channel)).toMatchObject({ source: 'config', activeFrom: 1777600000000 });
    expect(await store.post(channel, '2026-05-01')).toMatchObject({ state: 'sent', sentAt: 1777600000001 });
    expect(await store.rememberOnce('k', 2, 1)).toBe(true);
    await store.close();
  });

  it.skipIf(skip)('refuses a database from a newer version of the bot', async () => {
    const url = await freshDatabase();
    await (await PostgresDailyStore.open(url)).close();
    await sql(url, `INSERT INTO schema_migrations (version, name) VALUES (99, 'from-the-future')`);
    await expect(PostgresDailyStore.open(url)).rejects.toThrow(/has schema version 99, newer than this hr-bot knows/);
  });

  it.skipIf(skip)('names the server, never the password, when it cannot be reached or the database is missing', async () => {
    const server = new URL(postgresServerUrl()!);
    const missing = `postgres://postgres:s3cret-pw@${server.host}/no_such_database`;
    const error = await PostgresDailyStore.open(missing).catch((err: Error) => err);
    expect(String(error)).toContain(`Daily-facts database postgres://postgres@${server.host}/no_such_database does not exist`);
    expect(String(error)).not.toContain('s3cret-pw');
    const down = await PostgresDailyStore.open('postgres://hr:s3cret-pw@127.0.0.1:1/hr', { timeoutMs: 2000 }).catch((err: Error) => err);
    expect(String(down)).toMatch(/Daily-facts database postgres:\/\/hr@127\.0\.0\.1:1\/hr cannot be reached/);
    expect(String(down)).not.toContain('s3cret-pw');
  });

  it('describes a URL without its password', () => {
    expect(describeUrl('postgres://bot:pa%40ss@db.internal:5433/hr?sslmode=require')).toBe('postgres://bot@db.internal:5433/hr');
  });
});

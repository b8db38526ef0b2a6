/**
 * Versioned schema migrations for the PostgreSQL backend: `migrations/postgres/NNN-name.sql`, applied
 * in order at start-up, each recorded in `schema_migrations`. Never edit a shipped file; add the next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { packageRoot } from '../paths.js';
import { DailyStoreError } from './database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any constant: every hr-bot process takes the same advisory lock, so instances starting together migrate once. */
const MIGRATION_LOCK = 0x6872626f74; // "hrbot"

export function defaultMigrationsDir(): string {
  return join(packageRoot(), 'migrations', 'postgres');
}

/** The migration files of `dir`, in order; their numbers must run 1, 2, 3… without a gap. */
export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, m: /^(\d+)-([a-z0-9-]+)\.sql$/.exec(file) }))
    .filter((f): f is { file: string; m: RegExpExecArray } => f.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`PostgreSQL migrations in ${dir}: expected version ${i + 1}, found ${m.version}-${m.name}`);
  });
  return migrations;
}

/**
 * Brings the database up to the last migration (or to `upTo`) in one transaction, under an advisory
 * lock. Returns the schema version. Refuses a database newer than the migrations this code knows.
 */
export async function migratePostgres(pool: pg.Pool, location: string, migrations: readonly Migration[], upTo = migrations.length): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > migrations.length) {
      throw new DailyStoreError(location, `has schema version ${current}, newer than this hr-bot knows (${migrations.length}). Run the newer hr-bot, or restore a backup.`);
    }
    // PostgreSQL's DDL is transactional: a failing migration leaves the database as it was.
    for (const m of migrations.slice(current, upTo)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
    return Math.max(current, upTo);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

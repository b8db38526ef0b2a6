/**
 * The daily-facts database file itself: where it lives, opening it safely (WAL, integrity check),
 * migrating its schema by `PRAGMA user_version`, and saying clearly what is wrong when it cannot be used.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** The database file inside `DATA_DIR`. */
export const DAILY_DATABASE_FILE = 'daily-facts.sqlite';

/**
 * The store cannot be used: the message names the database — the SQLite file, or the PostgreSQL
 * server and database (never the password) — and says what is wrong. `file` is that name.
 */
export class DailyStoreError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`Daily-facts database ${file} ${problem}`);
    this.name = 'DailyStoreError';
  }
}

/** Each entry moves the schema up one version (`PRAGMA user_version`); never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     time TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('active', 'off', 'failed')),
     source TEXT NOT NULL CHECK (source IN ('command', 'config')),
     active_from INTEGER NOT NULL,
     failure TEXT,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (platform, channel_id)
   ) STRICT;
   CREATE TABLE posts (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     local_date TEXT NOT NULL,
     fact_id TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('claimed', 'sending', 'sent', 'failed', 'missed', 'uncertain')),
     owner TEXT NOT NULL,
     lease_until INTEGER NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     claimed_at INTEGER NOT NULL,
     sent_at INTEGER,
     error TEXT,
     PRIMARY KEY (platform, channel_id, local_date)
   ) STRICT;`,
  // The Slack replay guard's seen (timestamp, signature) pairs, so processes sharing the file refuse each other's replays.
  `CREATE TABLE seen_requests (
     key TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX seen_requests_expiry ON seen_requests (expires_at);`,
  // A channel may keep its daily facts to one report (its id); NULL: facts from every report.
  `ALTER TABLE subscriptions ADD COLUMN report TEXT;`,
  // Feedback (see src/feedback/store.ts): answers shown, the passages they showed, votes keyed by a
  // hash (never a user id), and the install's secret for that hash.
  `CREATE TABLE answers_shown (
     id TEXT PRIMARY KEY,
     shown_at INTEGER NOT NULL,
     day TEXT NOT NULL,
     platform TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('search', 'section')),
     report_id TEXT NOT NULL,
     covered INTEGER NOT NULL,
     query TEXT
   ) STRICT;
   CREATE INDEX answers_shown_day ON answers_shown (day);
   CREATE INDEX answers_shown_time ON answers_shown (shown_at);
   CREATE TABLE answer_passages (
     answer_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     report_id TEXT NOT NULL,
     paragraph_id TEXT NOT NULL,
     section_id TEXT NOT NULL,
     citation TEXT NOT NULL,
     PRIMARY KEY (answer_id, position)
   ) STRICT;
   CREATE TABLE votes (
     answer_id TEXT NOT NULL,
     voter TEXT NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     comment TEXT,
     voted_at INTEGER NOT NULL,
     day TEXT NOT NULL,
     PRIMARY KEY (answer_id, voter)
   ) STRICT;
   CREATE INDEX votes_time ON votes (voted_at);
   CREATE TABLE install_secrets (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL
   ) STRICT;`,
];

/** Opens (creating if needed) and migrates the file; throws `DailyStoreError` naming the file and the problem. */
export function openDatabase(file: string): Database.Database {
  checkFile(file);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 5000 });
  } catch (err) {
    throw describeError(file, err);
  }
  try {
    db.pragma('journal_mode = WAL');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DailyStoreError(file, `is corrupt (SQLite integrity check: ${String(check)}). Move it aside to start afresh, or restore a backup.`);
    migrate(db, file);
  } catch (err) {
    db.close();
    throw describeError(file, err);
  }
  return db;
}

/** Refuses, before SQLite would fail half-way, a path that is a folder or a file marked read-only. */
function checkFile(file: string): void {
  if (existsSync(file)) {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new DailyStoreError(file, 'is a folder, not a database file. Point DATA_DIR at the folder that holds it.');
    // Checked by mode rather than by trying: as root, SQLite would write to a file its owner marked read-only.
    if ((stat.mode & 0o222) === 0) {
      throw new DailyStoreError(file, 'is read-only: the bot records subscriptions and posts in it. Make it writable (chmod u+w) or set DATA_DIR to a writable folder.');
    }
    return;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw new DailyStoreError(file, `cannot be created: its folder ${dirname(file)} cannot be made (${(err as Error).message}).`);
  }
}

function migrate(db: Database.Database, file: string): void {
  // IMMEDIATE takes the write lock before reading the version, so two processes starting together migrate once.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new DailyStoreError(file, `has schema version ${version}, newer than this hr-bot knows (${MIGRATIONS.length}). Run the newer hr-bot, or restore a backup.`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    if (version < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

function describeError(file: string, err: unknown): Error {
  if (err instanceof DailyStoreError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message;
  if (code === 'SQLITE_NOTADB') return new DailyStoreError(file, 'is not a SQLite database (corrupt, or another kind of file). Move it aside to start afresh, or restore a backup.');
  if (code.startsWith('SQLITE_CORRUPT')) return new DailyStoreError(file, `is corrupt (${message}). Move it aside to start afresh, or restore a backup.`);
  if (code.startsWith('SQLITE_READONLY')) return new DailyStoreError(file, `is read-only (${message}): make it and its folder writable, or set DATA_DIR to a writable folder.`);
  if (code.startsWith('SQLITE_CANTOPEN')) return new DailyStoreError(file, `cannot be opened (${message}): check that its folder exists and is writable.`);
  return new DailyStoreError(file, `cannot be used: ${message}`);
}

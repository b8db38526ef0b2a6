/**
 * The PostgreSQL backend of the shared store, for several hosts on one database (`DATABASE_URL`).
 * Its SQL lives here; the schema is `migrations/postgres/*.sql`, applied by `postgres-migrations.ts`
 * when the store opens. Every method is one statement, so its atomicity is PostgreSQL's own: the
 * primary key decides a day's claim, and a transition's WHERE names the state it leaves and the owner.
 */
import pg from 'pg';
import type { Logger } from '../log.js';
import type { ChannelRef } from './contract.js';
import { LedgerTransitions, type LedgerChanges } from './ledger-transitions.js';
import { DailyStoreError } from './database.js';
import { migratePostgres, readMigrations, type Migration } from './postgres-migrations.js';
import { SETTLE_ERRORS, SHOWN_STATES, type DailyStore, type FactHistory, type PostRecord, type PostState, type SettledPosts, type Subscription, type SubscriptionStatus } from './store.js';
import { shownStatesSql, toPost, toSubscription, type PostRow, type SubscriptionRow } from './store-rows.js';
import type { FeedbackRows, ShownAnswer, Vote, VoteOutcome } from '../feedback/store.js';
import { toFeedbackRows, voteOutcome, type AnswerRow, type PassageRow, type VoteRow } from '../feedback/store-rows.js';
import { utcDay } from '../feedback/store.js';

const SHOWN = shownStatesSql(SHOWN_STATES);
const PURGE_EVERY_MS = 60_000;

export interface PostgresStoreOptions {
  /** Logs connections dropped while idle (the database restarted); queries report their own errors. */
  logger?: Logger;
  /** Default: every file of `migrations/postgres`. Tests pass fewer to build an older schema. */
  migrations?: readonly Migration[];
  /** Connections kept open. Default 5. */
  maxConnections?: number;
  /** How long a query may wait for a connection, or run. Default 10 s: an outage fails fast and clearly. */
  timeoutMs?: number;
}

export class PostgresDailyStore extends LedgerTransitions implements DailyStore {
  readonly backend = 'postgres' as const;
  private lastPurge = 0;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {
    super();
  }

  /**
   * Connects to `url` (`postgres://user:password@host:port/database`) and migrates the schema.
   * Throws `DailyStoreError` naming the server (never the password) when it cannot be used.
   */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresDailyStore> {
    const location = describeUrl(url);
    const timeoutMs = options.timeoutMs ?? 10_000;
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 5,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
      idleTimeoutMillis: 30_000,
      application_name: 'hr-bot',
    });
    // Without a listener, an idle connection dropped by a restarting server would crash the process.
    pool.on('error', (err) => options.logger?.warn({ err, database: location }, 'PostgreSQL dropped an idle connection; the next query reconnects'));
    const store = new PostgresDailyStore(pool, location);
    try {
      await migratePostgres(pool, location, options.migrations ?? readMigrations());
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw store.describe(err);
    }
    return store;
  }

  /** A server's outages surface on each call (as `DailyStoreError`), not here. */
  assertIntact(): void {}

  async schemaVersion(): Promise<number> {
    const rows = await this.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    return rows[0]?.version ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async subscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const rows = await this.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [channel.platform, channel.channelId]);
    return rows[0] && toSubscription(rows[0]);
  }

  async subscriptions(): Promise<Subscription[]> {
    // COLLATE "C": the same byte order as SQLite, whatever the database's locale.
    const rows = await this.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY platform COLLATE "C", channel_id COLLATE "C"');
    return rows.map(toSubscription);
  }

  async saveSubscription(sub: Subscription, now: number): Promise<void> {
    await this.query(
      `INSERT INTO subscriptions (platform, channel_id, time, time_zone, status, source, active_from, failure, updated_at, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
         status = excluded.status, source = excluded.source, active_from = excluded.active_from,
         failure = excluded.failure, updated_at = excluded.updated_at, report = excluded.report`,
      [sub.channel.platform, sub.channel.channelId, sub.time, sub.timeZone, sub.status, sub.source, sub.activeFrom, sub.failure ?? null, now, sub.report ?? null],
    );
  }

  async setStatus(channel: ChannelRef, status: SubscriptionStatus, now: number, failure?: string): Promise<void> {
    await this.query('UPDATE subscriptions SET status = $1, failure = $2, updated_at = $3 WHERE platform = $4 AND channel_id = $5', [
      status, failure ?? null, now, channel.platform, channel.channelId,
    ]);
  }

  async post(channel: ChannelRef, localDate: string): Promise<PostRecord | undefined> {
    const rows = await this.query<PostRow>('SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 AND local_date = $3', [
      channel.platform, channel.channelId, localDate,
    ]);
    return rows[0] && toPost(rows[0]);
  }

  async posts(channel: ChannelRef): Promise<PostRecord[]> {
    const rows = await this.query<PostRow>('SELECT * FROM posts WHERE platform = $1 AND channel_id = $2 ORDER BY local_date', [channel.platform, channel.channelId]);
    return rows.map(toPost);
  }

  async history(channel: ChannelRef): Promise<FactHistory> {
    // One round trip: the counts, each row also saying which fact was shown last.
    const rows = await this.query<{ fact_id: string; n: string; last: string | null }>(
      `SELECT fact_id, COUNT(*) AS n,
         (SELECT fact_id FROM posts WHERE platform = $1 AND channel_id = $2 AND state IN ${SHOWN} ORDER BY local_date DESC LIMIT 1) AS last
       FROM posts WHERE platform = $1 AND channel_id = $2 AND state IN ${SHOWN} GROUP BY fact_id`,
      [channel.platform, channel.channelId],
    );
    const last = rows[0]?.last;
    return { shown: new Map(rows.map((r) => [r.fact_id, Number(r.n)])), ...(last ? { lastFactId: last } : {}) };
  }

  async claim(channel: ChannelRef, localDate: string, factId: string, owner: string, leaseUntil: number, now: number): Promise<boolean> {
    return this.changesOne(
      `INSERT INTO posts (platform, channel_id, local_date, fact_id, state, owner, lease_until, next_attempt_at, claimed_at)
       VALUES ($1, $2, $3, $4, 'claimed', $5, $6, $7, $7) ON CONFLICT DO NOTHING`,
      [channel.platform, channel.channelId, localDate, factId, owner, leaseUntil, now],
    );
  }

  async takeOver(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number, now: number): Promise<boolean> {
    return this.changesOne(
      `UPDATE posts SET owner = $1, lease_until = $2 WHERE platform = $3 AND channel_id = $4 AND local_date = $5
         AND state = 'claimed' AND (owner = $1 OR lease_until <= $6)`,
      [owner, leaseUntil, channel.platform, channel.channelId, localDate, now],
    );
  }

  async replaceFact(channel: ChannelRef, localDate: string, owner: string, factId: string): Promise<boolean> {
    return this.changesOne(
      `UPDATE posts SET fact_id = $1 WHERE platform = $2 AND channel_id = $3 AND local_date = $4 AND state = 'claimed' AND owner = $5`,
      [factId, channel.platform, channel.channelId, localDate, owner],
    );
  }

  async settleAbandoned(channel: ChannelRef, today: string, now: number): Promise<SettledPosts> {
    // One statement, so both settlements happen together; the two updates touch disjoint rows.
    const rows = await this.query<PostRow>(
      `WITH uncertain AS (
         UPDATE posts SET state = 'uncertain', error = $4
         WHERE platform = $1 AND channel_id = $2 AND state = 'sending' AND lease_until <= $3 RETURNING *),
       missed AS (
         UPDATE posts SET state = 'missed', error = coalesce(error, $6)
         WHERE platform = $1 AND channel_id = $2 AND state = 'claimed' AND local_date < $5 RETURNING *)
       SELECT * FROM uncertain UNION ALL SELECT * FROM missed`,
      [channel.platform, channel.channelId, now, SETTLE_ERRORS.uncertain, today, SETTLE_ERRORS.missed],
    );
    const posts = rows.map(toPost);
    return { uncertain: posts.filter((p) => p.state === 'uncertain'), missed: posts.filter((p) => p.state === 'missed') };
  }

  async rememberOnce(key: string, expiresAt: number, now: number): Promise<boolean> {
    if (now - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = now;
      await this.query('DELETE FROM seen_requests WHERE expires_at <= $1', [now]);
    }
    // Of two instances inserting the same key at once, the second waits for the first and then finds it unexpired.
    return this.changesOne(
      `INSERT INTO seen_requests (key, expires_at) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_requests.expires_at <= $3`,
      [key, expiresAt, now],
    );
  }

  async recordAnswer(a: ShownAnswer): Promise<void> {
    // One statement: the answer and its passages together, or (an id already recorded) neither.
    await this.query(
      `WITH answer AS (
         INSERT INTO answers_shown (id, shown_at, day, platform, kind, report_id, covered, query)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id)
       INSERT INTO answer_passages (answer_id, position, report_id, paragraph_id, section_id, citation)
       SELECT answer.id, p.position - 1, p.report_id, p.paragraph_id, p.section_id, p.citation
       FROM answer, unnest($9::text[], $10::text[], $11::text[], $12::text[]) WITH ORDINALITY AS p(report_id, paragraph_id, section_id, citation, position)`,
      [
        a.id, a.shownAt, a.day, a.platform, a.kind, a.reportId, a.covered, a.query ?? null,
        a.passages.map((p) => p.reportId), a.passages.map((p) => p.paragraphId), a.passages.map((p) => p.sectionId), a.passages.map((p) => p.citation),
      ],
    );
  }

  async castVote(answerId: string, voter: string, vote: Vote, now: number): Promise<VoteOutcome> {
    // One statement: the vote before (from the snapshot), and the upsert, which writes only on an answer still stored.
    const rows = await this.query<{ known: boolean; previous: Vote | null }>(
      `WITH known AS (SELECT EXISTS (SELECT 1 FROM answers_shown WHERE id = $1) AS known),
       previous AS (SELECT vote FROM votes WHERE answer_id = $1 AND voter = $2),
       written AS (
         INSERT INTO votes (answer_id, voter, vote, voted_at, day) SELECT $1, $2, $3::text, $4::bigint, $5::text FROM known WHERE known.known
         ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at, day = excluded.day, comment = NULL
           WHERE votes.vote <> excluded.vote
         RETURNING 1)
       SELECT (SELECT known FROM known) AS known, (SELECT vote FROM previous) AS previous, (SELECT count(*) FROM written) AS written`,
      [answerId, voter, vote, now, utcDay(now)],
    );
    return voteOutcome(Boolean(rows[0]?.known), rows[0]?.previous ?? undefined, vote);
  }

  async addComment(answerId: string, voter: string, comment: string): Promise<boolean> {
    return this.changesOne(`UPDATE votes SET comment = $1 WHERE answer_id = $2 AND voter = $3 AND vote = 'down'`, [comment, answerId, voter]);
  }

  async pruneFeedback(before: number): Promise<{ answers: number; votes: number }> {
    const rows = await this.query<{ answers: string; votes: string }>(
      `WITH old AS (SELECT id FROM answers_shown WHERE shown_at < $1),
       votes_gone AS (DELETE FROM votes WHERE voted_at < $1 OR answer_id IN (SELECT id FROM old) RETURNING 1),
       passages_gone AS (DELETE FROM answer_passages WHERE answer_id IN (SELECT id FROM old) RETURNING 1),
       answers_gone AS (DELETE FROM answers_shown WHERE id IN (SELECT id FROM old) RETURNING 1)
       SELECT (SELECT count(*) FROM answers_gone) AS answers, (SELECT count(*) FROM votes_gone) AS votes`,
      [before],
    );
    return { answers: Number(rows[0]?.answers ?? 0), votes: Number(rows[0]?.votes ?? 0) };
  }

  async feedbackSince(sinceDay: string): Promise<FeedbackRows> {
    const [answers, passages, votes] = await Promise.all([
      this.query<AnswerRow>('SELECT * FROM answers_shown WHERE day >= $1 ORDER BY shown_at, id COLLATE "C"', [sinceDay]),
      this.query<PassageRow>(
        'SELECT p.* FROM answer_passages p JOIN answers_shown a ON a.id = p.answer_id WHERE a.day >= $1 ORDER BY p.answer_id COLLATE "C", p.position',
        [sinceDay],
      ),
      this.query<VoteRow>(
        'SELECT v.answer_id, v.vote, v.comment, v.voted_at, v.day FROM votes v JOIN answers_shown a ON a.id = v.answer_id WHERE a.day >= $1 ORDER BY v.voted_at',
        [sinceDay],
      ),
    ]);
    return toFeedbackRows(answers, passages, votes);
  }

  async installSecret(candidate: string): Promise<string> {
    const rows = await this.query<{ value: string }>(
      `WITH added AS (INSERT INTO install_secrets (name, value) VALUES ('voter-key', $1) ON CONFLICT DO NOTHING RETURNING value)
       SELECT value FROM added UNION ALL SELECT value FROM install_secrets WHERE name = 'voter-key'`,
      [candidate],
    );
    // Another instance inserted its candidate after this statement's snapshot: read what it stored.
    return rows[0]?.value ?? (await this.query<{ value: string }>(`SELECT value FROM install_secrets WHERE name = 'voter-key'`))[0]!.value;
  }

  protected override async transition(channel: ChannelRef, localDate: string, owner: string, from: PostState, set: LedgerChanges): Promise<boolean> {
    const values: Array<string | number | null> = [];
    const param = (v: string | number | null): string => `$${values.push(v)}`;
    const assignments = Object.entries(set).map(([column, v]) =>
      typeof v === 'object' && v !== null ? `${column} = ${column} + ${param(v.add)}` : `${column} = ${param(v)}`,
    );
    const where = `platform = ${param(channel.platform)} AND channel_id = ${param(channel.channelId)} AND local_date = ${param(localDate)}
      AND owner = ${param(owner)} AND state = ${param(from)}`;
    return this.changesOne(`UPDATE posts SET ${assignments.join(', ')} WHERE ${where}`, values);
  }

  private async changesOne(sql: string, values: unknown[]): Promise<boolean> {
    return (await this.run(sql, values)).rowCount === 1;
  }

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    return (await this.run<R>(sql, values)).rows;
  }

  private async run<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    if (this.closed) throw new DailyStoreError(this.location, 'is not open (the store was closed).');
    try {
      return await this.pool.query<R>(sql, values);
    } catch (err) {
      throw this.describe(err);
    }
  }

  /** Says which server failed and how, in words an operator can act on. */
  private describe(err: unknown): DailyStoreError {
    if (err instanceof DailyStoreError) return err;
    const code = (err as { code?: string }).code ?? '';
    const message = (err as Error).message ?? String(err);
    let problem: string;
    if (['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', '57P01', '57P02', '57P03'].includes(code) || /timeout|terminated|Connection/i.test(message)) {
      problem = `cannot be reached (${message}): is the PostgreSQL server up? Posts wait and go out once it answers again.`;
    } else if (code === '28P01' || code === '28000') {
      problem = `refused the login (${message}): check the user and password in DATABASE_URL.`;
    } else if (code === '3D000') {
      problem = `does not exist (${message}): create the database first (createdb), or fix its name in DATABASE_URL.`;
    } else {
      problem = `failed: ${message}${code ? ` (${code})` : ''}`;
    }
    const wrapped = new DailyStoreError(this.location, problem);
    wrapped.cause = err;
    return wrapped;
  }
}

/** `postgres://user@host:port/database`, with no password, for logs and errors. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://(unparseable DATABASE_URL)';
  }
}

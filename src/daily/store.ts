/**
 * Subscriptions and the ledger of posts, one row per channel and local day. The ledger's primary key
 * is the claim that keeps a day to one post, across restarts and across processes sharing the file.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ChannelRef, Platform } from './contract.js';
import { DAILY_DATABASE_FILE, DailyStoreError, openDatabase } from './database.js';

export type SubscriptionStatus = 'active' | 'off' | 'failed';

export interface Subscription {
  channel: ChannelRef;
  /** Local time of the post, `HH:MM`. */
  time: string;
  /** IANA time zone the time is in. */
  timeZone: string;
  /** `failed`: a post failed for good (channel gone, bot removed); nothing is posted until it is turned on again. */
  status: SubscriptionStatus;
  /** Who set it: a `/hr daily` command, or `DAILY_CHANNELS` (which owns only the rows it created). */
  source: 'command' | 'config';
  /** Days whose post time is before this instant are not owed (switching on at 10:00 does not post 09:00's fact). */
  activeFrom: number;
  /** Why the subscription failed, when it did. */
  failure?: string;
}

/**
 * A day's post for a channel:
 * - `claimed`: reserved by `owner`, nothing sent yet (or the last try was refused with 429/5xx); may be taken over once `leaseUntil` passes;
 * - `sending`: handed to the platform — if its owner dies now, nobody can tell whether it went out;
 * - `sent`; `failed` (refused for good, or out of retries); `missed` (the day ended first);
 * - `uncertain`: the owner died while sending; never retried, so the day has at most one post.
 */
export type PostState = 'claimed' | 'sending' | 'sent' | 'failed' | 'missed' | 'uncertain';

export interface PostRecord {
  channel: ChannelRef;
  localDate: string;
  factId: string;
  state: PostState;
  owner: string;
  leaseUntil: number;
  attempts: number;
  /** When the next try may start (after a Retry-After or back-off). */
  nextAttemptAt: number;
  sentAt?: number;
  error?: string;
}

/** States that count as "this channel has seen that fact" for the rotation. */
const SHOWN_STATES = `('claimed', 'sending', 'sent', 'uncertain')`;

interface SubscriptionRow {
  platform: Platform;
  channel_id: string;
  time: string;
  time_zone: string;
  status: SubscriptionStatus;
  source: 'command' | 'config';
  active_from: number;
  failure: string | null;
}

interface PostRow {
  platform: Platform;
  channel_id: string;
  local_date: string;
  fact_id: string;
  state: PostState;
  owner: string;
  lease_until: number;
  attempts: number;
  next_attempt_at: number;
  sent_at: number | null;
  error: string | null;
}

/** Which file a path named when it was opened: a file deleted or replaced since then has another (or none). */
interface FileIdentity {
  dev: number;
  ino: number;
}

export class DailyStore {
  /** Set once the file is found deleted or replaced; every later write is refused with it. */
  private lost: DailyStoreError | undefined;

  private constructor(
    private readonly db: Database.Database,
    /** Path of the database file. */
    readonly file: string,
    private readonly identity: FileIdentity | undefined,
  ) {}

  /** Opens (creating if needed) `daily-facts.sqlite` under `dataDir`. */
  static openInDataDir(dataDir: string): DailyStore {
    return DailyStore.open(join(dataDir, DAILY_DATABASE_FILE));
  }

  /**
   * Opens the database file, creating it and its folder on first start, switching it to WAL and
   * migrating it to the current schema. Throws `DailyStoreError` when the file is unusable.
   */
  static open(file: string): DailyStore {
    const db = openDatabase(file);
    return new DailyStore(db, file, identityOf(file));
  }

  /**
   * Throws `DailyStoreError` when the file at `file` is no longer the one opened (deleted, or replaced
   * by another file): SQLite would go on writing into the deleted file, and every change would be
   * lost at the next restart. Checked before each write; a stat costs microseconds.
   */
  assertFileIsOurs(): void {
    if (this.lost) throw this.lost;
    if (!this.identity) return;
    const now = identityOf(this.file);
    if (now && now.dev === this.identity.dev && now.ino === this.identity.ino) return;
    this.lost = new DailyStoreError(
      this.file,
      `was deleted or replaced while the bot was running (${now ? 'another file is there now' : 'it is gone'}); changes are refused until the bot restarts and opens the file at that path.`,
    );
    throw this.lost;
  }

  /** The schema version of the open file. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    this.db.close();
  }

  subscription(channel: ChannelRef): Subscription | undefined {
    const row = this.db
      .prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?')
      .get(channel.platform, channel.channelId);
    return row && toSubscription(row);
  }

  /** Every subscription, in a stable order. */
  subscriptions(): Subscription[] {
    return this.db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY platform, channel_id').all().map(toSubscription);
  }

  /** Creates or replaces the channel's subscription. */
  saveSubscription(sub: Subscription, now: number): void {
    this.assertFileIsOurs();
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, time, time_zone, status, source, active_from, failure, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
           status = excluded.status, source = excluded.source, active_from = excluded.active_from,
           failure = excluded.failure, updated_at = excluded.updated_at`,
      )
      .run(sub.channel.platform, sub.channel.channelId, sub.time, sub.timeZone, sub.status, sub.source, sub.activeFrom, sub.failure ?? null, now);
  }

  setStatus(channel: ChannelRef, status: SubscriptionStatus, now: number, failure?: string): void {
    this.assertFileIsOurs();
    this.db
      .prepare('UPDATE subscriptions SET status = ?, failure = ?, updated_at = ? WHERE platform = ? AND channel_id = ?')
      .run(status, failure ?? null, now, channel.platform, channel.channelId);
  }

  /** The channel's post for a local day, if one was claimed. */
  post(channel: ChannelRef, localDate: string): PostRecord | undefined {
    const row = this.db
      .prepare<[string, string, string], PostRow>('SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND local_date = ?')
      .get(channel.platform, channel.channelId, localDate);
    return row && toPost(row);
  }

  /** Every post of the channel, oldest day first. */
  posts(channel: ChannelRef): PostRecord[] {
    return this.db
      .prepare<[string, string], PostRow>('SELECT * FROM posts WHERE platform = ? AND channel_id = ? ORDER BY local_date')
      .all(channel.platform, channel.channelId)
      .map(toPost);
  }

  /** How many times each fact was (or may have been) posted to the channel, and the latest one. */
  history(channel: ChannelRef): { shown: Map<string, number>; lastFactId?: string } {
    const rows = this.db
      .prepare<[string, string], { fact_id: string; n: number }>(
        `SELECT fact_id, COUNT(*) AS n FROM posts WHERE platform = ? AND channel_id = ? AND state IN ${SHOWN_STATES} GROUP BY fact_id`,
      )
      .all(channel.platform, channel.channelId);
    const last = this.db
      .prepare<[string, string], { fact_id: string }>(
        `SELECT fact_id FROM posts WHERE platform = ? AND channel_id = ? AND state IN ${SHOWN_STATES} ORDER BY local_date DESC LIMIT 1`,
      )
      .get(channel.platform, channel.channelId);
    return { shown: new Map(rows.map((r) => [r.fact_id, r.n])), ...(last ? { lastFactId: last.fact_id } : {}) };
  }

  /**
   * Claims the channel's post for `localDate` for `owner`. False when the day is already claimed
   * (by anyone, in any state): the primary key makes this the one place a day's post is decided.
   */
  claim(channel: ChannelRef, localDate: string, factId: string, owner: string, leaseUntil: number, now: number): boolean {
    this.assertFileIsOurs();
    return (
      this.db
        .prepare(
          `INSERT INTO posts (platform, channel_id, local_date, fact_id, state, owner, lease_until, next_attempt_at, claimed_at)
           VALUES (?, ?, ?, ?, 'claimed', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(channel.platform, channel.channelId, localDate, factId, owner, leaseUntil, now, now).changes === 1
    );
  }

  /** Takes over a claim whose owner's lease ran out (it crashed or stopped before sending). */
  takeOver(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number, now: number): boolean {
    this.assertFileIsOurs();
    return (
      this.db
        .prepare(
          `UPDATE posts SET owner = ?, lease_until = ? WHERE platform = ? AND channel_id = ? AND local_date = ?
             AND state = 'claimed' AND (owner = ? OR lease_until <= ?)`,
        )
        .run(owner, leaseUntil, channel.platform, channel.channelId, localDate, owner, now).changes === 1
    );
  }

  /** Points a claim at another fact (its fact left the index), only while `owner` holds it. */
  replaceFact(channel: ChannelRef, localDate: string, owner: string, factId: string): boolean {
    this.assertFileIsOurs();
    return (
      this.db
        .prepare(`UPDATE posts SET fact_id = ? WHERE platform = ? AND channel_id = ? AND local_date = ? AND state = 'claimed' AND owner = ?`)
        .run(factId, channel.platform, channel.channelId, localDate, owner).changes === 1
    );
  }

  /** `claimed` → `sending`, only for the claim's owner: after this, the post is never tried by anyone else. */
  beginSending(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number): boolean {
    return this.transition(channel, localDate, owner, 'claimed', { state: 'sending', lease_until: leaseUntil });
  }

  markSent(channel: ChannelRef, localDate: string, owner: string, now: number): boolean {
    return this.transition(channel, localDate, owner, 'sending', { state: 'sent', sent_at: now, error: null });
  }

  /** The platform refused with 429/5xx: back to `claimed`, to be tried again at `nextAttemptAt`. */
  markRetry(channel: ChannelRef, localDate: string, owner: string, nextAttemptAt: number, leaseUntil: number, error: string): boolean {
    return this.transition(channel, localDate, owner, 'sending', {
      state: 'claimed', next_attempt_at: nextAttemptAt, lease_until: leaseUntil, error, attempts: { add: 1 },
    });
  }

  /** The try ended without a post: `failed` for good, or `uncertain` when it may have gone out. */
  markEnded(channel: ChannelRef, localDate: string, owner: string, state: 'failed' | 'uncertain', error: string): boolean {
    return this.transition(channel, localDate, owner, 'sending', { state, error, attempts: { add: 1 } });
  }

  /**
   * Settles posts left behind by an owner that died: an expired `sending` becomes `uncertain` (never
   * re-sent), and a claim for a day before `today` becomes `missed`. Returns what was settled.
   */
  settleAbandoned(channel: ChannelRef, today: string, now: number): { uncertain: PostRecord[]; missed: PostRecord[] } {
    this.assertFileIsOurs();
    // Checked with a read first: the scheduler asks on every pass, and a write per pass would fsync for nothing.
    const pending = this.db
      .prepare<[string, string, number, string], { n: number }>(
        `SELECT COUNT(*) AS n FROM posts WHERE platform = ? AND channel_id = ?
           AND ((state = 'sending' AND lease_until <= ?) OR (state = 'claimed' AND local_date < ?))`,
      )
      .get(channel.platform, channel.channelId, now, today);
    if (!pending?.n) return { uncertain: [], missed: [] };
    const settle = this.db.transaction(() => {
      const uncertain = this.db
        .prepare<[string, string, number], PostRow>(
          `UPDATE posts SET state = 'uncertain', error = 'the process sending it stopped before it knew the outcome'
           WHERE platform = ? AND channel_id = ? AND state = 'sending' AND lease_until <= ? RETURNING *`,
        )
        .all(channel.platform, channel.channelId, now);
      const missed = this.db
        .prepare<[string, string, string], PostRow>(
          `UPDATE posts SET state = 'missed', error = coalesce(error, 'the day ended before it could be posted')
           WHERE platform = ? AND channel_id = ? AND state = 'claimed' AND local_date < ? RETURNING *`,
        )
        .all(channel.platform, channel.channelId, today);
      return { uncertain: uncertain.map(toPost), missed: missed.map(toPost) };
    });
    return settle.immediate();
  }

  private transition(
    channel: ChannelRef,
    localDate: string,
    owner: string,
    from: PostState,
    set: Record<string, string | number | null | { add: number }>,
  ): boolean {
    this.assertFileIsOurs();
    const columns = Object.keys(set);
    const assignments = columns.map((c) => (typeof set[c] === 'object' && set[c] !== null ? `${c} = ${c} + ?` : `${c} = ?`));
    const values = columns.map((c) => {
      const v = set[c]!;
      return typeof v === 'object' && v !== null ? v.add : v;
    });
    return (
      this.db
        .prepare(`UPDATE posts SET ${assignments.join(', ')} WHERE platform = ? AND channel_id = ? AND local_date = ? AND owner = ? AND state = ?`)
        .run(...values, channel.platform, channel.channelId, localDate, owner, from).changes === 1
    );
  }
}

function identityOf(file: string): FileIdentity | undefined {
  try {
    const { dev, ino } = statSync(file);
    return { dev, ino };
  } catch {
    return undefined;
  }
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    channel: { platform: row.platform, channelId: row.channel_id },
    time: row.time,
    timeZone: row.time_zone,
    status: row.status,
    source: row.source,
    activeFrom: row.active_from,
    ...(row.failure ? { failure: row.failure } : {}),
  };
}

function toPost(row: PostRow): PostRecord {
  return {
    channel: { platform: row.platform, channelId: row.channel_id },
    localDate: row.local_date,
    factId: row.fact_id,
    state: row.state,
    owner: row.owner,
    leaseUntil: row.lease_until,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    ...(row.sent_at !== null ? { sentAt: row.sent_at } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

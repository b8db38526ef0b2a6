/**
 * The SQLite backend of the shared store: one file under `DATA_DIR`, shared by processes on one
 * machine. Its SQL lives here; the file itself (opening, WAL, migrations) is `database.ts`.
 * better-sqlite3 is synchronous: each method does its work at once and returns a settled promise.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { ChannelRef } from './contract.js';
import { LedgerTransitions, type LedgerChanges } from './ledger-transitions.js';
import { DAILY_DATABASE_FILE, DailyStoreError, openDatabase } from './database.js';
import { SETTLE_ERRORS, SHOWN_STATES, type DailyStore, type FactHistory, type PostRecord, type PostState, type SettledPosts, type Subscription, type SubscriptionStatus } from './store.js';
import { shownStatesSql, toPost, toSubscription, type PostRow, type SubscriptionRow } from './store-rows.js';
import type { FeedbackRows, ShownAnswer, Vote, VoteOutcome } from '../feedback/store.js';
import { toFeedbackRows, voteOutcome, type AnswerRow, type PassageRow, type VoteRow } from '../feedback/store-rows.js';
import { utcDay } from '../feedback/store.js';

const SHOWN = shownStatesSql(SHOWN_STATES);
/** Expired seen requests are deleted at most this often, not on every request. */
const PURGE_EVERY_MS = 60_000;

/** Which file a path named when it was opened: a file deleted or replaced since then has another (or none). */
interface FileIdentity {
  dev: number;
  ino: number;
}

export class SqliteDailyStore extends LedgerTransitions implements DailyStore {
  readonly backend = 'sqlite' as const;
  private lastPurge = 0;
  /** Set once the file is found deleted or replaced; every later write is refused with it. */
  private lost: DailyStoreError | undefined;

  private constructor(
    private readonly db: Database.Database,
    /** Path of the database file. */
    readonly file: string,
    private readonly identity: FileIdentity | undefined,
  ) {
    super();
  }

  /** Opens (creating if needed) `daily-facts.sqlite` under `dataDir`. */
  static openInDataDir(dataDir: string): SqliteDailyStore {
    return SqliteDailyStore.open(join(dataDir, DAILY_DATABASE_FILE));
  }

  /**
   * Opens the database file, creating it and its folder on first start, switching it to WAL and
   * migrating it to the current schema. Throws `DailyStoreError` when the file is unusable.
   */
  static open(file: string): SqliteDailyStore {
    const db = openDatabase(file);
    return new SqliteDailyStore(db, file, identityOf(file));
  }

  /** Checked before each write; a stat costs microseconds. */
  assertIntact(): void {
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

  get location(): string {
    return this.file;
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async subscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const row = this.db
      .prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?')
      .get(channel.platform, channel.channelId);
    return row && toSubscription(row);
  }

  async subscriptions(): Promise<Subscription[]> {
    return this.db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY platform, channel_id').all().map(toSubscription);
  }

  async saveSubscription(sub: Subscription, now: number): Promise<void> {
    this.assertIntact();
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, time, time_zone, status, source, active_from, failure, updated_at, report)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
           status = excluded.status, source = excluded.source, active_from = excluded.active_from,
           failure = excluded.failure, updated_at = excluded.updated_at, report = excluded.report`,
      )
      .run(sub.channel.platform, sub.channel.channelId, sub.time, sub.timeZone, sub.status, sub.source, sub.activeFrom, sub.failure ?? null, now, sub.report ?? null);
  }

  async setStatus(channel: ChannelRef, status: SubscriptionStatus, now: number, failure?: string): Promise<void> {
    this.assertIntact();
    this.db
      .prepare('UPDATE subscriptions SET status = ?, failure = ?, updated_at = ? WHERE platform = ? AND channel_id = ?')
      .run(status, failure ?? null, now, channel.platform, channel.channelId);
  }

  async post(channel: ChannelRef, localDate: string): Promise<PostRecord | undefined> {
    const row = this.db
      .prepare<[string, string, string], PostRow>('SELECT * FROM posts WHERE platform = ? AND channel_id = ? AND local_date = ?')
      .get(channel.platform, channel.channelId, localDate);
    return row && toPost(row);
  }

  async posts(channel: ChannelRef): Promise<PostRecord[]> {
    return this.db
      .prepare<[string, string], PostRow>('SELECT * FROM posts WHERE platform = ? AND channel_id = ? ORDER BY local_date')
      .all(channel.platform, channel.channelId)
      .map(toPost);
  }

  async history(channel: ChannelRef): Promise<FactHistory> {
    const rows = this.db
      .prepare<[string, string], { fact_id: string; n: number }>(
        `SELECT fact_id, COUNT(*) AS n FROM posts WHERE platform = ? AND channel_id = ? AND state IN ${SHOWN} GROUP BY fact_id`,
      )
      .all(channel.platform, channel.channelId);
    const last = this.db
      .prepare<[string, string], { fact_id: string }>(
        `SELECT fact_id FROM posts WHERE platform = ? AND channel_id = ? AND state IN ${SHOWN} ORDER BY local_date DESC LIMIT 1`,
      )
      .get(channel.platform, channel.channelId);
    return { shown: new Map(rows.map((r) => [r.fact_id, r.n])), ...(last ? { lastFactId: last.fact_id } : {}) };
  }

  async claim(channel: ChannelRef, localDate: string, factId: string, owner: string, leaseUntil: number, now: number): Promise<boolean> {
    this.assertIntact();
    return (
      this.db
        .prepare(
          `INSERT INTO posts (platform, channel_id, local_date, fact_id, state, owner, lease_until, next_attempt_at, claimed_at)
           VALUES (?, ?, ?, ?, 'claimed', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(channel.platform, channel.channelId, localDate, factId, owner, leaseUntil, now, now).changes === 1
    );
  }

  async takeOver(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number, now: number): Promise<boolean> {
    this.assertIntact();
    return (
      this.db
        .prepare(
          `UPDATE posts SET owner = ?, lease_until = ? WHERE platform = ? AND channel_id = ? AND local_date = ?
             AND state = 'claimed' AND (owner = ? OR lease_until <= ?)`,
        )
        .run(owner, leaseUntil, channel.platform, channel.channelId, localDate, owner, now).changes === 1
    );
  }

  async replaceFact(channel: ChannelRef, localDate: string, owner: string, factId: string): Promise<boolean> {
    this.assertIntact();
    return (
      this.db
        .prepare(`UPDATE posts SET fact_id = ? WHERE platform = ? AND channel_id = ? AND local_date = ? AND state = 'claimed' AND owner = ?`)
        .run(factId, channel.platform, channel.channelId, localDate, owner).changes === 1
    );
  }

  async settleAbandoned(channel: ChannelRef, today: string, now: number): Promise<SettledPosts> {
    this.assertIntact();
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
        .prepare<[string, string, string, number], PostRow>(
          `UPDATE posts SET state = 'uncertain', error = ?
           WHERE platform = ? AND channel_id = ? AND state = 'sending' AND lease_until <= ? RETURNING *`,
        )
        .all(SETTLE_ERRORS.uncertain, channel.platform, channel.channelId, now);
      const missed = this.db
        .prepare<[string, string, string, string], PostRow>(
          `UPDATE posts SET state = 'missed', error = coalesce(error, ?)
           WHERE platform = ? AND channel_id = ? AND state = 'claimed' AND local_date < ? RETURNING *`,
        )
        .all(SETTLE_ERRORS.missed, channel.platform, channel.channelId, today);
      return { uncertain: uncertain.map(toPost), missed: missed.map(toPost) };
    });
    return settle.immediate();
  }

  async rememberOnce(key: string, expiresAt: number, now: number): Promise<boolean> {
    this.assertIntact();
    if (now - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = now;
      this.db.prepare('DELETE FROM seen_requests WHERE expires_at <= ?').run(now);
    }
    // An expired row is reused in place, so a key is "new" again once its memory ran out.
    return (
      this.db
        .prepare(
          `INSERT INTO seen_requests (key, expires_at) VALUES (?, ?)
           ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_requests.expires_at <= ?`,
        )
        .run(key, expiresAt, now).changes === 1
    );
  }

  async recordAnswer(a: ShownAnswer): Promise<void> {
    this.assertIntact();
    this.db.transaction(() => {
      const added = this.db
        .prepare(
          `INSERT INTO answers_shown (id, shown_at, day, platform, kind, report_id, covered, query)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(a.id, a.shownAt, a.day, a.platform, a.kind, a.reportId, a.covered ? 1 : 0, a.query ?? null).changes;
      if (!added) return;
      const passage = this.db.prepare('INSERT INTO answer_passages (answer_id, position, report_id, paragraph_id, section_id, citation) VALUES (?, ?, ?, ?, ?, ?)');
      a.passages.forEach((p, i) => passage.run(a.id, i, p.reportId, p.paragraphId, p.sectionId, p.citation));
    }).immediate();
  }

  async castVote(answerId: string, voter: string, vote: Vote, now: number): Promise<VoteOutcome> {
    this.assertIntact();
    return this.db.transaction((): VoteOutcome => {
      const known = this.db.prepare('SELECT 1 FROM answers_shown WHERE id = ?').get(answerId) !== undefined;
      const previous = this.db.prepare<[string, string], { vote: Vote }>('SELECT vote FROM votes WHERE answer_id = ? AND voter = ?').get(answerId, voter)?.vote;
      const outcome = voteOutcome(known, previous, vote);
      if (outcome === 'new' || outcome === 'changed') {
        this.db
          .prepare(
            `INSERT INTO votes (answer_id, voter, vote, voted_at, day) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at, day = excluded.day, comment = NULL`,
          )
          .run(answerId, voter, vote, now, utcDay(now));
      }
      return outcome;
    }).immediate();
  }

  async addComment(answerId: string, voter: string, comment: string): Promise<boolean> {
    this.assertIntact();
    return this.db.prepare(`UPDATE votes SET comment = ? WHERE answer_id = ? AND voter = ? AND vote = 'down'`).run(comment, answerId, voter).changes === 1;
  }

  async pruneFeedback(before: number): Promise<{ answers: number; votes: number }> {
    this.assertIntact();
    return this.db.transaction(() => {
      const votes = this.db
        .prepare('DELETE FROM votes WHERE voted_at < ? OR answer_id IN (SELECT id FROM answers_shown WHERE shown_at < ?)')
        .run(before, before).changes;
      this.db.prepare('DELETE FROM answer_passages WHERE answer_id IN (SELECT id FROM answers_shown WHERE shown_at < ?)').run(before);
      const answers = this.db.prepare('DELETE FROM answers_shown WHERE shown_at < ?').run(before).changes;
      return { answers, votes };
    }).immediate();
  }

  async feedbackSince(sinceDay: string): Promise<FeedbackRows> {
    const answers = this.db.prepare<[string], AnswerRow>('SELECT * FROM answers_shown WHERE day >= ? ORDER BY shown_at, id').all(sinceDay);
    const passages = this.db
      .prepare<[string], PassageRow>('SELECT p.* FROM answer_passages p JOIN answers_shown a ON a.id = p.answer_id WHERE a.day >= ? ORDER BY p.answer_id, p.position')
      .all(sinceDay);
    const votes = this.db
      .prepare<[string], VoteRow>('SELECT v.answer_id, v.vote, v.comment, v.voted_at, v.day FROM votes v JOIN answers_shown a ON a.id = v.answer_id WHERE a.day >= ? ORDER BY v.voted_at')
      .all(sinceDay);
    return toFeedbackRows(answers, passages, votes);
  }

  async installSecret(candidate: string): Promise<string> {
    this.assertIntact();
    this.db.prepare(`INSERT INTO install_secrets (name, value) VALUES ('voter-key', ?) ON CONFLICT DO NOTHING`).run(candidate);
    return this.db.prepare<[], { value: string }>(`SELECT value FROM install_secrets WHERE name = 'voter-key'`).get()!.value;
  }

  protected override async transition(channel: ChannelRef, localDate: string, owner: string, from: PostState, set: LedgerChanges): Promise<boolean> {
    this.assertIntact();
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

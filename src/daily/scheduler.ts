/**
 * Posts each subscribed channel's fact at its local time through the platforms' `FactPoster`s.
 * Every decision goes through the store's ledger, so restarts, crashes and other processes on the
 * same store (one SQLite file, or one PostgreSQL database across hosts) never give a channel two
 * posts in one local day.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.js';
import { systemClock, type Clock } from './clock.js';
import { PostError, UncertainPostError, type FactPoster, type Platform } from './contract.js';
import { factPoolOf, type FactPool, type FactSource } from './fact-pool.js';
import { channelKey, todaysFact } from './rotation.js';
import { nextPostTime, postDay } from './schedule.js';
import type { DailyStore, PostRecord, Subscription } from './store.js';

export interface RetryPolicy {
  /** Tries per post, the first included, before the day is given up. Default 6. */
  maxAttempts: number;
  /** Wait after the first refusal without Retry-After; doubles each time. Default 5 s. */
  baseDelayMs: number;
  /** Longest wait between tries. Default 10 min. */
  maxDelayMs: number;
}

/** The facts: one report's (`report`, `facts`: at least one), or every report's (`reports`); see `FactPool`. */
export type DailySchedulerOptions = FactSource & {
  store: DailyStore;
  /** One per running chat adapter; channels of a platform without one wait until it runs. */
  posters: readonly FactPoster[];
  logger: Logger;
  /** Default: the system clock. */
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  /** Longest sleep between checks, so edits by another process sharing the database are noticed. Default 15 min. */
  pollMs?: number;
  /** How soon a check that failed (the database unreachable) is tried again. Default 30 s. */
  outageRetryMs?: number;
  /**
   * How long a claim or a send is held before another scheduler may take it over (claim) or give it
   * up as uncertain (send). Must exceed the slowest post. Default 2 min.
   */
  leaseMs?: number;
  /** Names this scheduler in the ledger. Default: a random id per instance. */
  owner?: string;
};

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 5_000, maxDelayMs: 600_000 };

export class DailyScheduler {
  /** This scheduler's name in the ledger's `owner` column. */
  readonly owner: string;
  private readonly pool: FactPool;
  private readonly clock: Clock;
  private readonly posters: ReadonlyMap<Platform, FactPoster>;
  private readonly retry: RetryPolicy;
  private readonly pollMs: number;
  private readonly outageRetryMs: number;
  private readonly leaseMs: number;
  private readonly log: Logger;
  private cancelTimer: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;

  constructor(private readonly options: DailySchedulerOptions) {
    this.owner = options.owner ?? randomUUID();
    this.pool = factPoolOf(options);
    this.pool.rotation();
    this.clock = options.clock ?? systemClock;
    this.posters = new Map(options.posters.map((p) => [p.platform, p]));
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.pollMs = options.pollMs ?? 900_000;
    this.outageRetryMs = options.outageRetryMs ?? 30_000;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.log = options.logger.child({ component: 'daily', owner: this.owner });
  }

  /** Checks at once (posting what was missed while the bot was down today), then at each due time. */
  start(): Promise<void> {
    this.started = true;
    return this.wake();
  }

  /** Stops planning new checks and waits for a check in progress. */
  async stop(): Promise<void> {
    this.started = false;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    await this.running;
  }

  /** Checks now instead of at the planned time (a subscription changed). Resolves when the check is done. */
  wake(): Promise<void> {
    if (!this.started) return Promise.resolve();
    if (this.running) {
      // One check at a time; a wake during a check asks for one more right after it.
      this.again = true;
      return this.running;
    }
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.running = this.checkUntilQuiet().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async checkUntilQuiet(): Promise<void> {
    let failed = false;
    do {
      this.again = false;
      try {
        await this.check();
      } catch (err) {
        // A database outage must not kill the schedule: log it and try again soon, so what is owed goes out late rather than never.
        failed = true;
        this.log.error({ err }, 'daily facts: check failed; trying again shortly');
      }
    } while (this.again && this.started);
    if (!this.started) return;
    if (failed) {
      this.cancelTimer = this.clock.setTimer(() => this.wake(), Math.min(this.outageRetryMs, this.pollMs));
      return;
    }
    try {
      await this.plan();
    } catch (err) {
      this.log.error({ err }, 'daily facts: planning the next check failed; trying again shortly');
      this.cancelTimer = this.clock.setTimer(() => this.wake(), Math.min(this.outageRetryMs, this.pollMs));
    }
  }

  /** One pass over every active subscription: post what is due, settle what was abandoned. */
  private async check(): Promise<void> {
    // A database file deleted or replaced under us fails the whole check (logged, tried again shortly).
    this.options.store.assertIntact();
    const now = this.clock.now();
    const subs = (await this.options.store.subscriptions()).filter((s) => s.status === 'active' && this.posters.has(s.channel.platform));
    // allSettled: one channel's trouble must neither stop the others nor end the check while their posts are in flight.
    const results = await Promise.allSettled(subs.map((sub) => this.serve(sub, now)));
    results.forEach((result, i) => {
      if (result.status === 'rejected') this.log.error({ err: result.reason, channel: channelKey(subs[i]!.channel) }, 'daily facts: check failed for a channel');
    });
  }

  private async serve(sub: Subscription, now: number): Promise<void> {
    const { store } = this.options;
    const day = postDay(sub, now);
    const settled = await store.settleAbandoned(sub.channel, day.localDate, now);
    for (const post of settled.uncertain) {
      this.log.warn({ channel: channelKey(sub.channel), date: post.localDate, factId: post.factId }, 'daily facts: a post was interrupted mid-send; not resending it, so the day has at most one post');
    }
    for (const post of settled.missed) {
      this.log.warn({ channel: channelKey(sub.channel), date: post.localDate, error: post.error }, 'daily facts: a post could not be made before its day ended');
    }
    if (!day.owed || day.postAt > now) return;

    let post = await store.post(sub.channel, day.localDate);
    if (!post) {
      const fact = await todaysFact(store, this.pool.rotation(sub.report), sub.channel, day.localDate);
      await store.claim(sub.channel, day.localDate, fact.id, this.owner, now + this.leaseMs, now);
      // Re-read whether or not our claim won: another scheduler's row is the truth for the day.
      post = await store.post(sub.channel, day.localDate);
    }
    if (!post || post.state !== 'claimed' || post.nextAttemptAt > now) return;
    if (post.owner !== this.owner) {
      if (post.leaseUntil > now || !(await store.takeOver(sub.channel, day.localDate, this.owner, now + this.leaseMs, now))) return;
      this.log.info({ channel: channelKey(sub.channel), date: day.localDate, from: post.owner }, 'daily facts: taking over a claim whose owner stopped before sending');
    }
    await this.send(sub, post);
  }

  private async send(sub: Subscription, post: PostRecord): Promise<void> {
    const { store } = this.options;
    const { channel, localDate } = post;
    const context = { channel: channelKey(channel), date: localDate, factId: post.factId, attempt: post.attempts + 1 };
    const rotation = this.pool.rotation(sub.report);
    let fact = rotation.fact(post.factId);
    if (!fact) {
      // The index was rebuilt and this fact is gone; nothing went out yet, so pick another.
      const { shown, lastFactId } = await store.history(channel);
      fact = rotation.next(channelKey(channel), shown, lastFactId);
      await store.replaceFact(channel, localDate, this.owner, fact.id);
    }
    if (!(await store.beginSending(channel, localDate, this.owner, this.clock.now() + this.leaseMs))) return;

    const poster = this.posters.get(channel.platform)!;
    try {
      await poster.post(channel.channelId, this.pool.answer(fact, localDate), { attempt: post.attempts + 1 });
    } catch (err) {
      await this.failed(sub, post, err, context);
      return;
    }
    if (await store.markSent(channel, localDate, this.owner, this.clock.now())) {
      this.log.info(context, 'daily facts: posted');
    } else {
      this.log.warn(context, 'daily facts: posted after the lease ran out; another scheduler already marked it uncertain');
    }
  }

  private async failed(sub: Subscription, post: PostRecord, err: unknown, context: Record<string, unknown>): Promise<void> {
    const { store } = this.options;
    const { channel, localDate } = post;
    const now = this.clock.now();
    if (err instanceof UncertainPostError) {
      store.markEnded(channel, localDate, this.owner, 'uncertain', err.message);
      this.log.error({ ...context, err }, 'daily facts: cannot tell whether the post went out; not retrying, so the day has at most one post');
      return;
    }
    if (err instanceof PostError && err.retryable) {
      const attempts = post.attempts + 1;
      if (attempts >= this.retry.maxAttempts) {
        await store.markEnded(channel, localDate, this.owner, 'failed', err.message);
        this.log.error({ ...context, err }, 'daily facts: post still refused after every retry; giving up for today');
        return;
      }
      const backoff = Math.min(this.retry.baseDelayMs * 2 ** (attempts - 1), this.retry.maxDelayMs);
      const wait = Math.max(err.retryAfterMs ?? backoff, 0);
      await store.markRetry(channel, localDate, this.owner, now + wait, now + wait + this.leaseMs, err.message);
      this.log.warn({ ...context, err, retryInMs: wait }, 'daily facts: post refused for now; will retry');
      return;
    }
    if (err instanceof PostError) {
      await store.markEnded(channel, localDate, this.owner, 'failed', err.message);
      await store.setStatus(sub.channel, 'failed', now, err.message);
      this.log.error({ ...context, err }, 'daily facts: post failed for good; subscription marked failed until someone turns it on again');
      return;
    }
    // Not a PostError: a bug or a broken connection, after which nobody knows whether the message went out.
    await store.markEnded(channel, localDate, this.owner, 'uncertain', (err as Error)?.message ?? String(err));
    this.log.error({ ...context, err }, 'daily facts: post threw unexpectedly; not retrying, so the day has at most one post');
  }

  /** Sleeps until the earliest thing due: a post time, a retry, or another scheduler's lease running out. */
  private async plan(): Promise<void> {
    const now = this.clock.now();
    let wake = now + this.pollMs;
    for (const sub of await this.options.store.subscriptions()) {
      if (sub.status !== 'active' || !this.posters.has(sub.channel.platform)) continue;
      const today = await this.options.store.post(sub.channel, postDay(sub, now).localDate);
      let due = nextPostTime(sub, now, today);
      if (today?.state === 'claimed') due = Math.max(today.nextAttemptAt, today.owner === this.owner ? 0 : today.leaseUntil);
      if (today?.state === 'sending' && today.owner !== this.owner) due = today.leaseUntil;
      wake = Math.min(wake, due);
    }
    // Never spin: something due "now" that this check could not do waits a second.
    const delay = Math.max(wake - now, 1_000);
    this.cancelTimer = this.clock.setTimer(() => this.wake(), delay);
  }
}

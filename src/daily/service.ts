/**
 * `DailyFacts` for the adapters: `/hr daily on|off|status` and `/hr fact`, over the subscription
 * store, the facts of the index and a clock. Permission checks are the adapters' job.
 */
import { errorAnswer, type ErrorAnswer, type FactAnswer, type NoticeAnswer } from '../answers.js';
import { systemClock, type Clock } from './clock.js';
import type { ChannelRef, DailyFacts } from './contract.js';
import { canonicalTimeZone, describeInstant, formatTimeOfDay, parseTimeOfDay } from './local-time.js';
import { factPoolOf, type FactPool, type FactSource } from './fact-pool.js';
import { todaysFact } from './rotation.js';
import { DEFAULT_TIME, DEFAULT_TIME_ZONE, nextPostTime, postDay } from './schedule.js';
import { DailyStoreError } from './database.js';
import type { DailyStore, Subscription } from './store.js';
import type { Logger } from '../log.js';

/**
 * The facts: one report's (`report`, `facts`: at least one fact), or every report's (`reports`), each
 * fact shown with its own report.
 */
export type DailyFactsOptions = FactSource & {
  store: DailyStore;
  /** Default: the system clock. */
  clock?: Clock;
  /** For the random fact outside subscribed channels. Default `Math.random`. */
  random?: () => number;
  /** Called after a subscription changes, so the scheduler can re-plan (`() => scheduler.wake()`). */
  onChange?: () => void;
  /** Told when a change is refused because the database file was deleted or replaced. */
  logger?: Logger;
};

export class DailyFactsService implements DailyFacts {
  private readonly pool: FactPool;
  private readonly clock: Clock;
  private readonly random: () => number;

  constructor(private readonly options: DailyFactsOptions) {
    this.pool = factPoolOf(options);
    // Checked at once, as before: daily facts with nothing to post are a misconfiguration.
    this.pool.rotation();
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }

  subscribe(channel: ChannelRef, options: { time?: string; timezone?: string; report?: string }): Promise<NoticeAnswer | ErrorAnswer> {
    return this.changing(channel, () => this.subscribeNow(channel, options));
  }

  unsubscribe(channel: ChannelRef): Promise<NoticeAnswer | ErrorAnswer> {
    return this.changing(channel, () => this.unsubscribeNow(channel));
  }

  /** Runs a change; a store that cannot be written (its file gone from under the bot, its server down) becomes a clear refusal, logged at error. */
  private async changing<T>(channel: ChannelRef, change: () => Promise<T>): Promise<T | ErrorAnswer> {
    try {
      this.options.store.assertIntact();
      return await change();
    } catch (err) {
      if (!(err instanceof DailyStoreError)) throw err;
      this.options.logger?.error({ err, channel: `${channel.platform}:${channel.channelId}` }, 'daily facts: store unusable; change refused');
      return errorAnswer('unavailable', "Daily facts cannot be changed right now: the bot's database is unavailable. Ask whoever runs the bot to check it.");
    }
  }

  private async subscribeNow(channel: ChannelRef, options: { time?: string; timezone?: string; report?: string }): Promise<NoticeAnswer | ErrorAnswer> {
    // Adapters resolve what was typed to an id; one not loaded here is refused rather than silently widened.
    if (options.report !== undefined && !this.pool.has(options.report)) {
      return errorAnswer('unknown-report', `There is no report "${options.report.slice(0, 60)}". \`/hr reports\` lists the reports I have.`);
    }
    const time = parseTimeOfDay(options.time?.trim() || DEFAULT_TIME);
    if (!time) return errorAnswer('bad-argument', `"${options.time}" is not a time of day: use HH:MM on a 24-hour clock, e.g. 09:00 or 18:30.`);
    const timeZone = canonicalTimeZone(options.timezone?.trim() || DEFAULT_TIME_ZONE);
    if (!timeZone) {
      return errorAnswer('bad-argument', `"${options.timezone}" is not a time zone I know: use an IANA name such as Europe/Paris, America/New_York or UTC.`);
    }
    const now = this.clock.now();
    const existing = await this.options.store.subscription(channel);
    const unchanged = existing?.status === 'active' && existing.time === formatTimeOfDay(time) && existing.timeZone === timeZone && existing.report === options.report;
    const sub: Subscription = {
      channel,
      time: formatTimeOfDay(time),
      timeZone,
      status: 'active',
      source: 'command',
      // Re-running the same command must not forgive a post that is owed today.
      activeFrom: unchanged ? existing.activeFrom : now,
      ...(options.report !== undefined ? { report: options.report } : {}),
    };
    await this.options.store.saveSubscription(sub, now);
    this.options.onChange?.();
    return notice(`Daily facts are on for this channel: one fact from ${this.fromWhere(sub)} every day at ${sub.time} (${timeZone}). ${await this.nextLine(sub, now)}`);
  }

  private async unsubscribeNow(channel: ChannelRef): Promise<NoticeAnswer> {
    const existing = await this.options.store.subscription(channel);
    if (!existing || existing.status === 'off') return notice('Daily facts were not on for this channel; nothing to turn off.');
    await this.options.store.setStatus(channel, 'off', this.clock.now());
    this.options.onChange?.();
    return notice('Daily facts are off for this channel. Turn them back on with /hr daily on [HH:MM] [time zone].');
  }

  async status(channel: ChannelRef): Promise<NoticeAnswer> {
    const sub = await this.options.store.subscription(channel);
    if (!sub || sub.status === 'off') {
      return notice('Daily facts are off for this channel. Turn them on with /hr daily on [HH:MM] [time zone] (default 09:00 UTC).');
    }
    if (sub.status === 'failed') {
      return notice(
        `Daily facts stopped for this channel: a post failed for good (${sub.failure ?? 'no reason given'}). ` +
          'Fix what is wrong (e.g. let the bot post here again), then turn them back on with /hr daily on.',
      );
    }
    const from = sub.report !== undefined ? `, from ${this.fromWhere(sub)}` : '';
    return notice(`Daily facts are on for this channel: every day at ${sub.time} (${sub.timeZone})${from}. ${await this.nextLine(sub, this.clock.now())}`);
  }

  /** "the report" (one loaded), "the Atlantis 2019 Human Rights Report" (the channel's choice), or "the 3 reports". */
  private fromWhere(sub: Subscription): string {
    const chosen = sub.report === undefined ? undefined : this.pool.reports.find((r) => r.report.id === sub.report);
    if (chosen) return `the ${chosen.report.title}`;
    return this.pool.reports.length > 1 ? `the ${this.pool.reports.length} reports` : 'the report';
  }

  async factFor(channel?: ChannelRef): Promise<FactAnswer> {
    const sub = channel && (await this.options.store.subscription(channel));
    if (!channel || !sub || sub.status !== 'active') {
      const facts = this.pool.facts;
      return this.pool.answer(facts[Math.floor(this.random() * facts.length) % facts.length]!);
    }
    const today = postDay(sub, this.clock.now()).localDate;
    return this.pool.answer(await todaysFact(this.options.store, this.pool.rotation(sub.report), channel, today), today);
  }

  private async nextLine(sub: Subscription, now: number): Promise<string> {
    const next = nextPostTime(sub, now, await this.options.store.post(sub.channel, postDay(sub, now).localDate));
    if (next <= now) return "Today's fact is due now and will be posted in a moment.";
    const local = describeInstant(next, sub.timeZone);
    return `Next post: ${local}${sub.timeZone === 'UTC' ? '' : ` (${describeInstant(next, 'UTC')})`}.`;
  }
}

function notice(message: string): NoticeAnswer {
  return { kind: 'notice', message };
}

/**
 * The shared store: what every backend keeps (subscriptions, the ledger of posts with its
 * one-post-per-channel-per-day claim and leases, the Slack replay guard's seen requests, and the
 * answers shown and votes of `feedback/store.ts`) and the one
 * interface callers hold. SQLite (`sqlite-store.ts`) and PostgreSQL (`postgres-store.ts`) implement it;
 * `open-store.ts` picks one from the configuration. Callers never know which backend they hold.
 */
import type { FeedbackStore } from '../feedback/store.js';
import type { ChannelRef } from './contract.js';

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
  /** Post facts from this report only (its id); absent: from every report. */
  report?: string;
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
export const SHOWN_STATES: readonly PostState[] = ['claimed', 'sending', 'sent', 'uncertain'];

/** What is left behind by an owner that died, once settled (see `DailyStore.settleAbandoned`). */
export interface SettledPosts {
  uncertain: PostRecord[];
  missed: PostRecord[];
}

/** How often each fact was (or may have been) posted to a channel, and the latest one: the rotation's state. */
export interface FactHistory {
  shown: Map<string, number>;
  lastFactId?: string;
}

/**
 * Remembers keys until they expire, across every process on the store: the Slack replay guard's
 * seen (timestamp, signature) pairs.
 */
export interface SeenRequests {
  /**
   * Records `key` until `expiresAt` and returns true, or returns false when it is already recorded
   * and not yet expired. Atomic: of several processes asking at once, exactly one gets true.
   */
  rememberOnce(key: string, expiresAt: number, now: number): Promise<boolean>;
}

/**
 * Every method is atomic on its own; the ledger's transitions name the state they leave and the
 * owner, so a stale caller's write changes nothing (and returns false).
 */
export interface DailyStore extends SeenRequests, FeedbackStore {
  /** Which backend this is. */
  readonly backend: 'sqlite' | 'postgres';
  /** Where the data lives, for logs and errors: the file, or the server and database (never a password). */
  readonly location: string;
  /** The schema version of the open database. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
  /**
   * Throws `DailyStoreError` when the storage is no longer the one opened: SQLite's file deleted or
   * replaced while the bot runs (it would go on writing into the deleted file, and every change would
   * be lost at the next restart). A server backend's outages surface on each call instead.
   */
  assertIntact(): void;

  subscription(channel: ChannelRef): Promise<Subscription | undefined>;
  /** Every subscription, in a stable order (platform, channel). */
  subscriptions(): Promise<Subscription[]>;
  /** Creates or replaces the channel's subscription. */
  saveSubscription(sub: Subscription, now: number): Promise<void>;
  setStatus(channel: ChannelRef, status: SubscriptionStatus, now: number, failure?: string): Promise<void>;

  /** The channel's post for a local day, if one was claimed. */
  post(channel: ChannelRef, localDate: string): Promise<PostRecord | undefined>;
  /** Every post of the channel, oldest day first. */
  posts(channel: ChannelRef): Promise<PostRecord[]>;
  /** How many times each fact was (or may have been) posted to the channel, and the latest one. */
  history(channel: ChannelRef): Promise<FactHistory>;

  /**
   * Claims the channel's post for `localDate` for `owner`. False when the day is already claimed
   * (by anyone, in any state): the primary key makes this the one place a day's post is decided.
   */
  claim(channel: ChannelRef, localDate: string, factId: string, owner: string, leaseUntil: number, now: number): Promise<boolean>;
  /** Takes over a claim whose owner's lease ran out (it crashed or stopped before sending). */
  takeOver(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number, now: number): Promise<boolean>;
  /** Points a claim at another fact (its fact left the index), only while `owner` holds it. */
  replaceFact(channel: ChannelRef, localDate: string, owner: string, factId: string): Promise<boolean>;
  /** `claimed` → `sending`, only for the claim's owner: after this, the post is never tried by anyone else. */
  beginSending(channel: ChannelRef, localDate: string, owner: string, leaseUntil: number): Promise<boolean>;
  markSent(channel: ChannelRef, localDate: string, owner: string, now: number): Promise<boolean>;
  /** The platform refused with 429/5xx: back to `claimed`, to be tried again at `nextAttemptAt`. */
  markRetry(channel: ChannelRef, localDate: string, owner: string, nextAttemptAt: number, leaseUntil: number, error: string): Promise<boolean>;
  /** The try ended without a post: `failed` for good, or `uncertain` when it may have gone out. */
  markEnded(channel: ChannelRef, localDate: string, owner: string, state: 'failed' | 'uncertain', error: string): Promise<boolean>;
  /**
   * Settles posts left behind by an owner that died: an expired `sending` becomes `uncertain` (never
   * re-sent), and a claim for a day before `today` becomes `missed`. Returns what was settled.
   */
  settleAbandoned(channel: ChannelRef, today: string, now: number): Promise<SettledPosts>;
}

/** Messages the ledger writes when settling, shared so both backends say the same. */
export const SETTLE_ERRORS = {
  uncertain: 'the process sending it stopped before it knew the outcome',
  missed: 'the day ended before it could be posted',
} as const;

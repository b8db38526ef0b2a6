/**
 * The ledger's rows as both backends return them (same column names), turned into the store's
 * records. PostgreSQL returns BIGINT columns as strings, hence the `Number()`s.
 */
import type { Platform } from './contract.js';
import type { PostRecord, PostState, Subscription, SubscriptionStatus } from './store.js';

type Integer = number | string;

export interface SubscriptionRow {
  platform: Platform;
  channel_id: string;
  time: string;
  time_zone: string;
  status: SubscriptionStatus;
  source: 'command' | 'config';
  active_from: Integer;
  failure: string | null;
  report: string | null;
}

export interface PostRow {
  platform: Platform;
  channel_id: string;
  local_date: string;
  fact_id: string;
  state: PostState;
  owner: string;
  lease_until: Integer;
  attempts: Integer;
  next_attempt_at: Integer;
  sent_at: Integer | null;
  error: string | null;
}

export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    channel: { platform: row.platform, channelId: row.channel_id },
    time: row.time,
    timeZone: row.time_zone,
    status: row.status,
    source: row.source,
    activeFrom: Number(row.active_from),
    ...(row.failure ? { failure: row.failure } : {}),
    ...(row.report ? { report: row.report } : {}),
  };
}

export function toPost(row: PostRow): PostRecord {
  return {
    channel: { platform: row.platform, channelId: row.channel_id },
    localDate: row.local_date,
    factId: row.fact_id,
    state: row.state,
    owner: row.owner,
    leaseUntil: Number(row.lease_until),
    attempts: Number(row.attempts),
    nextAttemptAt: Number(row.next_attempt_at),
    ...(row.sent_at !== null ? { sentAt: Number(row.sent_at) } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

/** The `IN (...)` list of states that count as shown, for either backend's SQL. */
export function shownStatesSql(states: readonly PostState[]): string {
  return `(${states.map((s) => `'${s}'`).join(', ')})`;
}

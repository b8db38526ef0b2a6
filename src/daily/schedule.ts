/** When a subscription's posts fall: today's post time, whether today's post is owed, and the next one. */
import { instantOf, localDate, nextDate, parseTimeOfDay, type TimeOfDay } from './local-time.js';
import type { PostRecord, Subscription } from './store.js';

/** Post time when `/hr daily on` or a `DAILY_CHANNELS` entry names none. */
export const DEFAULT_TIME = '09:00';
/** Time zone when none is named. */
export const DEFAULT_TIME_ZONE = 'UTC';

export interface PostDay {
  /** The channel's local date at `now`. */
  localDate: string;
  /** When today's post is due. */
  postAt: number;
  /** Whether today's post is owed at all: its time is not before the subscription took effect. */
  owed: boolean;
}

/** Today, as the subscription's channel sees it. */
export function postDay(sub: Subscription, now: number): PostDay {
  const date = localDate(now, sub.timeZone);
  const postAt = instantOf(date, timeOf(sub), sub.timeZone);
  return { localDate: date, postAt, owed: postAt >= sub.activeFrom };
}

/**
 * The next instant a post is due for the subscription, given today's ledger entry: today's post
 * time if today's post is owed and not yet done (or `now` if that time has passed — the bot was
 * down), else tomorrow's.
 */
export function nextPostTime(sub: Subscription, now: number, today: PostRecord | undefined): number {
  const day = postDay(sub, now);
  const pending = !today || today.state === 'claimed';
  if (day.owed && pending) return Math.max(day.postAt, now);
  return instantOf(nextDate(day.localDate), timeOf(sub), sub.timeZone);
}

function timeOf(sub: Subscription): TimeOfDay {
  const time = parseTimeOfDay(sub.time);
  // Times are validated before they are stored; a bad one here means the file was edited by hand.
  if (!time) throw new Error(`Subscription for ${sub.channel.platform}:${sub.channel.channelId} has an invalid time "${sub.time}"`);
  return time;
}

/**
 * What the chat adapters and the daily-fact scheduler agree on. Adapters implement `FactPoster`
 * for their platform and call `DailyFacts` for `/hr fact` and `/hr daily`; the scheduler never
 * imports an adapter. Its methods are async: the store behind them may be a database server.
 */
import type { ErrorAnswer, FactAnswer, NoticeAnswer } from '../answers.js';

export type Platform = 'discord' | 'slack';

/** A channel on a platform. */
export interface ChannelRef {
  platform: Platform;
  channelId: string;
}

export interface DailyFacts {
  /** Subscribes a channel: `time` is `HH:MM` (default 09:00), `timezone` IANA (default UTC). Bad values, or a database file deleted or replaced, are an `ErrorAnswer`. */
  subscribe(channel: ChannelRef, options: { time?: string; timezone?: string; report?: string }): Promise<NoticeAnswer | ErrorAnswer>;
  /** Bad state (the database file deleted or replaced) is an `ErrorAnswer`. */
  unsubscribe(channel: ChannelRef): Promise<NoticeAnswer | ErrorAnswer>;
  /** What is set for the channel and when the next post is. */
  status(channel: ChannelRef): Promise<NoticeAnswer>;
  /** Today's fact for a subscribed channel; a random fact elsewhere (or with no channel). */
  factFor(channel?: ChannelRef): Promise<FactAnswer>;
}

/** A post that failed: `retryable` for 429/5xx (with the server's wait when it gave one), else final. */
export class PostError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PostError';
  }
}

/**
 * The platform may or may not have posted (the answer was lost, and the channel could not be checked):
 * never retried, and the day is marked `uncertain`, so a channel never gets a fact twice.
 */
export class UncertainPostError extends PostError {
  constructor(message: string) {
    super(message, false);
    this.name = 'UncertainPostError';
  }
}

/** Which try of the day's post this is. */
export interface PostAttempt {
  /** 1 for the first try; a later try may follow one whose outcome was unknown. */
  attempt: number;
}

/**
 * Posts a fact to a channel of one platform, mentioning no one. Throws `PostError` on failure
 * (`UncertainPostError` when it cannot tell whether the post went out). A poster that can tell
 * whether an earlier try landed checks before posting on a later `attempt`.
 */
export interface FactPoster {
  platform: Platform;
  post(channelId: string, answer: FactAnswer, attempt?: PostAttempt): Promise<void>;
}

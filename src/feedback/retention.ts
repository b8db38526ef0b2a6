/** `FEEDBACK_RETENTION_DAYS`: answers shown and votes older than that are deleted, at start-up and then daily. */
import type { Clock } from '../daily/clock.js';
import type { Logger } from '../log.js';
import type { FeedbackStore } from './store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions {
  store: FeedbackStore;
  /** Days feedback is kept. */
  days: number;
  clock: Clock;
  logger: Logger;
}

/** Prunes at once and every 24 hours after; returns a function that stops it. */
export function startFeedbackRetention({ store, days, clock, logger }: RetentionOptions): () => void {
  let stopped = false;
  let cancel = (): void => undefined;
  const prune = async (): Promise<void> => {
    try {
      const pruned = await store.pruneFeedback(clock.now() - days * DAY_MS);
      if (pruned.answers + pruned.votes > 0) logger.info({ ...pruned, retentionDays: days }, 'feedback: pruned old answers and votes');
    } catch (err) {
      // The store may be down for a while: the next day's pass deletes what this one could not.
      logger.warn({ err }, 'feedback: pruning failed; trying again tomorrow');
    } finally {
      if (!stopped) cancel = clock.setTimer(prune, DAY_MS);
    }
  };
  cancel = clock.setTimer(prune, 0);
  return () => {
    stopped = true;
    cancel();
  };
}

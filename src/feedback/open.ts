/** Feedback put together for `main.ts`: the service over the shared store, its `/metrics` counter and the daily pruning. */
import { systemClock, type Clock } from '../daily/clock.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { startFeedbackRetention } from './retention.js';
import { FeedbackService } from './service.js';
import type { FeedbackStore } from './store.js';

export interface FeedbackSettings {
  logQueries: boolean;
  retentionDays: number;
  secret?: string;
}

export interface OpenFeedback {
  feedback: FeedbackService;
  /** Stops the daily pruning (the store is closed by its owner). */
  stop(): void;
}

export async function openFeedback(store: FeedbackStore, settings: FeedbackSettings, deps: { metrics: Metrics; logger: Logger; clock?: Clock }): Promise<OpenFeedback> {
  const clock = deps.clock ?? systemClock;
  const feedback = await FeedbackService.open(store, {
    logQueries: settings.logQueries,
    ...(settings.secret ? { secret: settings.secret } : {}),
    now: () => clock.now(),
    onVote: (platform, vote) => deps.metrics.feedbackVote(platform, vote),
  });
  const stop = startFeedbackRetention({ store, days: settings.retentionDays, clock, logger: deps.logger });
  deps.logger.info({ logQueries: settings.logQueries, retentionDays: settings.retentionDays, secret: settings.secret ? 'FEEDBACK_SECRET' : 'database' }, 'feedback: on');
  return { feedback, stop };
}

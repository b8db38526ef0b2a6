/** What every Discord handler needs, built once in `index.ts`, plus the small decisions they share. */
import { MAX_QUERY_LENGTH } from '../../../commands/hr.js';
import type { Invocation } from '../../../commands/parse.js';
import { errorAnswer, type ErrorAnswer } from '../../answers.js';
import type { DailyFacts } from '../../daily/contract.js';
import type { FeedbackService } from '../../feedback/service.js';
import type { Logger } from '../../log.js';
import type { Metrics, RequestMetrics } from '../../metrics.js';
import type { RateLimiter } from '../../rate-limit.js';
import type { QueryService } from '../../search/query-service.js';
import type { ButtonIds } from './button-ids.js';

export interface HandlerContext {
  service: QueryService;
  logger: Logger;
  rateLimiter: RateLimiter;
  daily?: DailyFacts;
  buttonIds: ButtonIds;
  metrics: Metrics;
  /** 👍/👎 and answers shown; absent when feedback is off (no store). */
  feedback?: FeedbackService;
  /** The request being answered, set per interaction or message: `answerWith` reports its answer here. */
  request?: RequestMetrics;
}

/** A polite refusal when the user has asked too often, else undefined. */
export function slowDown(ctx: HandlerContext, userId: string): ErrorAnswer | undefined {
  const decision = ctx.rateLimiter.take(`discord:${userId}`);
  if (decision.allowed) return undefined;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return errorAnswer('rate-limited', `You're asking faster than I can keep up. Please wait ${seconds} s and try again.`);
}

/** Input longer than the command allows, refused before it reaches the service. */
export function tooLong(invocation: Invocation): ErrorAnswer | undefined {
  const text = invocation.name === 'search' ? invocation.query : invocation.name === 'section' ? invocation.ref : '';
  if (text.length <= MAX_QUERY_LENGTH) return undefined;
  return errorAnswer('query-too-long', `That is a bit long for me: please keep it under ${MAX_QUERY_LENGTH} characters.`);
}

/** The apology for a failure inside the bot; the details go to the log, not to the user. */
export const APOLOGY = errorAnswer('internal', 'Sorry, something went wrong on my side. Please try again in a moment.');

export const EXPIRED = errorAnswer('expired', 'This button has expired. Run the command again for fresh results.');

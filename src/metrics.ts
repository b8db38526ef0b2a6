/**
 * What the chat adapters report for monitoring, as a narrow interface: adapters call it, the
 * Prometheus registry in `ops/prometheus.ts` implements it, and nothing else needs prom-client.
 */
import { parseCommandText, type ParseResult } from '../commands/parse.js';
import type { Answer } from './answers.js';
import { PostError, type FactPoster, type Platform } from './daily/contract.js';

/** The bounded set of `command` label values: `/hr` subcommands plus the two kinds of non-command request. */
export const COMMAND_LABELS = ['search', 'section', 'sections', 'reports', 'help', 'fact', 'daily', 'button', 'autocomplete'] as const;
export type CommandLabel = (typeof COMMAND_LABELS)[number];

/** How one daily post ended: sent, refused for now (will retry), refused for good, or unknown (connection broke). */
export type DailyPostOutcome = 'posted' | 'retrying' | 'failed' | 'uncertain';

export interface Metrics {
  /** A user request arrived; call `answered` or `failed` on the result when it is over. */
  request(platform: Platform, command: CommandLabel): RequestMetrics;
  /** A chat connection (Discord gateway, Slack socket) is reconnecting. */
  gatewayReconnect(platform: Platform): void;
  dailyPost(platform: Platform, outcome: DailyPostOutcome): void;
  /** A 👍/👎 was recorded, or changed to this one (docs/feedback.md). */
  feedbackVote(platform: Platform, vote: 'up' | 'down'): void;
}

export interface RequestMetrics {
  /** The answer was sent: records its latency and whether it was rate limited or not covered. */
  answered(answer: Answer): void;
  /** The handler threw (the user got an apology). */
  failed(): void;
}

/** A search the report does not seem to cover (small talk, pointed to help, is not counted). */
export function isNotCovered(answer: Answer): boolean {
  return answer.kind === 'search' && !answer.covered && !answer.smallTalk;
}

export function isRateLimited(answer: Answer): boolean {
  return answer.kind === 'error' && answer.code === 'rate-limited';
}

/** For `METRICS=off` and for tests that do not look at metrics. */
export const NO_METRICS: Metrics = {
  request: () => ({ answered: () => undefined, failed: () => undefined }),
  gatewayReconnect: () => undefined,
  dailyPost: () => undefined,
  feedbackVote: () => undefined,
};

/** Wraps a platform's poster so every daily post is counted by outcome; errors pass through unchanged. */
export function countingPosts(poster: FactPoster, metrics: Metrics): FactPoster {
  return {
    platform: poster.platform,
    async post(channelId, answer) {
      try {
        await poster.post(channelId, answer);
      } catch (err) {
        metrics.dailyPost(poster.platform, err instanceof PostError ? (err.retryable ? 'retrying' : 'failed') : 'uncertain');
        throw err;
      }
      metrics.dailyPost(poster.platform, 'posted');
    },
  };
}

/**
 * The `command` label for text typed after `/hr` or in a mention: what it parses to. Give `parsed` when
 * the text is parsed already (`undefined`: too long to be worth parsing), so it is not parsed twice.
 */
export function invocationLabel(text: string, parsed: ParseResult | undefined = parseCommandText(text)): CommandLabel {
  if (parsed?.ok) return parsed.invocation.name;
  // Malformed arguments still name their subcommand (`section` with a bad page).
  const first = text.replace(/^\s*\/?hr(?=\s|$)/i, '').trim().split(/\s+/)[0]?.toLowerCase();
  return COMMAND_LABELS.find((c) => c === first) ?? 'search';
}

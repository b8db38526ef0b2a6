/**
 * The Prometheus registry behind the `Metrics` interface: hr_ counters and the answer latency
 * histogram, plus prom-client's default process metrics. Labels are bounded (platform, command,
 * outcome): never a user, a channel or a query.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Platform } from '../daily/contract.js';
import { COMMAND_LABELS, isNotCovered, isRateLimited, type DailyPostOutcome, type Metrics } from '../metrics.js';

export interface PrometheusMetrics {
  metrics: Metrics;
  /** Content type of `text()` (Prometheus text exposition format). */
  contentType: string;
  /** Every metric, for `GET /metrics`. */
  text(): Promise<string>;
}

const PLATFORMS: readonly Platform[] = ['discord', 'slack'];
const OUTCOMES: readonly DailyPostOutcome[] = ['posted', 'retrying', 'failed', 'uncertain'];

/** A registry of its own (not prom-client's global one), so several can live in one test process. */
export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hr_' });
  const registers = [registry];

  const requests = new Counter({ name: 'hr_requests_total', help: 'Requests from chat users, by platform and command.', labelNames: ['platform', 'command'], registers });
  const latency = new Histogram({
    name: 'hr_answer_duration_seconds',
    help: 'Time from receiving a request to sending its answer.',
    labelNames: ['platform', 'command'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const notCovered = new Counter({ name: 'hr_not_covered_answers_total', help: 'Answers that found nothing in the report.', labelNames: ['platform'], registers });
  const rateLimited = new Counter({ name: 'hr_rate_limited_requests_total', help: 'Requests refused by the per-user rate limit.', labelNames: ['platform'], registers });
  const errors = new Counter({ name: 'hr_errors_total', help: 'Requests whose handler failed (the user got an apology).', labelNames: ['platform', 'command'], registers });
  const dailyPosts = new Counter({ name: 'hr_daily_posts_total', help: 'Daily-fact posts, by outcome.', labelNames: ['platform', 'outcome'], registers });
  const votes = new Counter({ name: 'hr_feedback_votes_total', help: 'Votes on answers (a changed vote counts again, as its new value).', labelNames: ['platform', 'vote'], registers });
  const reconnects = new Counter({ name: 'hr_gateway_reconnects_total', help: 'Reconnections of the chat connection (Discord gateway, Slack socket).', labelNames: ['platform'], registers });

  // Every series starts at zero, so rates and alerts work before the first event.
  for (const platform of PLATFORMS) {
    for (const m of [notCovered, rateLimited, reconnects]) m.labels(platform).inc(0);
    for (const outcome of OUTCOMES) dailyPosts.labels(platform, outcome).inc(0);
    for (const vote of ['up', 'down']) votes.labels(platform, vote).inc(0);
  }

  const metrics: Metrics = {
    request(platform, command) {
      const label = COMMAND_LABELS.includes(command) ? command : 'search';
      requests.labels(platform, label).inc();
      const stopTimer = latency.startTimer({ platform, command: label });
      return {
        answered(answer) {
          stopTimer();
          if (isNotCovered(answer)) notCovered.labels(platform).inc();
          if (isRateLimited(answer)) rateLimited.labels(platform).inc();
        },
        failed() {
          errors.labels(platform, label).inc();
        },
      };
    },
    gatewayReconnect(platform) {
      reconnects.labels(platform).inc();
    },
    dailyPost(platform, outcome) {
      dailyPosts.labels(platform, outcome).inc();
    },
    feedbackVote(platform, vote) {
      votes.labels(platform, vote).inc();
    },
  };
  return { metrics, contentType: registry.contentType, text: () => registry.metrics() };
}

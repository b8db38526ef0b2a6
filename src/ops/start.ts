/**
 * Health, readiness and metrics for `main.ts`: the Prometheus registry (unless `METRICS=off`) and
 * the HTTP server on `PORT`, started whenever a chat adapter runs and something needs the port.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { NO_METRICS, type Metrics } from '../metrics.js';
import { OpsHttpServer } from './http-server.js';
import { createPrometheusMetrics } from './prometheus.js';
import { Readiness } from './readiness.js';

export interface Operations {
  metrics: Metrics;
  readiness: Readiness;
  /** Absent when nothing needs the port (`METRICS=off` without Slack HTTP mode). */
  http?: OpsHttpServer;
}

export async function startOperations(config: Config, logger: Logger): Promise<Operations> {
  const readiness = new Readiness();
  const prometheus = config.ops.metrics ? createPrometheusMetrics() : undefined;
  const slackHttp = Boolean(config.slack && !config.slack.appToken);
  if (!prometheus && !slackHttp) return { metrics: NO_METRICS, readiness };
  const http = await OpsHttpServer.listen(config.ops.port, { readiness, logger, ...(prometheus ? { metrics: prometheus } : {}) });
  logger.info({ port: http.port, metrics: Boolean(prometheus) }, 'http server listening (/healthz, /readyz, /metrics)');
  return { metrics: prometheus?.metrics ?? NO_METRICS, readiness, http };
}

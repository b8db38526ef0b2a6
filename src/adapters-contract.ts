/** What `main.ts` needs from each chat adapter: a start function and a handle to stop it. */
import type { RequestListener } from 'node:http';
import type { Config } from './config.js';
import type { DailyFacts, FactPoster } from './daily/contract.js';
import type { FeedbackService } from './feedback/service.js';
import type { SeenRequests } from './daily/store.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { QueryService } from './search/query-service.js';
import type { RateLimiter } from './rate-limit.js';

export interface AdapterDeps {
  config: Config;
  service: QueryService;
  /** Already a child logger for the adapter (`{ platform }`). */
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Present when daily facts are enabled. */
  daily?: DailyFacts;
  /** Records answers shown and 👍/👎 votes; absent: answers carry no vote buttons. */
  feedback?: FeedbackService;
  /** Where the Slack request guard remembers seen requests; default: this process's memory. */
  seenRequests?: SeenRequests;
  /** Where the adapter counts requests and reconnects. Default: nothing is counted. */
  metrics?: Metrics;
  /** Tells `/readyz` when the adapter is connected. Default: nobody listens. */
  readiness?: ReadinessSignal;
  /** The shared HTTP server (`PORT`), for adapters that receive webhooks (Slack HTTP mode). */
  http?: HttpMount;
}

/** An adapter's line to `/readyz`. */
export interface ReadinessSignal {
  ready(): void;
  /** `reason` is shown in `/readyz`'s JSON, e.g. `gateway reconnecting`. */
  notReady(reason: string): void;
}

/** Lets an adapter serve a path on the shared HTTP server. */
export interface HttpMount {
  /** The port the server listens on. */
  readonly port: number;
  /** Routes every request for `path` (any method) to `listener`. */
  mount(path: string, listener: RequestListener): void;
}

export interface RunningAdapter {
  name: string;
  /** For the daily-fact scheduler: how to post to this platform. */
  poster?: FactPoster;
  /** Finish in-flight replies, then disconnect. */
  stop(): Promise<void>;
}

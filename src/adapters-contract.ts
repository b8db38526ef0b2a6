/** What `main.ts` needs from each chat adapter: a start function and a handle to stop it. */
import type { Config } from './config.js';
import type { DailyFacts, FactPoster } from './daily/contract.js';
import type { SeenRequests } from './daily/store.js';
import type { Logger } from './log.js';
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
  /** Where the Slack request guard remembers seen requests; default: this process's memory. */
  seenRequests?: SeenRequests;
}

export interface RunningAdapter {
  name: string;
  /** For the daily-fact scheduler: how to post to this platform. */
  poster?: FactPoster;
  /** Finish in-flight replies, then disconnect. */
  stop(): Promise<void>;
}

/**
 * Daily facts put together for `main.ts`: opens the database and applies the configured channels
 * before the adapters start (they need `daily`), then starts posting once their posters exist.
 */
import { factPoolOf, type FactSource } from './fact-pool.js';
import type { Logger } from '../log.js';
import type { Clock } from './clock.js';
import type { ChannelPreset } from './config.js';
import type { DailyFacts, FactPoster } from './contract.js';
import { applyChannelPresets } from './presets.js';
import { DailyScheduler } from './scheduler.js';
import { openStore } from './open-store.js';
import { DailyFactsService } from './service.js';
import type { DailyStore } from './store.js';

/** The facts: one report's (`report`, `facts`), or every report's (`reports`, the default first). */
export type OpenDailyFactsOptions = FactSource & {
  /** `config.dataDir`: the database is `<dataDir>/daily-facts.sqlite`, created on first start. */
  dataDir: string;
  /** `config.databaseUrl`: PostgreSQL shared by every instance instead of the SQLite file. */
  databaseUrl?: string;
  /** `DAILY_CHANNELS`, parsed. */
  presets: readonly ChannelPreset[];
  logger: Logger;
  clock?: Clock;
};

export interface OpenDailyFacts {
  /** For the adapters (`AdapterDeps.daily`). */
  daily: DailyFacts;
  store: DailyStore;
  /** Starts the scheduler with the running adapters' posters; posts anything owed today at once. */
  startPosting(posters: readonly FactPoster[]): Promise<void>;
  /** Stops the scheduler, waiting for a post in flight; `/hr daily` still works until `close()`. */
  stopPosting(): Promise<void>;
  /** Closes the database: call it once the adapters have stopped answering. */
  close(): Promise<void>;
  /** `stopPosting()` then `close()`. */
  stop(): Promise<void>;
}

/** Opens daily facts; throws `DailyStoreError` (naming the database and the problem) when it is unusable. */
export async function openDailyFacts(options: OpenDailyFactsOptions): Promise<OpenDailyFacts> {
  const log = options.logger.child({ component: 'daily' });
  const store = await openStore({ dataDir: options.dataDir, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) }, log);
  const now = options.clock ? options.clock.now() : Date.now();
  const changes = await applyChannelPresets(store, options.presets, now).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  if (changes.applied.length + changes.keptCommand.length + changes.switchedOff.length > 0) log.info(changes, 'daily facts: applied DAILY_CHANNELS');

  let scheduler: DailyScheduler | undefined;
  const source = factSource(options);
  const daily = new DailyFactsService({
    ...source,
    store,
    ...(options.clock ? { clock: options.clock } : {}),
    onChange: () => void scheduler?.wake(),
    logger: log,
  });
  return {
    daily,
    store,
    async startPosting(posters) {
      if (scheduler) throw new Error('Daily facts are already posting');
      scheduler = new DailyScheduler({
        ...source, store, posters, logger: options.logger, ...(options.clock ? { clock: options.clock } : {}),
      });
      await scheduler.start();
      // Logged once the catch-up check is done: from here on, whatever was owed today has been claimed.
      log.info({ database: store.location, backend: store.backend, platforms: posters.map((p) => p.platform), facts: factPoolOf(source).facts.length }, 'daily facts: posting');
    },
    async stopPosting() {
      await scheduler?.stop();
    },
    async close() {
      await store.close();
    },
    async stop() {
      await scheduler?.stop();
      await store.close();
    },
  };
}

/** Only the facts part of the options, so the rest (the database URL among them) never travels further. */
function factSource(options: OpenDailyFactsOptions): FactSource {
  return 'reports' in options ? { reports: options.reports } : { report: options.report, facts: options.facts };
}

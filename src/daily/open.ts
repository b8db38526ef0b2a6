/**
 * Daily facts put together for `main.ts`: opens the database and applies the configured channels
 * before the adapters start (they need `daily`), then starts posting once their posters exist.
 */
import type { Fact, ReportInfo } from '../answers.js';
import type { Logger } from '../log.js';
import type { Clock } from './clock.js';
import type { ChannelPreset } from './config.js';
import type { DailyFacts, FactPoster } from './contract.js';
import { applyChannelPresets } from './presets.js';
import { DailyScheduler } from './scheduler.js';
import { DailyFactsService } from './service.js';
import { DailyStore } from './store.js';

export interface OpenDailyFactsOptions {
  /** `config.dataDir`: the database is `<dataDir>/daily-facts.sqlite`, created on first start. */
  dataDir: string;
  /** `DAILY_CHANNELS`, parsed. */
  presets: readonly ChannelPreset[];
  /** The report the facts come from, and its facts (`service.reports[0]`, `service.facts()`). */
  report: ReportInfo;
  facts: readonly Fact[];
  logger: Logger;
  clock?: Clock;
}

export interface OpenDailyFacts {
  /** For the adapters (`AdapterDeps.daily`). */
  daily: DailyFacts;
  store: DailyStore;
  /** Starts the scheduler with the running adapters' posters; posts anything owed today at once. */
  startPosting(posters: readonly FactPoster[]): Promise<void>;
  /** Stops the scheduler, waiting for a post in flight; `/hr daily` still works until `close()`. */
  stopPosting(): Promise<void>;
  /** Closes the database: call it once the adapters have stopped answering. */
  close(): void;
  /** `stopPosting()` then `close()`. */
  stop(): Promise<void>;
}

/** Opens daily facts; throws `DailyStoreError` (naming the file and the problem) when the database is unusable. */
export function openDailyFacts(options: OpenDailyFactsOptions): OpenDailyFacts {
  const store = DailyStore.openInDataDir(options.dataDir);
  const log = options.logger.child({ component: 'daily' });
  const now = options.clock ? options.clock.now() : Date.now();
  const changes = applyChannelPresets(store, options.presets, now);
  if (changes.applied.length + changes.keptCommand.length + changes.switchedOff.length > 0) log.info(changes, 'daily facts: applied DAILY_CHANNELS');

  let scheduler: DailyScheduler | undefined;
  const daily = new DailyFactsService({
    report: options.report,
    facts: options.facts,
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
        report: options.report, facts: options.facts, store, posters, logger: options.logger, ...(options.clock ? { clock: options.clock } : {}),
      });
      log.info({ database: store.file, platforms: posters.map((p) => p.platform), facts: options.facts.length }, 'daily facts: posting');
      await scheduler.start();
    },
    async stopPosting() {
      await scheduler?.stop();
    },
    close() {
      store.close();
    },
    async stop() {
      await scheduler?.stop();
      store.close();
    },
  };
}

/** One simulated bot process for the scheduler tests: its own database connection, scheduler and posters. */
import type { Fact } from '../../src/answers.js';
import type { FactPoster } from '../../src/daily/contract.js';
import { DailyScheduler, type DailySchedulerOptions } from '../../src/daily/scheduler.js';
import { DailyFactsService } from '../../src/daily/service.js';
import { openStore, type StoreLocation } from '../../src/daily/open-store.js';
import type { DailyStore } from '../../src/daily/store.js';
import type { FakeClock } from './fake-clock.js';
import { RecordingPoster } from './recording-poster.js';
import { capturedLogger, REPORT, type LogLine } from './support.js';

export interface Bot {
  store: DailyStore;
  scheduler: DailyScheduler;
  daily: DailyFactsService;
  discord: RecordingPoster;
  slack: RecordingPoster;
  log: LogLine[];
  /** A clean shutdown: the scheduler stops and the database is closed. */
  stop(): Promise<void>;
  /** What a kill leaves behind: no more timers, the connection dropped, nothing tidied in the database. */
  crash(): void;
}

/** `where`: a data folder (SQLite), or a backend's location (`BACKENDS[i].newLocation()`). */
export async function startBot(
  where: string | StoreLocation,
  clock: FakeClock,
  facts: readonly Fact[],
  options: { posters?: (discord: RecordingPoster, slack: RecordingPoster) => FactPoster[] } & Partial<Omit<DailySchedulerOptions, 'posters'>> = {},
): Promise<Bot> {
  const store = await openStore(typeof where === 'string' ? { dataDir: where } : where);
  const { logger, lines } = capturedLogger();
  const discord = new RecordingPoster('discord', clock);
  const slack = new RecordingPoster('slack', clock);
  const posters = options.posters ? options.posters(discord, slack) : [discord, slack];
  const scheduler = new DailyScheduler({ report: REPORT, facts, store, logger, clock, ...options, posters });
  const daily = new DailyFactsService({ report: REPORT, facts, store, clock, onChange: () => clock.track(scheduler.wake()) });
  return {
    store,
    scheduler,
    daily,
    discord,
    slack,
    log: lines,
    async stop() {
      await scheduler.stop();
      await store.close();
    },
    crash() {
      // Cancels the planned wake-up only; a check stuck in a post stays stuck, like a killed process.
      void scheduler.stop();
      void store.close();
    },
  };
}

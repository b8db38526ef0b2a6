/** Picks the shared store's backend: PostgreSQL when `DATABASE_URL` is set, else SQLite under `DATA_DIR`. */
import type { Logger } from '../log.js';
import { SqliteDailyStore } from './sqlite-store.js';
import type { DailyStore } from './store.js';

export interface StoreLocation {
  /** `config.dataDir`: the SQLite file is `<dataDir>/daily-facts.sqlite`, created on first start. */
  dataDir: string;
  /** `config.databaseUrl`: when set, PostgreSQL is the store and `dataDir` is not used for it. */
  databaseUrl?: string;
}

/** Opens (creating or migrating as needed) the configured store; throws `DailyStoreError` naming it when unusable. */
export async function openStore(where: StoreLocation, logger?: Logger): Promise<DailyStore> {
  if (where.databaseUrl) {
    // Loaded only when configured: `pg` and its protocol modules hold ~2.8 MB of heap (round 40 in docs/search-speed.md)
    // that a bot on SQLite never uses.
    const { PostgresDailyStore } = await import('./postgres-store.js');
    return PostgresDailyStore.open(where.databaseUrl, logger ? { logger } : {});
  }
  return SqliteDailyStore.openInDataDir(where.dataDir);
}

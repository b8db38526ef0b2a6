/**
 * The store backends every shared test runs against: SQLite in a temporary folder, and PostgreSQL in
 * a fresh database on the run's test server (skipped, saying why, when there is none).
 */
import { openStore, type StoreLocation } from '../../src/daily/open-store.js';
import type { DailyStore } from '../../src/daily/store.js';
import { freshDatabase, postgresMissing, postgresServerUrl } from '../postgres/database.js';
import { tempDataDir } from './support.js';

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** Why this backend's tests are skipped here; empty when they run. */
  skip: string;
  /** A new, empty place for a store (each `open` of it is another connection, like another process). */
  newLocation(): Promise<StoreLocation>;
}

export const BACKENDS: StoreBackend[] = [
  { name: 'sqlite', skip: '', newLocation: async () => ({ dataDir: tempDataDir() }) },
  {
    name: 'postgres',
    skip: postgresServerUrl() ? '' : postgresMissing(),
    newLocation: async () => ({ dataDir: tempDataDir(), databaseUrl: await freshDatabase() }),
  },
];

export function openAt(location: StoreLocation): Promise<DailyStore> {
  return openStore(location);
}

/**
 * Two connections to one new store of `backend` ("process a" and "process b"); each is added to
 * `open` for the test to close.
 */
export async function twoConnections(backend: StoreBackend, open: DailyStore[]): Promise<[DailyStore, DailyStore]> {
  const location = await backend.newLocation();
  const a = await openAt(location);
  const b = await openAt(location);
  open.push(a, b);
  return [a, b];
}

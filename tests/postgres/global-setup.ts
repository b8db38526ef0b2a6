/**
 * Vitest global set-up: one PostgreSQL for the whole run. CI starts it (`.ci/run`) and passes
 * TEST_DATABASE_URL; locally this starts one when the binaries are there, so `npm test` alone tests
 * the PostgreSQL backend too. Tests read the URL with `inject('postgresUrl')` (see `database.ts`).
 */
import type { TestProject } from 'vitest/node';
import { POSTGRES_BIN, postgresBinariesPresent, startTestPostgres, type TestPostgres } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the test server, or '' when there is none. */
    postgresUrl: string;
    /** Why PostgreSQL tests are skipped, when they are. */
    postgresMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let server: TestPostgres | undefined;
  let url = process.env.TEST_DATABASE_URL ?? '';
  let missing = '';
  if (!url && postgresBinariesPresent()) {
    server = await startTestPostgres();
    url = server.url;
  } else if (!url) {
    missing = `PostgreSQL tests skipped: no TEST_DATABASE_URL and no server binaries in ${POSTGRES_BIN} (apt-get install postgresql-15, or set PG_BIN)`;
    console.warn(missing);
  }
  project.provide('postgresUrl', url);
  project.provide('postgresMissing', missing);
  return () => server?.destroy();
}

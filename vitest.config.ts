// One PostgreSQL server and one scratch folder for the run (started here unless CI passes TEST_DATABASE_URL), for the store tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Temporary folders of the run go under one parent that the teardown removes.
    globalSetup: ['tests/postgres/global-setup.ts', 'tests/scratch-setup.ts'],
    // The store tests run on PostgreSQL too: real I/O, on machines shared with other work.
    testTimeout: 20_000,
  },
});

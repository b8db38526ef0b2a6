/** A real SQLite store with feedback on it, for adapter tests, and a look at every row it holds. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DAILY_DATABASE_FILE } from '../../src/daily/database.js';
import { SqliteDailyStore } from '../../src/daily/sqlite-store.js';
import { FeedbackService, type FeedbackOptions } from '../../src/feedback/service.js';
import type { FeedbackRows } from '../../src/feedback/store.js';
import { until } from '../bot-process.js';

export interface FeedbackFixture {
  store: SqliteDailyStore;
  feedback: FeedbackService;
  /** Every row of every table, as text: to show what is (not) stored. */
  everything(): string;
  /** Waits until the stored rows satisfy `probe`, and returns them. */
  rowsWhen(probe: (rows: FeedbackRows) => boolean): Promise<FeedbackRows>;
  close(): Promise<void>;
}

export async function feedbackFixture(options: FeedbackOptions = {}): Promise<FeedbackFixture> {
  // Its own folder, removed on close: a fixture may outlive one test (beforeAll).
  const dataDir = mkdtempSync(join(tmpdir(), 'hr-bot-feedback-'));
  const store = SqliteDailyStore.openInDataDir(dataDir);
  const feedback = await FeedbackService.open(store, options);
  return {
    store,
    feedback,
    everything() {
      const db = new Database(join(dataDir, DAILY_DATABASE_FILE), { readonly: true });
      try {
        const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).all();
        return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t.name}"`).all()));
      } finally {
        db.close();
      }
    },
    async rowsWhen(probe) {
      let rows: FeedbackRows = { answers: [], votes: [] };
      await until(async () => probe((rows = await store.feedbackSince('2000-01-01'))), 5000);
      return rows;
    },
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

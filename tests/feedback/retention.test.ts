/** FEEDBACK_RETENTION_DAYS on a simulated clock: old answers and votes go at start-up and then every day. */
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDailyStore } from '../../src/daily/sqlite-store.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { openFeedback } from '../../src/feedback/open.js';
import { capturedLogger, tempDataDir } from '../daily/support.js';
import { FakeClock } from '../daily/fake-clock.js';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-03-01T12:00:00Z');

describe('feedback retention', () => {
  const stores: SqliteDailyStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  it('deletes answers and votes once they are older than the retention, checking daily', async () => {
    const store = SqliteDailyStore.openInDataDir(tempDataDir());
    stores.push(store);
    const clock = new FakeClock(START);
    const { logger, lines } = capturedLogger();
    const prometheus = createPrometheusMetrics();
    const opened = await openFeedback(store, { logQueries: false, retentionDays: 3 }, { metrics: prometheus.metrics, logger, clock });
    const answer = realService().search('torture') as SearchAnswer;
    const first = opened.feedback.shown(answer, 'discord')!;
    await opened.feedback.record(first);
    expect(await opened.feedback.vote(first.id, 'discord', 'user-1', 'down')).toBe('new');

    await clock.advance(DAY);
    const second = opened.feedback.shown(answer, 'slack')!;
    await opened.feedback.record(second);
    await clock.advanceTo(START + 3 * DAY); // today's pass: the first is 3 days old, not older, so it stays
    expect((await store.feedbackSince('2000-01-01')).answers.map((a) => a.id)).toEqual([first.id, second.id]);

    await clock.advanceTo(START + 4 * DAY); // the next day's pass
    const rows = await store.feedbackSince('2000-01-01');
    expect(rows.answers.map((a) => a.id)).toEqual([second.id]);
    expect(rows.votes).toEqual([]);
    expect(lines.some((l) => l.msg === 'feedback: pruned old answers and votes' && l.answers === 1 && l.votes === 1)).toBe(true);

    await clock.advance(2 * DAY);
    expect((await store.feedbackSince('2000-01-01')).answers).toEqual([]);
    opened.stop();
    expect(clock.pending).toBe(0);
    expect(await prometheus.text()).toMatch(/hr_feedback_votes_total\{platform="discord",vote="down"\} 1/);
  });
});

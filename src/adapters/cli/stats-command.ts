/**
 * `hr stats [--json] [--since DATE] [--html FILE]`: usage figures from the shared store (the one the
 * bot writes: SQLite under DATA_DIR, or DATABASE_URL) as terminal text, JSON or a one-page HTML report.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../../config.js';
import { openStore } from '../../daily/open-store.js';
import { collectStats, type FeedbackStats } from '../../feedback/stats.js';
import { utcDay } from '../../feedback/store.js';
import { terminalSafe } from './render.js';
import { renderStatsHtml } from './stats-html.js';

/** Days covered when `--since` is not given. */
export const DEFAULT_STATS_DAYS = 30;

export interface StatsOptions {
  json?: boolean;
  /** First day, `YYYY-MM-DD` (checked by the caller). */
  since?: string;
  html?: string;
}

export async function runStats(options: StatsOptions, env: NodeJS.ProcessEnv, print: (s: string) => void, now = Date.now()): Promise<number> {
  const config = loadConfig(env);
  const since = options.since ?? utcDay(now - (DEFAULT_STATS_DAYS - 1) * 24 * 60 * 60 * 1000);
  const store = await openStore({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
  let stats: FeedbackStats;
  try {
    stats = await collectStats(store, since, now);
  } finally {
    await store.close();
  }
  if (options.html) {
    writeFileSync(options.html, renderStatsHtml(stats));
    if (!options.json) print(`Wrote ${options.html} (${stats.answers.total} answers, ${stats.votes.up + stats.votes.down} votes, ${stats.since} to ${stats.until}).`);
  }
  if (options.json) print(JSON.stringify(stats));
  else if (!options.html) print(renderStatsText(stats));
  return 0;
}

/** The figures as plain terminal text; user text (comments, queries) cannot reach the terminal as control codes. */
export function renderStatsText(s: FeedbackStats): string {
  const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
  const lines = [
    `hr-bot usage ${s.since} to ${s.until} (UTC)`,
    '',
    `Answers shown: ${s.answers.total} (Discord ${s.answers.byPlatform.discord}, Slack ${s.answers.byPlatform.slack})`,
    `Searches: ${s.searches.total}, not covered: ${s.searches.notCovered} (${pct(s.searches.notCoveredRate)})`,
    `Votes: 👍 ${s.votes.up}, 👎 ${s.votes.down} (${pct(s.votes.upRate)} 👍)`,
    '',
    'Answers per day (Discord + Slack):',
    ...s.answers.byDay.filter((d) => d.discord + d.slack > 0).map((d) => `  ${d.day}  ${d.discord} + ${d.slack}`),
    '',
    'Passages most voted down:',
    ...(s.downvotedPassages.length ? s.downvotedPassages.map((p) => `  👎 ${p.down}  👍 ${p.up}  ${p.citation}  [${p.reportId}]`) : ['  none']),
    '',
    'Sections most read:',
    ...(s.sectionsRead.length ? s.sectionsRead.map((r) => `  ${String(r.reads).padStart(4)}  ${r.label}`) : ['  none']),
    '',
    'Daily facts:',
    ...(s.daily.channels.length
      ? s.daily.channels.map((c) => `  ${c.platform}:${c.channelId}  ${c.status}  ${c.time} ${c.timeZone}  ${Object.entries(c.posts).map(([k, n]) => `${n} ${k}`).join(', ') || 'no posts'}`)
      : ['  no channel']),
    '',
    '👎 comments (newest first):',
    ...(s.comments.length ? s.comments.map((c) => `  ${c.day}  ${c.text}`) : ['  none']),
  ];
  if (s.queries) lines.push('', 'Queries kept (LOG_QUERIES=true), not covered first:', ...s.queries.map((q) => `  ${q.count}× (${q.notCovered} not covered)  ${q.query}`));
  return terminalSafe(lines.join('\n'));
}

/**
 * Starts hr-bot: every chat adapter whose credentials are configured, or, with none, the local
 * console, so `npm start` works on a fresh machine.
 */
import { existsSync } from 'node:fs';
import type { AdapterDeps, RunningAdapter } from './adapters-contract.js';
import { runConsole } from './adapters/cli/console.js';
import { startDiscord } from './adapters/discord/index.js';
import { startSlack } from './adapters/slack/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { FactPoster } from './daily/contract.js';
import { openDailyFacts, type OpenDailyFacts } from './daily/open.js';
import { openFeedback, type OpenFeedback } from './feedback/open.js';
import { createLogger, type Logger } from './log.js';
import { countingPosts } from './metrics.js';
import { startOperations, type Operations } from './ops/start.js';
import { installProcessGuard } from './process-guard.js';
import { RateLimiter } from './rate-limit.js';
import type { QueryService } from './search/query-service.js';
import { openQueryServiceLazily } from './search/open-service-lazily.js';
import { warmUp } from './search/warm-up.js';
import { detachOnce } from './array-buffer-detaching.js';
import { ReportFormatError } from './report/format-check.js';
import { ConfiguredReportError } from './search/report-choice.js';
import type { ChannelPreset } from './daily/config.js';
import { withPresetReports } from './daily/presets.js';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    // One fatal line for log collectors, and the same problems readable on the terminal.
    createLogger('fatal').fatal({ problems: err.problems }, 'invalid configuration');
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  installProcessGuard(logger);
  if (!config.discord && !config.slack) {
    const service = await openQueryServiceLazily({ indexDir: config.indexDir, logger, defaultReport: config.defaultReport });
    // Checked here too, so a preset naming a report that is not there is found on a laptop, not in production.
    withPresetReports(config.dailyPresets, service.reports);
    // As the bot does, so the first question typed does not pay for the cold code; told at debug level, as
    // the console's terminal is its user's.
    warmSearch(service, logger, 'debug');
    await runConsole(service, { input: process.stdin, output: process.stdout, logger });
    return;
  }
  // Before anything starts: Node's default for a signal nobody listens to ends the process on the
  // spot, and a supervisor may stop the bot while it starts (in the middle of a catch-up post, say).
  // A signal then is held until start-up is done and stops the bot cleanly; a second one ends it at once.
  const running: { stop?: (signal: string) => Promise<void> } = {};
  let held: string | undefined;
  const onSignal = (signal: string) => {
    if (running.stop) return void running.stop(signal);
    if (held) {
      logger.warn({ signal }, 'stopped while starting');
      process.exit(1);
    }
    held = signal;
    logger.info({ signal }, 'stopping once started');
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  // The HTTP server first, so /healthz answers and /readyz says what is still starting.
  const ops = await startOperations(config, logger);
  const indexReady = ops.readiness.component('index', 'loading');
  const service = await openQueryServiceLazily({ indexDir: config.indexDir, logger, defaultReport: config.defaultReport });
  const presets = withPresetReports(config.dailyPresets, service.reports);
  // The adapters' first fetch detaches a buffer, which would throw away what the warm-up compiles: detached first, the
  // warm-up compiles the code the bot keeps (src/array-buffer-detaching.ts). The console fetches nothing and skips it.
  detachOnce();
  warmSearch(service, logger);
  indexReady.ready();

  // Daily facts need a chat to post to; the adapters need them for /hr fact and /hr daily.
  const daily = await openDaily(config, presets, service, logger);
  // 👍/👎 and usage figures live in the same store as daily facts (docs/feedback.md).
  const feedback = await openFeedback(daily.store, config.feedback ?? { logQueries: false, retentionDays: 90 }, { metrics: ops.metrics, logger: logger.child({ component: 'feedback' }) });
  const adapters = await startAdapters(config, service, logger, daily, ops, feedback).catch(async (err: unknown) => {
    feedback.stop();
    await daily.stop();
    throw err;
  });
  const posters = adapters.map((a) => a.poster).filter((p): p is FactPoster => p !== undefined);
  await daily.startPosting(posters.map((p) => countingPosts(p, ops.metrics)));

  let stopping = false;
  const stop = async (signal: string) => {
    // A terminal's Ctrl-C reaches both npm and the bot, and npm forwards it: one stop is enough.
    if (stopping) return logger.info({ signal }, 'already stopping');
    stopping = true;
    logger.info({ signal }, 'stopping');
    ops.readiness.stop();
    ops.http?.stopAccepting();
    // The scheduler first, so no post starts on an adapter that is going away; the database last,
    // so replies still in flight (a /hr daily among them) can finish.
    await daily.stopPosting().catch((err: unknown) => logger.error({ err }, 'daily facts did not stop cleanly'));
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await ops.http?.close();
    feedback.stop();
    await daily.close();
    process.exit(0);
  };
  running.stop = stop;
  if (held) await stop(held);
}

/**
 * A few searches before the bot reports ready (or the console opens), so its first user does not pay for the cold code
 * (src/search/warm-up.ts). A failure is logged and start-up goes on: the same search would fail
 * for a user too, and the process guard reports it there.
 */
function warmSearch(service: QueryService, logger: Logger, level: 'info' | 'debug' = 'info'): void {
  const started = performance.now();
  try {
    const queries = warmUp(service);
    logger[level]({ queries, ms: Math.round(performance.now() - started) }, 'search warmed up');
  } catch (err) {
    logger.warn({ err }, 'search warm-up failed');
  }
}

/** The daily-facts database and scheduler over every report's facts (the database's problems stop start-up, naming the file). */
function openDaily(config: Config, presets: readonly ChannelPreset[], service: QueryService, logger: Logger): Promise<OpenDailyFacts> {
  if (service.reports.length === 0) throw new Error('no report is indexed');
  // Every report's facts; a channel may keep to one (`/hr daily on report:…`).
  const reports = service.reports.map((report) => ({ report, facts: service.facts(report.id) }));
  return openDailyFacts({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), presets, reports, logger });
}

/** Every adapter whose credentials are set; a failure stops the ones already started, then start-up fails. */
async function startAdapters(config: Config, service: QueryService, logger: Logger, daily: OpenDailyFacts, ops: Operations, feedback: OpenFeedback): Promise<RunningAdapter[]> {
  const rateLimiter = new RateLimiter(config.rateLimit.max, config.rateLimit.windowMs);
  // Every configured adapter is "starting" in /readyz from now, not only once its turn comes.
  const readiness = new Map((['discord', 'slack'] as const).filter((p) => config[p]).map((p) => [p, ops.readiness.component(p)]));
  const deps = (platform: 'discord' | 'slack'): AdapterDeps => ({
    config, service, rateLimiter, daily: daily.daily, logger: logger.child({ platform }),
    // The store also remembers Slack's signed requests, so every instance sharing it refuses a replay.
    seenRequests: daily.store,
    feedback: feedback.feedback,
    metrics: ops.metrics, readiness: readiness.get(platform)!, ...(ops.http ? { http: ops.http } : {}),
  });
  const starters: Array<[boolean, () => Promise<RunningAdapter>]> = [
    [Boolean(config.discord), () => startDiscord(deps('discord'))],
    [Boolean(config.slack), () => startSlack(deps('slack'))],
  ];
  const started: RunningAdapter[] = [];
  for (const [configured, start] of starters) {
    if (!configured) continue;
    try {
      started.push(await start());
    } catch (err) {
      await Promise.allSettled(started.map((a) => a.stop()));
      throw err;
    }
  }
  return started;
}

main().catch((err: unknown) => {
  if (err instanceof ReportFormatError) {
    // A bad report file is the operator's to fix: one line naming the file and line, no stack trace.
    createLogger('fatal').fatal({ file: err.file, line: err.line }, err.message);
    process.exit(1);
  }
  // A misconfiguration is stated, not traced: the stack would only bury the one thing to fix.
  createLogger('fatal').fatal(err instanceof ConfiguredReportError ? { problem: err.message } : { err }, 'start-up failed');
  process.exit(1);
});

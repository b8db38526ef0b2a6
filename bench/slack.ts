/**
 * Slack endpoint benchmark: signed `/hr` slash commands per second and p99 latency against hr-bot's
 * HTTP endpoint (request guard, Bolt, the answer rendered and returned in the ack), next to a
 * bare Bolt app that only acks, measured in the same run with the same load. Callable from
 * `bench/run.ts` (`benchSlack`) and runnable alone: `node dist/bench/slack.js [seconds] [connections]`.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { startSlack } from '../src/adapters/slack/index.js';
import { clientOptions } from '../src/adapters/slack/web-api.js';
import { loadConfig } from '../src/config.js';
import { defaultIndexDir } from '../src/paths.js';
import { RateLimiter } from '../src/rate-limit.js';
import { openQueryService } from '../src/search/service.js';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers: should be 0. */
  failures: number;
}

export interface SlackBenchReport {
  bare: LoadResult;
  /** hr-bot on the usual mix of questions (popular ones repeat, so the answer cache serves them). */
  hrBot: LoadResult;
  /** hr-bot when every search is new (random three-word searches): bound by the query service's ranking. */
  hrBotUncached: LoadResult;
  /** hr-bot's throughput as a share of the bare app's (the goal is at least 0.9). */
  ratio: number;
  durationSeconds: number;
  connections: number;
}

export interface SlackBenchOptions {
  /** Seconds of load per measured round. Default 3. */
  durationSeconds?: number;
  /** Concurrent connections. Default 20. */
  connections?: number;
  /** Measured rounds per app, alternating bare and hr-bot (machine noise hits both); the mean is reported. Default 3. */
  rounds?: number;
}

const SIGNING_SECRET = 'bench-signing-secret';
const BOT = { token: 'xoxb-bench', botId: 'B0BOT', botUserId: 'U0BOT' };

export async function benchSlack(options: SlackBenchOptions = {}): Promise<SlackBenchReport> {
  const durationSeconds = options.durationSeconds ?? 3;
  const connections = options.connections ?? 20;
  const rounds = options.rounds ?? 3;

  // The fake Slack (auth.test, response_url) runs in its own thread: its work is not what we measure.
  const fake = new Worker(new URL('./slack-fake-worker.js', import.meta.url));
  const [{ port: fakePort }] = (await once(fake, 'message')) as [{ port: number }];
  process.env.HR_BENCH_SIGNING_SECRET = SIGNING_SECRET;
  process.env.HR_BENCH_RESPONSE_URL = `http://127.0.0.1:${fakePort}/respond/bench`;
  const apiUrl = `http://127.0.0.1:${fakePort}/api/`;

  const bare = await startBareBolt(apiUrl);
  const silent = pino({ level: 'silent' });
  const hrBot = await startSlack(
    {
      config: loadConfig({ SLACK_BOT_TOKEN: BOT.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: apiUrl, PORT: '0', LOG_LEVEL: 'silent' }),
      service: openQueryService({ indexDir: defaultIndexDir(), logger: silent }),
      logger: silent,
      // The benchmark measures the endpoint, not the per-user limit.
      rateLimiter: new RateLimiter(Number.MAX_SAFE_INTEGER, 1000),
    },
    { host: '127.0.0.1' },
  );
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/slack/events`;
  const hrUrl = `http://127.0.0.1:${hrBot.port}/slack/events`;

  try {
    // Warm-up: JIT, the search index's lazy parts, keep-alive connections.
    await load(bareUrl, 1, connections);
    await load(hrUrl, 2, connections);
    const bareRuns: LoadResult[] = [];
    const hrRuns: LoadResult[] = [];
    for (let round = 0; round < rounds; round += 1) {
      bareRuns.push(await load(bareUrl, durationSeconds, connections, 'bare Bolt (ack only)'));
      hrRuns.push(await load(hrUrl, durationSeconds, connections, 'hr-bot (question mix)'));
    }
    process.env.HR_BENCH_UNIQUE = '1';
    const uncached = await load(hrUrl, durationSeconds, connections, 'hr-bot, every search new');
    delete process.env.HR_BENCH_UNIQUE;
    const bareMean = mean(bareRuns);
    const hrMean = mean(hrRuns);
    return { bare: bareMean, hrBot: hrMean, hrBotUncached: uncached, ratio: hrMean.requestsPerSecond / bareMean.requestsPerSecond, durationSeconds, connections };
  } finally {
    await hrBot.stop();
    await new Promise<void>((resolve) => bare.close(() => resolve()));
    bare.closeAllConnections();
    fake.postMessage('close');
    await once(fake, 'exit');
  }
}

/** A Bolt app with the same receiver and client settings that acknowledges `/hr` and does nothing else. */
async function startBareBolt(apiUrl: string): Promise<Server> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({ ...BOT, receiver, logLevel: LogLevel.ERROR, clientOptions: clientOptions(apiUrl) });
  app.command('/hr', async ({ ack }) => {
    await ack();
  });
  return (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
}

async function load(url: string, seconds: number, connections: number, name = 'warm-up'): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    workers: 1,
    requests: [{ setupRequest: fileURLToPath(new URL('./slack-request.cjs', import.meta.url)) } as unknown as autocannon.Request],
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function mean(runs: LoadResult[]): LoadResult {
  const avg = (f: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + f(r), 0) / runs.length;
  return {
    name: runs[0]!.name,
    requestsPerSecond: avg((r) => r.requestsPerSecond),
    p50Ms: avg((r) => r.p50Ms),
    p99Ms: avg((r) => r.p99Ms),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

/** The report as a small table, for `npm run bench` and the stand-alone run. */
export function formatSlackBench(report: SlackBenchReport): string {
  const row = (r: LoadResult) =>
    `${r.name.padEnd(26)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50Ms.toFixed(1).padStart(6)} ms   p99 ${r.p99Ms.toFixed(1).padStart(6)} ms   failures ${r.failures}`;
  return [
    `Slack: signed /hr slash commands, ${report.connections} connections, ${report.durationSeconds} s per round`,
    row(report.bare),
    row(report.hrBot),
    row(report.hrBotUncached),
    `hr-bot / bare throughput: ${(report.ratio * 100).toFixed(0)}% (goal ≥ 90%)`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [seconds, connections] = process.argv.slice(2).map(Number);
  const report = await benchSlack({ ...(seconds ? { durationSeconds: seconds } : {}), ...(connections ? { connections } : {}) });
  process.stdout.write(`${formatSlackBench(report)}\n`);
}

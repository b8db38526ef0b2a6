/**
 * Slack endpoint benchmark: signed `/hr` slash commands per second and p99 latency against hr-bot's
 * HTTP endpoint (request guard, Bolt, the answer rendered and returned in the ack), next to a
 * bare Bolt app that only acks, and next to a bare app that acks with the very bodies hr-bot returned
 * for the same commands (captured before the measured rounds): the share of the gap that is the
 * answer's bytes rather than hr-bot's work. Measured in the same run with the same load. Callable from
 * `bench/run.ts` (`benchSlack`) and runnable alone: `node dist/bench/slack.js [seconds] [connections]`.
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
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
  /** A bare app acking with hr-bot's own answer bodies, looked up by command text: the bytes without the work. */
  bareWithBodies: LoadResult;
  /** hr-bot's throughput as a share of that app's. */
  bodiesRatio: number;
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
  const bodies = new Map<string, unknown>();
  const bareWithBodies = await startBareBolt(apiUrl, bodies);
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
  const bodiesUrl = `http://127.0.0.1:${(bareWithBodies.address() as AddressInfo).port}/slack/events`;

  try {
    // Warm-up: JIT, the search index's lazy parts, keep-alive connections.
    await load(bareUrl, 1, connections);
    await load(hrUrl, 2, connections);
    await captureBodies(hrUrl, bodies);
    await load(bodiesUrl, 1, connections);
    const bareRuns: LoadResult[] = [];
    const bodiesRuns: LoadResult[] = [];
    const hrRuns: LoadResult[] = [];
    for (let round = 0; round < rounds; round += 1) {
      bareRuns.push(await load(bareUrl, durationSeconds, connections, 'bare Bolt (ack only)'));
      bodiesRuns.push(await load(bodiesUrl, durationSeconds, connections, "bare Bolt, hr-bot's bodies"));
      hrRuns.push(await load(hrUrl, durationSeconds, connections, 'hr-bot (question mix)'));
    }
    process.env.HR_BENCH_UNIQUE = '1';
    const uncached = await load(hrUrl, durationSeconds, connections, 'hr-bot, every search new');
    delete process.env.HR_BENCH_UNIQUE;
    const bareMean = mean(bareRuns);
    const hrMean = mean(hrRuns);
    const bodiesMean = mean(bodiesRuns);
    return {
      bare: bareMean,
      bareWithBodies: bodiesMean,
      bodiesRatio: hrMean.requestsPerSecond / bodiesMean.requestsPerSecond,
      hrBot: hrMean,
      hrBotUncached: uncached,
      ratio: hrMean.requestsPerSecond / bareMean.requestsPerSecond,
      durationSeconds,
      connections,
    };
  } finally {
    await hrBot.stop();
    for (const server of [bare, bareWithBodies]) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    }
    fake.postMessage('close');
    await once(fake, 'exit');
  }
}

/**
 * A Bolt app with the same receiver and client settings that acknowledges `/hr` and does nothing else:
 * with an empty body, or with the body `bodies` holds for the command's text.
 */
async function startBareBolt(apiUrl: string, bodies?: ReadonlyMap<string, unknown>): Promise<Server> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR });
  const app = new App({ ...BOT, receiver, logLevel: LogLevel.ERROR, clientOptions: clientOptions(apiUrl) });
  app.command('/hr', async ({ ack, command }) => {
    const body = bodies?.get(command.text);
    await (body ? ack(body as Parameters<typeof ack>[0]) : ack());
  });
  return (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
}

/** Sends 300 of the bench's commands (a random mix of ten) to hr-bot and keeps each command's answer body. */
async function captureBodies(url: string, bodies: Map<string, unknown>): Promise<void> {
  const setupRequest = createRequire(import.meta.url)('./slack-request.cjs') as (req: object) => { headers: Record<string, string>; body: string };
  for (let i = 0; i < 300; i += 1) {
    const request = setupRequest({});
    const text = new URLSearchParams(request.body).get('text') ?? '';
    const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
    const body = await response.text();
    if (response.ok && body && !bodies.has(text)) bodies.set(text, JSON.parse(body));
  }
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
    row(report.bareWithBodies),
    row(report.hrBot),
    row(report.hrBotUncached),
    `hr-bot / bare throughput: ${(report.ratio * 100).toFixed(0)}% (goal ≥ 90%); / bare acking hr-bot's bodies: ${(report.bodiesRatio * 100).toFixed(0)}%`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [seconds, connections] = process.argv.slice(2).map(Number);
  const report = await benchSlack({ ...(seconds ? { durationSeconds: seconds } : {}), ...(connections ? { connections } : {}) });
  process.stdout.write(`${formatSlackBench(report)}\n`);
}

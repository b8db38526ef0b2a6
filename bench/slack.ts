/**
 * Slack endpoint benchmark: signed `/hr` slash commands per second and p99 latency against hr-bot's
 * HTTP endpoint (request guard, Bolt, the answer rendered and returned in the ack), next to a
 * bare Bolt app that only acks, and next to a bare app that acks with the very bodies hr-bot returned
 * for the same commands (captured before the measured rounds): the share of the gap that is the
 * answer's bytes rather than hr-bot's work. Measured in the same run with the same load. Callable from
 * `bench/run.ts` (`benchSlack`) and runnable alone: `node dist/bench/slack.js [seconds] [connections] [rounds]`.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
import { openQueryService } from '../src/search/open-service.js';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers: should be 0. */
  failures: number;
  /**
   * CPU time of the thread serving the app per request, in microseconds (Linux only, else undefined).
   * The load generator and the fake Slack run in worker threads, so this is the app's own cost, and it
   * moves far less with the machine's load than requests per second do.
   */
  cpuMicrosPerRequest: number | undefined;
}

export interface SlackBenchReport {
  /** Each app's median over the rounds (req/s and latencies: each the median of its own figures). */
  bare: LoadResult;
  /** A bare app acking with hr-bot's own answer bodies, looked up by command text: the bytes without the work. */
  bareWithBodies: LoadResult;
  /** hr-bot's throughput as a share of that app's: the median of the rounds' ratios. */
  bodiesRatio: number;
  /** hr-bot on the usual mix of questions (popular ones repeat, so the answer cache serves them). */
  hrBot: LoadResult;
  /** hr-bot when every search is new (random three-word searches): bound by the query service's ranking. */
  hrBotUncached: LoadResult;
  /** hr-bot's throughput as a share of the bare app's, the median of the rounds' ratios (the goal is at least 0.9). */
  ratio: number;
  /** Each round's hr-bot / bare ratio, in order: how much the machine moved during the run. */
  roundRatios: number[];
  /** The body bytes of the ack, on average over the bench's ten commands: hr-bot's (bare ack-only sends none). */
  answerBytes: number;
  /** The machine's one-minute load average at the start and at the end of the run (2 cores here). */
  loadAverage: [number, number];
  durationSeconds: number;
  connections: number;
  rounds: number;
}

export interface SlackBenchOptions {
  /** Seconds of load per measured round. Default 3. */
  durationSeconds?: number;
  /** Concurrent connections. Default 20. */
  connections?: number;
  /** Measured rounds per app, alternating bare, bare with bodies and hr-bot (machine noise hits all three); medians are reported. Default 5. */
  rounds?: number;
}

const SIGNING_SECRET = 'bench-signing-secret';
const BOT = { token: 'xoxb-bench', botId: 'B0BOT', botUserId: 'U0BOT' };

export async function benchSlack(options: SlackBenchOptions = {}): Promise<SlackBenchReport> {
  const durationSeconds = options.durationSeconds ?? 3;
  const connections = options.connections ?? 20;
  const rounds = options.rounds ?? 5;
  const loadBefore = loadavg()[0]!;

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
    const ratios = (yardstick: LoadResult[]) => hrRuns.map((run, i) => run.requestsPerSecond / yardstick[i]!.requestsPerSecond);
    const bytes = [...bodies.values()].map((body) => Buffer.byteLength(JSON.stringify(body)));
    return {
      bare: medianOf(bareRuns),
      bareWithBodies: medianOf(bodiesRuns),
      bodiesRatio: median(ratios(bodiesRuns)),
      hrBot: medianOf(hrRuns),
      hrBotUncached: uncached,
      ratio: median(ratios(bareRuns)),
      roundRatios: ratios(bareRuns),
      answerBytes: bytes.reduce((sum, b) => sum + b, 0) / Math.max(1, bytes.length),
      loadAverage: [loadBefore, loadavg()[0]!],
      durationSeconds,
      connections,
      rounds,
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
  const cpuBefore = mainThreadCpuMicros();
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
    cpuMicrosPerRequest: cpuBefore === undefined ? undefined : (mainThreadCpuMicros()! - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/** User plus system CPU time of this process's main thread, from Linux's /proc (clock ticks of 10 ms). */
function mainThreadCpuMicros(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One row for an app's rounds: each figure the median of its own, request counts and failures summed. */
function medianOf(runs: LoadResult[]): LoadResult {
  return {
    name: runs[0]!.name,
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
    cpuMicrosPerRequest: runs.every((r) => r.cpuMicrosPerRequest !== undefined) ? median(runs.map((r) => r.cpuMicrosPerRequest!)) : undefined,
  };
}

/** The report as a small table, for `npm run bench` and the stand-alone run. */
export function formatSlackBench(report: SlackBenchReport): string {
  const row = (r: LoadResult) =>
    `${r.name.padEnd(26)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50Ms.toFixed(1).padStart(6)} ms   p99 ${r.p99Ms.toFixed(1).padStart(6)} ms   failures ${r.failures}` +
    (r.cpuMicrosPerRequest === undefined ? '' : `   CPU ${r.cpuMicrosPerRequest.toFixed(0).padStart(4)} µs/request`);
  const percent = (r: number) => `${(r * 100).toFixed(0)}%`;
  return [
    `Slack: signed /hr slash commands, ${report.connections} connections, medians of ${report.rounds} alternated rounds of ${report.durationSeconds} s; load average ${report.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`,
    row(report.bare),
    row(report.bareWithBodies),
    row(report.hrBot),
    row(report.hrBotUncached),
    `hr-bot / bare throughput: ${percent(report.ratio)} (goal ≥ 90%; rounds ${report.roundRatios.map(percent).join(' ')}); / bare acking hr-bot's bodies: ${percent(report.bodiesRatio)}; answers ${(report.answerBytes / 1024).toFixed(1)} KB on average`,
    ...(report.bare.cpuMicrosPerRequest && report.hrBot.cpuMicrosPerRequest && report.bareWithBodies.cpuMicrosPerRequest
      ? [`serving thread's CPU per request against bare ack-only: hr-bot ${(report.hrBot.cpuMicrosPerRequest / report.bare.cpuMicrosPerRequest).toFixed(2)}×, bare with hr-bot's bodies ${(report.bareWithBodies.cpuMicrosPerRequest / report.bare.cpuMicrosPerRequest).toFixed(2)}×`]
      : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [seconds, connections, rounds] = process.argv.slice(2).map(Number);
  const report = await benchSlack({ ...(seconds ? { durationSeconds: seconds } : {}), ...(connections ? { connections } : {}), ...(rounds ? { rounds } : {}) });
  process.stdout.write(`${formatSlackBench(report)}\n`);
}

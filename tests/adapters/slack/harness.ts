/**
 * Starts the real Slack adapter (Bolt in HTTP mode on 127.0.0.1) against the fake Slack, over the
 * real report, and hands tests a signed sender plus what the bot said.
 */
import type { SeenRequests } from '../../../src/daily/store.js';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { AdapterDeps } from '../../../src/adapters-contract.js';
import { startSlack, type RunningSlack, type SlackStartOptions } from '../../../src/adapters/slack/index.js';
import { loadConfig } from '../../../src/config.js';
import type { DailyFacts } from '../../../src/daily/contract.js';
import type { FeedbackService } from '../../../src/feedback/service.js';
import type { Logger } from '../../../src/log.js';
import { RateLimiter } from '../../../src/rate-limit.js';
import type { QueryService } from '../../../src/search/query-service.js';
import { realService } from '../../helpers.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { SlackSender } from '../../fakes/slack/signed-requests.js';

export const SIGNING_SECRET = 'test-signing-secret-8f2a';

/** The query service over the real report in index-data/, opened once per test file. */
export function reportService(): QueryService {
  return realService();
}

/** Log lines the adapter wrote, parsed. */
export class LogCapture {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly logger: Logger = pino(
    { level: 'debug' },
    new Writable({
      write: (chunk: Buffer, _enc, done) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );
}

export interface Harness {
  fake: FakeSlack;
  slack: RunningSlack;
  sender: SlackSender;
  logs: LogCapture;
  close(): Promise<void>;
}

export interface HarnessOptions {
  service?: QueryService;
  daily?: DailyFacts;
  rateLimiter?: RateLimiter;
  start?: SlackStartOptions;
  /** Where seen requests and events are remembered (a shared store); default: the adapter's memory. */
  seenRequests?: SeenRequests;
  feedback?: FeedbackService;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  // The fake must be up before the adapter starts: start-up calls auth.test.
  const fake = await FakeSlack.start();
  const logs = new LogCapture();
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
  const deps: AdapterDeps = {
    config,
    service: options.service ?? reportService(),
    logger: logs.logger,
    rateLimiter: options.rateLimiter ?? new RateLimiter(1000, 60_000),
    ...(options.daily ? { daily: options.daily } : {}),
    ...(options.seenRequests ? { seenRequests: options.seenRequests } : {}),
    ...(options.feedback ? { feedback: options.feedback } : {}),
  };
  const slack = await startSlack(deps, { host: '127.0.0.1', ...options.start });
  const sender = new SlackSender(`http://127.0.0.1:${slack.port}/slack/events`, SIGNING_SECRET);
  return {
    fake,
    slack,
    sender,
    logs,
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

/**
 * Sends `/hr <text>` and returns its answer: the acknowledgement's body when the bot answered in it
 * (most commands), else the first message posted to the command's response_url (`daily on|off`).
 */
export async function slashAnswer(harness: Harness, text: string, userId = 'U0ALICE'): Promise<Record<string, unknown>> {
  const responseUrl = harness.fake.responseUrl();
  const id = responseUrl.split('/').pop()!;
  const reply = await harness.sender.slashCommand({ text, responseUrl, userId });
  if (reply.status !== 200) throw new Error(`/hr ${text}: HTTP ${reply.status}`);
  if (reply.text !== '') return JSON.parse(reply.text) as Record<string, unknown>;
  await harness.fake.waitFor((f) => f.responsesTo(id).length > 0);
  return harness.fake.responsesTo(id)[0]!.body;
}

/** All text in a message's blocks (sections, contexts, headers, button labels), joined by newlines. */
export function blockText(message: { blocks?: unknown }): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(message.blocks);
  return out.join('\n');
}

/** The buttons of a message, by action id. */
export function buttons(message: { blocks?: unknown }): Map<string, { value: string; text: string }> {
  const found = new Map<string, { value: string; text: string }>();
  for (const block of (message.blocks as Array<{ type: string; elements?: Array<Record<string, unknown>> }>) ?? []) {
    if (block.type !== 'actions') continue;
    for (const el of block.elements ?? []) {
      found.set(String(el.action_id), { value: String(el.value), text: String((el.text as { text: string }).text) });
    }
  }
  return found;
}

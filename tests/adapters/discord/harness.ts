/** Starts the real Discord adapter (real discord.js client, real query service) against a fake Discord. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { RunningAdapter } from '../../../src/adapters-contract.js';
import { startDiscord, type DiscordAdapterOptions } from '../../../src/adapters/discord/index.js';
import type { Config } from '../../../src/config.js';
import type { DailyFacts } from '../../../src/daily/contract.js';
import type { FeedbackService } from '../../../src/feedback/service.js';
import { defaultIndexDir } from '../../../src/paths.js';
import { RateLimiter } from '../../../src/rate-limit.js';
import type { QueryService } from '../../../src/search/query-service.js';
import { realService } from '../../helpers.js';
import { FakeDiscord, type FakeDiscordOptions } from '../../fakes/discord/server.js';

const FAKE_TOKEN = 'fake-bot-token';

export { realService };

export interface Harness {
  fake: FakeDiscord;
  adapter: RunningAdapter;
  service: QueryService;
  /** Every log line the adapter wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  service?: QueryService;
  rateLimit?: { max: number; windowMs: number };
  daily?: DailyFacts;
  feedback?: FeedbackService;
  fake?: FakeDiscordOptions;
  adapter?: DiscordAdapterOptions;
  /** The token the adapter logs in with. Default: the one the fake expects. */
  token?: string;
  /** `DISCORD_SHARDS`. Default 1. */
  shards?: 'auto' | number;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: FAKE_TOKEN, ...options.fake });
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink).child({ platform: 'discord' });
  const rateLimit = options.rateLimit ?? { max: 1000, windowMs: 30_000 };
  const config: Config = {
    logLevel: 'debug',
    indexDir: defaultIndexDir(),
    dataDir: 'data',
    rateLimit,
    dailyPresets: [],
    ops: { port: 0, metrics: false },
    discord: { token: options.token ?? FAKE_TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl, shards: options.shards ?? 1 },
  };
  const service = options.service ?? realService();
  let adapter: RunningAdapter;
  try {
    adapter = await startDiscord(
      { config, service, logger, rateLimiter: new RateLimiter(rateLimit.max, rateLimit.windowMs), ...(options.daily ? { daily: options.daily } : {}), ...(options.feedback ? { feedback: options.feedback } : {}) },
      options.adapter,
    );
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    adapter,
    service,
    logs,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** All text a user could read in a message body: content, embed titles, descriptions, fields, footers. */
export function visibleText(body: { content?: string; embeds?: Array<Record<string, any>> }): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const parts = [body.content ?? ''];
  for (const e of body.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}

/** The custom ids of the buttons on a message body, by label. */
export function buttons(body: { components?: Array<{ components: Array<{ label?: string; custom_id?: string; disabled?: boolean }> }> }): Map<string, { customId: string; disabled: boolean }> {
  const out = new Map<string, { customId: string; disabled: boolean }>();
  for (const row of body.components ?? []) for (const c of row.components) if (c.label && c.custom_id) out.set(c.label, { customId: c.custom_id, disabled: Boolean(c.disabled) });
  return out;
}

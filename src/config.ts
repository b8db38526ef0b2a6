/**
 * The environment, parsed once by zod at start-up. Nothing else reads `process.env`.
 * A bad value stops start-up with one line per wrong variable (see `ConfigError`).
 */
import { z } from 'zod';
import { type ChannelPreset, dailyEnvShape } from './daily/config.js';
import { ConfigError, LOG_LEVELS, loadIndexSettings } from './settings.js';

export { ConfigError };

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'expected a Discord id (17–20 digits)');

const url = z.string().trim().url('expected a URL such as http://127.0.0.1:3000/api');

const EnvSchema = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** Folder with the report texts, their manifest and the built index (default: the package's index-data/). */
  INDEX_DIR: optionalString,
  /** Report id that section lookups use when none is named (default: the newest report by year). */
  DEFAULT_REPORT: optionalString.pipe(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a report id such as kazakhstan-2017-human-rights-report').optional()),
  /** Folder for the SQLite database of daily-fact subscriptions. */
  DATA_DIR: z.string().trim().min(1).default('data'),
  /** PostgreSQL shared by every instance (`postgres://user:password@host:5432/db`); unset: SQLite under DATA_DIR. */
  DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'expected postgres://user:password@host:5432/database').optional()),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.pipe(snowflake.optional()),
  DISCORD_GUILD_ID: optionalString.pipe(snowflake.optional()),
  /** Points the REST client (and so the gateway lookup) at another server, e.g. a local fake. */
  DISCORD_API_URL: optionalString.pipe(url.optional()),
  /** Gateway shards in this process: `auto` (Discord's recommendation) or a count. Default 1. */
  DISCORD_SHARDS: optionalString.pipe(
    z.string().regex(/^(auto|[1-9]\d{0,3})$/, 'expected auto or a number of shards such as 2').transform((v) => (v === 'auto' ? v : Number(v))).optional(),
  ),

  SLACK_BOT_TOKEN: optionalString.pipe(z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional()),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.pipe(z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional()),
  SLACK_API_URL: optionalString.pipe(url.optional()),
  PORT: z.coerce.number({ error: 'expected a port number' }).int('expected a whole number').min(0).max(65535).default(3000),
  /** `off`: no /metrics, and no HTTP server at all unless Slack HTTP mode needs the port. */
  METRICS: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),

  /** Channels subscribed to daily facts by configuration (see `daily/config.ts`). */
  ...dailyEnvShape,

  /** `true`: keep each search's query with the answer's feedback record (docs/feedback.md). Off by default. */
  LOG_QUERIES: z.enum(['true', 'false'], { error: 'expected true or false' }).default('false'),
  /** Days answers shown and votes are kept before the daily pruning deletes them. */
  FEEDBACK_RETENTION_DAYS: z.coerce.number({ error: 'expected a number of days' }).int('expected a whole number of days').min(1, 'expected at least 1 day').max(3650).default(90),
  /** Key for the hashes votes are stored under; unset: a random one kept in the database. */
  FEEDBACK_SECRET: optionalString.pipe(z.string().min(16, 'expected at least 16 characters').optional()),

  /** Requests a user may make per window, e.g. `10/30s`. */
  RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^\d+\/\d+s$/, 'expected COUNT/SECONDSs, e.g. 10/30s')
    .default('10/30s'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  logLevel: Env['LOG_LEVEL'];
  indexDir: string;
  /** Report id for section lookups without one; checked against the index when the service opens. */
  defaultReport?: string;
  dataDir: string;
  /** PostgreSQL for the shared store; unset means SQLite under `dataDir`. */
  databaseUrl?: string;
  rateLimit: { max: number; windowMs: number };
  /** Daily-fact channels preset from `DAILY_CHANNELS`. */
  dailyPresets: ChannelPreset[];
  /** The HTTP server for /healthz, /readyz, /metrics (and Slack HTTP mode) on `port`. */
  ops: { port: number; metrics: boolean };
  /** 👍/👎 and usage figures (docs/feedback.md). Set by `loadConfig`; absent in hand-made test configs. */
  feedback?: { logQueries: boolean; retentionDays: number; secret?: string };
  discord?: { token: string; applicationId: string; guildId?: string; apiUrl?: string; shards: 'auto' | number };
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string; port: number };
}

/** Credentials come in sets: half a set is a mistake worth stopping for. */
function missingPartners(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  const problems: string[] = [];
  if (set('DISCORD_TOKEN') && !set('DISCORD_APPLICATION_ID')) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  if (!set('DISCORD_TOKEN') && set('DISCORD_APPLICATION_ID')) problems.push('DISCORD_TOKEN: required when DISCORD_APPLICATION_ID is set');
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_SIGNING_SECRET') && !set('SLACK_APP_TOKEN')) {
    problems.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_SIGNING_SECRET') || set('SLACK_APP_TOKEN'))) problems.push('SLACK_BOT_TOKEN: required when other SLACK_ variables are set');
  return problems;
}

/** Parses the environment; throws `ConfigError` naming every wrong variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? '?')}: ${issue.message}`);
  problems.push(...missingPartners(env));
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  const [max, seconds] = e.RATE_LIMIT.slice(0, -1).split('/').map(Number) as [number, number];
  if (max < 1 || seconds < 1) throw new ConfigError(['RATE_LIMIT: both numbers must be at least 1, e.g. 10/30s']);

  return {
    logLevel: e.LOG_LEVEL,
    indexDir: loadIndexSettings(env).indexDir,
    ...(e.DEFAULT_REPORT ? { defaultReport: e.DEFAULT_REPORT } : {}),
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    rateLimit: { max, windowMs: seconds * 1000 },
    dailyPresets: e.DAILY_CHANNELS,
    ops: { port: e.PORT, metrics: e.METRICS === 'on' },
    feedback: { logQueries: e.LOG_QUERIES === 'true', retentionDays: e.FEEDBACK_RETENTION_DAYS, ...(e.FEEDBACK_SECRET ? { secret: e.FEEDBACK_SECRET } : {}) },
    ...(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            shards: e.DISCORD_SHARDS ?? 1,
            ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
            ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
          },
        }
      : {}),
    ...(e.SLACK_BOT_TOKEN
      ? {
          slack: {
            botToken: e.SLACK_BOT_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET ?? '',
            port: e.PORT,
            ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
            ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
          },
        }
      : {}),
  };
}

import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
};

describe('configuration from the environment', () => {
  it('needs nothing to run the console', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ logLevel: 'info', dataDir: 'data', rateLimit: { max: 10, windowMs: 30_000 } });
    expect(config.discord).toBeUndefined();
    expect(config.slack).toBeUndefined();
  });

  it('names every wrong variable at once, one line each', () => {
    const problems = problemsOf({ LOG_LEVEL: 'loud', PORT: '99999', RATE_LIMIT: 'often', DISCORD_API_URL: 'not a url' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['LOG_LEVEL', 'DISCORD_API_URL', 'PORT', 'RATE_LIMIT']);
  });

  it('refuses half a set of credentials', () => {
    expect(problemsOf({ DISCORD_TOKEN: 'x' })).toEqual(['DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set']);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })[0]).toMatch(/^SLACK_SIGNING_SECRET: required/);
  });

  it('never puts a secret value into a problem message', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'not-a-bot-token-s3cr3t', SLACK_SIGNING_SECRET: 'abc' });
    expect(problems.join('\n')).not.toContain('s3cr3t');
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN: expected a bot token/);
  });

  it('reads a full Discord and Slack set', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '0', RATE_LIMIT: '5/10s',
    });
    expect(config.discord).toEqual({ token: 't', applicationId: '123456789012345678', shards: 1 });
    expect(config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's', port: 0 });
    expect(config.rateLimit).toEqual({ max: 5, windowMs: 10_000 });
  });

  it('serves health and metrics on PORT 3000 unless told otherwise, and reads METRICS=off', () => {
    expect(loadConfig({}).ops).toEqual({ port: 3000, metrics: true });
    expect(loadConfig({ PORT: '8080', METRICS: 'off' }).ops).toEqual({ port: 8080, metrics: false });
    expect(problemsOf({ METRICS: 'no' })).toEqual(['METRICS: expected on or off']);
  });

  it('keeps no query and feedback for 90 days unless told otherwise, and refuses odd feedback settings', () => {
    expect(loadConfig({}).feedback).toEqual({ logQueries: false, retentionDays: 90 });
    expect(loadConfig({ LOG_QUERIES: 'true', FEEDBACK_RETENTION_DAYS: '30', FEEDBACK_SECRET: 'a-long-enough-secret' }).feedback).toEqual({ logQueries: true, retentionDays: 30, secret: 'a-long-enough-secret' });
    expect(problemsOf({ LOG_QUERIES: 'yes' })).toEqual(['LOG_QUERIES: expected true or false']);
    expect(problemsOf({ FEEDBACK_RETENTION_DAYS: '0' })).toEqual(['FEEDBACK_RETENTION_DAYS: expected at least 1 day']);
    expect(problemsOf({ FEEDBACK_SECRET: 'short' })).toEqual(['FEEDBACK_SECRET: expected at least 16 characters']);
  });

  it('reads DISCORD_SHARDS as auto or a count, and refuses anything else', () => {
    const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' };
    expect(loadConfig({ ...discord, DISCORD_SHARDS: 'auto' }).discord?.shards).toBe('auto');
    expect(loadConfig({ ...discord, DISCORD_SHARDS: '4' }).discord?.shards).toBe(4);
    for (const bad of ['0', '-1', 'two', '1.5']) expect(problemsOf({ ...discord, DISCORD_SHARDS: bad })).toEqual(['DISCORD_SHARDS: expected auto or a number of shards such as 2']);
  });

  it('takes a postgres:// DATABASE_URL, and without one keeps SQLite under DATA_DIR', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/hr' }).databaseUrl).toBe('postgres://bot:pw@db:5432/hr');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/hr' }).databaseUrl).toBe('postgresql://db/hr');
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    const problems = problemsOf({ DATABASE_URL: 'mysql://bot:s3cr3t@db/hr' });
    expect(problems).toEqual(['DATABASE_URL: expected postgres://user:password@host:5432/database']);
  });
});

describe('the logger', () => {
  it('redacts tokens and secrets wherever they appear in a logged object', () => {
    let out = '';
    const sink = new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } });
    const logger = createLogger('info', sink);
    logger.info({ token: 'T1', config: { botToken: 'T2', signingSecret: 'T3' }, headers: { authorization: 'Bot T4' } }, 'hello');
    expect(out).toContain('hello');
    for (const secret of ['T1', 'T2', 'T3', 'T4']) expect(out).not.toContain(secret);
  });
});

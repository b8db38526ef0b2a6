import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { FakeDiscord } from './fakes/discord/server.js';
import { FakeSlack } from './fakes/slack/fake-slack.js';
import { SlackSender } from './fakes/slack/signed-requests.js';
import { freePort, until } from './fakes/local.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'main.js');
/** No chat credentials from the outside, and a fresh daily-facts database for each run. */
const CLEAN_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|DAILY)_/.test(k))),
  DATA_DIR: mkdtempSync(join(tmpdir(), 'hr-bot-main-')),
};

let fake: FakeDiscord | undefined;
let slack: FakeSlack | undefined;
/** Bots started by a test; killed afterwards even when the test failed half-way. */
const children: ChildProcess[] = [];
function startBot(env: NodeJS.ProcessEnv): ChildProcess & { stderr: NonNullable<ChildProcess['stderr']> } {
  const child = spawn(process.execPath, [MAIN], { cwd: packageRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child as ChildProcess & { stderr: NonNullable<ChildProcess['stderr']> };
}

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake?.close();
  await slack?.close();
  fake = undefined;
  slack = undefined;
});

describe('npm start with Discord credentials', () => {
  it('connects to Discord, answers /hr, and on SIGTERM stops cleanly with exit code 0', async () => {
    fake = await FakeDiscord.start({ token: 'main-test-token' });
    const child = startBot({ ...CLEAN_ENV, DISCORD_TOKEN: 'main-test-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    await until(() => logs.includes('discord ready'), 15_000);
    const sent = await fake.answerTo(fake.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
    expect(JSON.stringify(sent.body)).toContain('Denial of Fair Public Trial');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).toContain('discord stopped');
    expect(logs).not.toContain('main-test-token');
  }, 30_000);

  it('fails start-up with one fatal line and exit code 1 when Discord refuses the token', async () => {
    fake = await FakeDiscord.start({ token: 'the-right-token' });
    const child = startBot({ ...CLEAN_ENV, DISCORD_TOKEN: 'a-wrong-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    const fatal = logs.split('\n').filter((l) => l.includes('"level":60'));
    expect(fatal).toHaveLength(1);
    expect(logs).not.toContain('a-wrong-token');
  }, 30_000);
});

describe('npm start with Slack credentials', () => {
  it('serves signed slash commands over HTTP, answers in the acknowledgement, and stops on SIGTERM', async () => {
    slack = await FakeSlack.start();
    const port = await freePort();
    const child = startBot({ ...CLEAN_ENV, SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: 'main-test-secret', SLACK_API_URL: slack.apiUrl, PORT: String(port) });
    let logs = '';
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => logs.includes('slack ready'), 15_000);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'main-test-secret');
    const reply = await sender.slashCommand({ text: 'search jury size', responseUrl: slack.responseUrl('main') });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('Denial of Fair Public Trial');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs).not.toContain('main-test-secret');
    expect(logs).not.toContain('xoxb-main-test');
  }, 30_000);
});

describe('npm start with daily facts', () => {
  it('names a wrong DAILY_CHANNELS entry at start-up', async () => {
    const child = startBot({ ...CLEAN_ENV, DAILY_CHANNELS: 'discord:123@25:00,teams:C1' });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(err).toMatch(/DAILY_CHANNELS: "discord:123@25:00"/);
    expect(err).toMatch(/DAILY_CHANNELS: "teams:C1"/);
  });

  it('stops with a clear error naming a corrupt database file', async () => {
    fake = await FakeDiscord.start({ token: 'db-test-token' });
    const dataDir = mkdtempSync(join(tmpdir(), 'hr-bot-corrupt-'));
    writeFileSync(join(dataDir, 'daily-facts.sqlite'), 'this is not a SQLite database, just text '.repeat(200));
    const child = startBot({ ...CLEAN_ENV, DATA_DIR: dataDir, DISCORD_TOKEN: 'db-test-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(err).toContain(join(dataDir, 'daily-facts.sqlite'));
    expect(fake.gatewayOps.length).toBe(0);
  }, 30_000);
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord/server.js';
import { FakeSlack } from './fakes/slack/fake-slack.js';
import { SlackSender } from './fakes/slack/signed-requests.js';
import { cleanEnv, freePort, startBotProcess, until } from './processes.js';

/** No chat credentials from the outside, and a fresh daily-facts database for each run. */
const CLEAN_ENV = cleanEnv();

let fake: FakeDiscord | undefined;
let slack: FakeSlack | undefined;
function startBot(env: NodeJS.ProcessEnv): ReturnType<typeof startBotProcess>['child'] {
  return startBotProcess(env).child;
}

afterEach(async () => {
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
    // The search is warmed up before the bot says it is ready, so its first user gets a warm answer.
    expect(logs.indexOf('search warmed up')).toBeGreaterThan(-1);
    expect(logs.indexOf('search warmed up')).toBeLessThan(logs.indexOf('discord ready'));
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

/** The bot in Slack HTTP mode against a fresh fake Slack (kept in `slack`), and a reader of its log. */
async function startSlackBot() {
  const fake = await FakeSlack.start();
  slack = fake;
  const port = await freePort();
  const child = startBot({ ...CLEAN_ENV, SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: 'main-test-secret', SLACK_API_URL: fake.apiUrl, PORT: String(port) });
  let logs = '';
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  return { fake, child, port, logs: () => logs };
}

describe('npm start with Slack credentials', () => {
  it('serves signed slash commands over HTTP on the shared port, answers in the acknowledgement, and stops on SIGTERM', async () => {
    const { fake, child, port, logs } = await startSlackBot();
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => logs().includes('slack ready'), 15_000);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'main-test-secret');
    const reply = await sender.slashCommand({ text: 'search jury size', responseUrl: fake.responseUrl('main') });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('Denial of Fair Public Trial');
    // Slack's endpoint shares the port with readiness and metrics.
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('hr_requests_total{platform="slack",command="search"} 1');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs()).not.toContain('main-test-secret');
    expect(logs()).not.toContain('xoxb-main-test');
  }, 30_000);

  it('stops cleanly with exit code 0 on a SIGTERM that arrives while it is still starting', async () => {
    // A supervisor may stop the bot at any moment; Node's default for a signal with no handler ends
    // the process on the spot, perhaps in the middle of a post.
    const { child, logs } = await startSlackBot();
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => logs().length > 0, 15_000);
    expect(logs()).not.toContain('slack ready');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(logs()).toContain('"msg":"stopping"');
  }, 30_000);

  it('posts nothing for smuggled requests, survives null and malformed bodies, signed or not, and keeps answering', async () => {
    const { fake, child, port, logs } = await startSlackBot();
    await until(() => logs().includes('slack ready'), 15_000);
    const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'main-test-secret');
    const form = 'application/x-www-form-urlencoded';
    await fetch(sender.url, { method: 'POST', headers: { 'content-type': form }, body: 'ssl_check=1&payload=null' });
    // The smuggled event and command of issue 8, unsigned, against the real process.
    const event = { type: 'event_callback', event_id: 'Ev0MAIN', event: { type: 'app_mention', user: 'U0EVE', text: '<@U0BOT> search torture', ts: '1.1', channel: 'C0VICTIM' } };
    const command = { command: '/hr', text: 'search torture', user_id: 'U0EVE', channel_id: 'C0VICTIM', response_url: fake.responseUrl('smuggled') };
    for (const payload of [event, command]) {
      const smuggled = await fetch(sender.url, { method: 'POST', headers: { 'content-type': form }, body: new URLSearchParams({ ssl_check: '1', payload: JSON.stringify(payload) }).toString() });
      expect(smuggled.status).toBe(200);
    }
    for (const [body, type] of [['null', 'application/json'], ['payload=null', form], ['[]', 'application/json']] as const) await sender.send(sender.build(body, type));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode).toBeNull();
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(fake.responses).toEqual([]);
    const reply = await sender.slashCommand({ text: 'search jury size', responseUrl: fake.responseUrl('after') });
    expect(reply.text).toContain('Denial of Fair Public Trial');
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

  it('stops with one fatal line naming the PostgreSQL server, without its password, when it cannot be reached', async () => {
    fake = await FakeDiscord.start({ token: 'db-test-token' });
    const child = startBot({ ...CLEAN_ENV, DATABASE_URL: 'postgres://hr:pg-s3cret@127.0.0.1:1/hr', DISCORD_TOKEN: 'db-test-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    const fatal = err.split('\n').filter((l) => l.includes('"level":60'));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain('Daily-facts database postgres://hr@127.0.0.1:1/hr cannot be reached');
    expect(err).not.toContain('pg-s3cret');
    expect(fake.gatewayOps.length).toBe(0);
  }, 30_000);
});

/**
 * Several `npm start` processes in Slack HTTP mode on one PostgreSQL database, each with its own
 * DATA_DIR, as behind a load balancer: 30 preset channels get their fact exactly once between them,
 * a signed request one instance accepted is refused by another, and a restart posts nothing again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresDailyStore } from '../src/daily/postgres-store.js';
import { FAKE_BOT_USER_ID, FakeSlack } from './fakes/slack/fake-slack.js';
import { SlackSender } from './fakes/slack/signed-requests.js';
import { freshDatabase, postgresMissing, postgresServerUrl } from './postgres/database.js';
import { cleanEnv, freePort, startBotProcess, until, type StartedBot as BotProcess } from './processes.js';

const SECRET = 'scale-out-secret';
const CHANNELS = Array.from({ length: 30 }, (_, i) => `C${String(i).padStart(3, '0')}`);
const today = (): string => new Date().toISOString().slice(0, 10);

let slack: FakeSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

describe('three Slack HTTP instances on one DATABASE_URL', () => {
  it.skipIf(!postgresServerUrl())(`post each preset channel once, refuse a replay across instances, and post nothing again after a restart${postgresServerUrl() ? '' : ` (${postgresMissing()})`}`, async () => {
    const databaseUrl = await freshDatabase();
    const fake = await FakeSlack.start();
    slack = fake;
    // The presets were applied on an earlier day, so today's 00:00 UTC post is owed (a preset applied
    // just now would owe nothing before its next post time).
    const seed = await PostgresDailyStore.open(databaseUrl);
    for (const channelId of CHANNELS) {
      await seed.saveSubscription({ channel: { platform: 'slack', channelId }, time: '00:00', timeZone: 'UTC', status: 'active', source: 'config', activeFrom: 0 }, 0);
    }
    await seed.close();

    const env = (port: number): NodeJS.ProcessEnv => ({
      ...cleanEnv(),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hr-bot-instance-')),
      DATABASE_URL: databaseUrl,
      DAILY_CHANNELS: CHANNELS.map((c) => `slack:${c}@00:00/UTC`).join(','),
      SLACK_BOT_TOKEN: 'xoxb-scale-out',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    const envs = ports.map(env);
    const bots: BotProcess[] = envs.map(startBotProcess);
    await until(() => bots.every((b) => b.logs().includes('daily facts: posting')), 60_000);

    const posted = () => fake.callsTo('chat.postMessage').map((c) => String(c.args.channel));
    expect([...posted()].sort()).toEqual(CHANNELS);
    const store = await PostgresDailyStore.open(databaseUrl);
    for (const channelId of CHANNELS) expect(await store.post({ platform: 'slack', channelId }, today())).toMatchObject({ state: 'sent' });

    // A signed slash command accepted by the first instance is refused when replayed to the second.
    const senders = ports.map((port) => new SlackSender(`http://127.0.0.1:${port}/slack/events`, SECRET));
    const request = senders[0]!.build(new URLSearchParams({ command: '/hr', text: 'help', team_id: 'T0FAKE', channel_id: 'C000', user_id: 'U1', response_url: fake.responseUrl('scale') }).toString(), 'application/x-www-form-urlencoded');
    expect((await senders[0]!.send(request)).status).toBe(200);
    expect((await senders[1]!.send(request)).status).toBe(401);
    expect((await senders[2]!.send(request)).status).toBe(401);
    expect(bots[1]!.logs()).toContain('"reason":"replay"');
    // A fresh signing of the same command is still welcome there.
    const fresh = senders[1]!.build(request.body, request.contentType, { timestamp: Number(request.headers['x-slack-request-timestamp']) + 1 });
    expect((await senders[1]!.send(fresh)).status).toBe(200);

    // Slack redelivers an event (to whichever instance the balancer picks): it is answered once.
    const mention = { type: 'app_mention', user: 'U0ALICE', text: `<@${FAKE_BOT_USER_ID}> jury size`, ts: '1700000100.000001', channel: 'C0GENERAL', event_ts: '1700000100.000001' };
    const before = posted().length;
    expect((await senders[0]!.event(mention, 'Ev0SCALE')).status).toBe(200);
    expect((await senders[2]!.event(mention, 'Ev0SCALE', { retryNum: 1, timestamp: Math.floor(Date.now() / 1000) + 2 })).status).toBe(200);
    await fake.waitFor(() => posted().length > before);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second answer, if any, would have arrived by now
    expect(posted().filter((c) => c === 'C0GENERAL')).toHaveLength(1);

    // One instance restarts: it finds every post of the day made, and makes none.
    bots[2]!.child.kill('SIGTERM');
    expect(await bots[2]!.exited).toBe(0);
    const restarted = startBotProcess(envs[2]!);
    await until(() => restarted.logs().includes('daily facts: posting'), 60_000);
    expect(posted().filter((c) => c !== 'C0GENERAL')).toHaveLength(CHANNELS.length);
    await store.close();
    for (const bot of [bots[0]!, bots[1]!, restarted]) bot.child.kill('SIGTERM');
    expect(await Promise.all([bots[0]!.exited, bots[1]!.exited, restarted.exited])).toEqual([0, 0, 0]);
  }, 120_000);
});

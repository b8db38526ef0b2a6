/** Socket Mode: with SLACK_APP_TOKEN set, the same handlers answer envelopes from a WebSocket. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SearchAnswer } from '../../../src/answers.js';
import { startSlack, type RunningSlack } from '../../../src/adapters/slack/index.js';
import { loadConfig } from '../../../src/config.js';
import { RateLimiter } from '../../../src/rate-limit.js';
import { FAKE_BOT_USER_ID, FakeSlack } from '../../fakes/slack/fake-slack.js';
import { FakeSocketMode } from '../../fakes/slack/fake-socket-mode.js';
import { blockText, LogCapture, reportService } from './harness.js';

let fake: FakeSlack;
let socket: FakeSocketMode;
let slack: RunningSlack;
/** What the adapter told /readyz, in order. */
const readiness: string[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
  socket = await FakeSocketMode.start(fake);
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl });
  slack = await startSlack({
    config, service: reportService(), logger: new LogCapture().logger, rateLimiter: new RateLimiter(100, 60_000),
    readiness: { ready: () => readiness.push('ready'), notReady: (reason) => readiness.push(reason) },
  });
  await socket.whenConnected();
});
afterAll(async () => {
  await slack.stop();
  await socket.close();
  await fake.close();
});

/** Polls until `probe` returns something (acks arrive on the socket, with no event to wait on). */
async function until<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('tells /readyz it is ready once the socket is connected', () => {
  expect(readiness.at(-1)).toBe('ready');
});

test('starts in Socket Mode when an app token is configured, opening the connection with it', () => {
  expect(slack.mode).toBe('socket');
  expect(slack.port).toBeUndefined();
  expect(fake.callsTo('apps.connections.open')[0]!.token).toBe('xapp-test');
});

test('a slash command envelope is answered in its acknowledgement', async () => {
  socket.deliver({
    envelope_id: 'env-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: { command: '/hr', text: 'search torture in prisons', user_id: 'U0ALICE', channel_id: 'C0GENERAL', team_id: 'T0FAKE', response_url: fake.responseUrl('socket-cmd'), trigger_id: '1.2' },
  });
  const ack = await until(() => socket.acks.find((a) => a.envelope_id === 'env-1'));
  const expected = reportService().search('torture in prisons', { limit: 3 }) as SearchAnswer;
  expect(blockText(ack.payload as { blocks?: unknown })).toContain(expected.hits[0]!.citation);
  expect(fake.responsesTo('socket-cmd')).toHaveLength(0);
});

test('a mention envelope is answered in a thread, and its redelivery is not', async () => {
  const payload = {
    type: 'event_callback', team_id: 'T0FAKE', api_app_id: 'A0HRBOT', event_id: 'Ev0SOCKET', event_time: 1,
    event: { type: 'app_mention', user: 'U0ALICE', text: `<@${FAKE_BOT_USER_ID}> prison conditions`, ts: '1700000400.000100', channel: 'C0GENERAL' },
  };
  socket.deliver({ envelope_id: 'env-2', type: 'events_api', payload });
  socket.deliver({ envelope_id: 'env-3', type: 'events_api', payload, retry_attempt: 1, retry_reason: 'timeout' });
  await fake.waitFor((f) => f.callsTo('chat.postMessage').length >= 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const posts = fake.callsTo('chat.postMessage');
  expect(posts).toHaveLength(1);
  expect(posts[0]!.args.thread_ts).toBe('1700000400.000100');
  expect(socket.acks.map((a) => a.envelope_id)).toEqual(expect.arrayContaining(['env-2', 'env-3']));
});

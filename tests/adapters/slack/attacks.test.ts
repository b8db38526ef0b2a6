/**
 * An attacker's run against the real Slack endpoint (Bolt in HTTP mode) over real sockets: forged,
 * smuggled, malformed, stale, replayed and oversized requests. Each attack checks what reached the fake
 * Slack and the daily-facts store (nothing posted, nothing changed), not only the status code, and that
 * the server still answers a genuine request afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DailyFactsService } from '../../../src/daily/service.js';
import { SqliteDailyStore as DailyStore } from '../../../src/daily/sqlite-store.js';
import { blockActionsBody, eventCallbackBody, slashCommandBody } from '../../fakes/slack/signed-requests.js';
import { reportService, startHarness, type Harness } from './harness.js';

const ADMIN = 'U0ADMIN';
const CHANNEL = { platform: 'slack' as const, channelId: 'C0GENERAL' };
const FORM = 'application/x-www-form-urlencoded';
const SLOW_BODY_MS = 400;

let h: Harness;
let store: DailyStore;
let dataDir: string;
/** Every attack sent, for the report's tally. */
let attacks = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hr-bot-attacks-'));
  store = DailyStore.openInDataDir(dataDir);
  const service = reportService();
  const daily = new DailyFactsService({ report: service.reports[0]!, facts: service.facts(), store });
  h = await startHarness({ service, daily, start: { bodyTimeoutMs: SLOW_BODY_MS } });
  h.fake.users.set(ADMIN, { id: ADMIN, is_admin: true });
});
afterAll(async () => {
  await h.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.info(`slack attacks tried: ${attacks}`);
});
beforeEach(() => {
  h.fake.reset();
  h.logs.lines.length = 0;
});

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => Math.floor(Date.now() / 1000);

/** An unsigned POST, as anyone on the internet can send. */
async function unsigned(body: string, contentType = FORM): Promise<{ status: number; text: string }> {
  attacks++;
  const res = await fetch(h.sender.url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, text: await res.text() };
}

/** A correctly signed POST (as from Slack, or from someone holding the secret). */
async function signed(body: string, contentType: string, options: { timestamp?: number } = {}) {
  attacks++;
  return h.sender.send(h.sender.build(body, contentType, options));
}

function mentionEvent(text: string) {
  return { type: 'app_mention', user: 'U0EVE', text: `<@U0BOT> ${text}`, ts: '1700000000.000100', channel: 'C0VICTIM', event_ts: '1700000000.000100' };
}

/** Nothing posted anywhere and the channel's daily facts untouched. */
async function expectNothingHappened(): Promise<void> {
  await settle();
  expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  expect(h.fake.responses).toEqual([]);
  expect(await store.subscription(CHANNEL)).toBeUndefined();
}

/** The bot still answers a genuine command after the attack: the process and the server are alive. */
async function expectStillServing(): Promise<void> {
  const reply = await h.sender.slashCommand({ text: 'search torture', responseUrl: h.fake.responseUrl() });
  expect(reply.status).toBe(200);
  expect(reply.text).toContain('blocks');
}

/**
 * Opens a request by hand (`start` after the request line and Host), then sends `drip` every 50 ms:
 * whether the server closed the connection within eight times the limit, and what it answered.
 */
async function trickle(start: string, drip: string): Promise<{ cutOff: boolean; received: string }> {
  attacks++;
  const url = new URL(h.sender.url);
  const socket = connect(Number(url.port), '127.0.0.1');
  socket.write(`POST ${url.pathname} HTTP/1.1\r\nHost: x\r\n${start}`);
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const timer = setInterval(() => socket.write(drip), 50);
  const cutOff = await Promise.race([closed.then(() => true), settle(SLOW_BODY_MS * 8).then(() => false)]);
  clearInterval(timer);
  socket.destroy();
  return { cutOff, received };
}

describe('ssl_check smuggling', () => {
  test('an unsigned ssl_check carrying an app_mention event posts nothing', async () => {
    const payload = JSON.parse(eventCallbackBody(mentionEvent('search torture'), 'Ev0SMUGGLED')) as Record<string, unknown>;
    const reply = await unsigned(new URLSearchParams({ ssl_check: '1', token: 't', payload: JSON.stringify(payload) }).toString());
    expect(reply).toEqual({ status: 200, text: '' });
    await expectNothingHappened();
  });

  test('an unsigned ssl_check carrying "/hr daily off" as an admin changes nothing and calls no response_url', async () => {
    const subscribed = { platform: 'slack' as const, channelId: 'C0DAILY' };
    await store.saveSubscription({ channel: subscribed, time: '09:00', timeZone: 'UTC', status: 'active', source: 'command', activeFrom: 0 }, 0);
    const command = Object.fromEntries(
      new URLSearchParams(slashCommandBody({ text: 'daily off', userId: ADMIN, channelId: subscribed.channelId, responseUrl: h.fake.responseUrl('smuggled') })),
    );
    const reply = await unsigned(new URLSearchParams({ ssl_check: '1', token: 't', payload: JSON.stringify(command) }).toString());
    expect(reply.status).toBe(200);
    await settle();
    expect((await store.subscription(subscribed))?.status).toBe('active');
    expect(h.fake.responsesTo('smuggled')).toEqual([]);
    expect(h.fake.callsTo('users.info')).toEqual([]);
  });

  test('an unsigned ssl_check with the command as plain form fields runs nothing', async () => {
    const reply = await unsigned(`ssl_check=1&${slashCommandBody({ text: 'daily on', userId: ADMIN, responseUrl: h.fake.responseUrl('plain') })}`);
    expect(reply.status).toBe(200);
    await settle();
    expect(h.fake.responsesTo('plain')).toEqual([]);
    expect(await store.subscription(CHANNEL)).toBeUndefined();
  });

  test('an unsigned ssl_check with payload=null neither answers nor kills the server', async () => {
    expect((await unsigned('ssl_check=1&payload=null')).status).toBe(200);
    await expectNothingHappened();
    await expectStillServing();
  });

  test("Slack's genuine SSL probe gets an empty 200", async () => {
    expect(await unsigned('ssl_check=1&token=verification-token')).toEqual({ status: 200, text: '' });
  });

  test('an unsigned smuggled payload without ssl_check is refused with 401', async () => {
    const reply = await unsigned(blockActionsBody({ actionId: 'hr_share', value: 'q|0|torture', responseUrl: h.fake.responseUrl('share') }));
    expect(reply.status).toBe(401);
    await expectNothingHappened();
  });
});

describe('bodies that are not what Slack sends', () => {
  test.each(['null', '[]', '"a string"', '42', 'true', '{"no":"type"}', '{not json'])('signed JSON %s is refused with 400 and the server keeps serving', async (body) => {
    const reply = await signed(body, 'application/json');
    expect(reply.status).toBe(400);
    await expectNothingHappened();
    await expectStillServing();
  });

  test.each(['payload=null', 'payload=[1]', 'payload=%7Bnot', 'a=b', '', 'payload=%7B%22no%22%3A1%7D'])('signed form %j is refused with 400', async (body) => {
    const reply = await signed(body, FORM);
    expect(reply.status).toBe(400);
    await expectNothingHappened();
  });

  test('a signed body of another content type is refused with 400', async () => {
    const reply = await signed(slashCommandBody({ text: 'search torture', responseUrl: h.fake.responseUrl('xml') }), 'text/xml');
    expect(reply.status).toBe(400);
    await expectNothingHappened();
  });

  test('a 10 MB body is refused with 413 and nothing reaches Bolt', async () => {
    const reply = await unsigned(`payload=${'x'.repeat(10 * 1024 * 1024)}`);
    expect(reply.status).toBe(413);
    await expectNothingHappened();
    await expectStillServing();
  });

  test('a body trickled in slower than the limit is cut off', async () => {
    const { cutOff, received } = await trickle(`Content-Type: ${FORM}\r\nContent-Length: 1000\r\n\r\nssl`, 'a');
    expect(cutOff).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  test('headers trickled in slower than the limit are cut off', async () => {
    const { cutOff } = await trickle('', 'X-Slow: a\r\n');
    expect(cutOff).toBe(true);
  });
});

describe('signatures, clocks and replays', () => {
  const command = (id: string, text = 'daily on') => slashCommandBody({ text, userId: ADMIN, responseUrl: h.fake.responseUrl(id) });

  test('a forged signature on "/hr daily on" changes nothing', async () => {
    attacks++;
    const reply = await h.sender.send(h.sender.build(command('forged'), FORM, { signature: `v0=${'a'.repeat(64)}` }));
    expect(reply.status).toBe(401);
    await expectNothingHappened();
  });

  test('a stale signed request changes nothing', async () => {
    expect((await signed(command('stale'), FORM, { timestamp: now() - 10 * 60 })).status).toBe(401);
    await expectNothingHappened();
  });

  test('a request signed in the future changes nothing', async () => {
    expect((await signed(command('future'), FORM, { timestamp: now() + 10 * 60 })).status).toBe(401);
    await expectNothingHappened();
  });

  test('a replayed event is posted once', async () => {
    const request = h.sender.build(eventCallbackBody(mentionEvent('search torture'), 'Ev0REPLAY'), 'application/json');
    attacks += 2;
    expect((await h.sender.send(request)).status).toBe(200);
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
    expect((await h.sender.send(request)).status).toBe(401);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('log flooding', () => {
  test('a flood of rejected requests writes at most a handful of lines', async () => {
    for (let i = 0; i < 40; i++) await unsigned('payload=%7B%7D');
    const rejected = h.logs.lines.filter((l) => l.msg === 'rejected a Slack request');
    expect(rejected.length).toBeLessThanOrEqual(3);
  });
});

/**
 * Our Bolt receiver in HTTP mode, through real HTTP with signed requests: what reaches Bolt, what each
 * kind of request is answered with, and what happens when a listener throws, acks twice, acks late or
 * never. Extra listeners (`/boom`, `/silent`…) are registered on the running app beside hr-bot's own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { App } from '@slack/bolt';
import { FAKE_BOT_USER_ID } from '../../fakes/slack/fake-slack.js';
import { blockActionsBody, eventCallbackBody, slashCommandBody, type SlackSender } from '../../fakes/slack/signed-requests.js';
import { buttons, startHarness, type Harness } from './harness.js';

const FORM = 'application/x-www-form-urlencoded';
const ACK_TIMEOUT_MS = 300;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ start: { ackTimeoutMs: ACK_TIMEOUT_MS } });
  registerTestListeners(h.slack.app);
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  h.logs.lines.length = 0;
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let secondAck: unknown;

function registerTestListeners(app: App): void {
  app.command('/boom', () => {
    throw new Error('listener exploded before its ack');
  });
  app.command('/silent', async () => {});
  app.command('/twice', async ({ ack }) => {
    await ack({ text: 'first' });
    try {
      await ack({ text: 'second' });
    } catch (err) {
      secondAck = err;
    }
  });
  app.command('/text', async ({ ack }) => ack('plain words'));
  app.command('/late', async ({ ack }) => {
    await settle(ACK_TIMEOUT_MS + 150);
    await ack({ text: 'too late' });
  });
  app.command('/retry', async ({ ack, context, command }) => ack({ text: `${String(context.retryNum)}|${String(context.retryReason)}|${command.text}` }));
}

/** A signed request, answered: status, content type and body text. */
async function send(sender: SlackSender, body: string, contentType: string, options: { retryNum?: number } = {}) {
  const request = sender.build(body, contentType, options);
  const res = await fetch(sender.url, { method: 'POST', headers: request.headers, body: request.body, signal: AbortSignal.timeout(4000) });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

function command(name: string, text = '', id = name.slice(1)) {
  return slashCommandBody({ command: name, text, responseUrl: h.fake.responseUrl(id) });
}

describe('slash commands', () => {
  test("hr-bot's answer comes back in the ack as JSON, the same bytes for the same command and other bytes for another", async () => {
    // Each with its own response_url, so each is a new signed request and not a replay.
    const first = await send(h.sender, command('/hr', 'section 2a', 'first'), FORM);
    const again = await send(h.sender, command('/hr', 'section 2a', 'again'), FORM);
    const other = await send(h.sender, command('/hr', 'sections', 'other'), FORM);
    expect([first.status, first.type]).toEqual([200, 'application/json']);
    const answer = JSON.parse(first.text) as { response_type: string; blocks: unknown[] };
    expect(answer.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.blocks)).toContain('Freedom of Expression');
    expect(again.text).toBe(first.text);
    expect(other.text).not.toBe(first.text);
    expect(JSON.parse(other.text)).toMatchObject({ response_type: 'ephemeral' });
    expect(other.text).toContain('Respect for the Integrity of the Person');
  });

  test('a repeated form field reaches Bolt as its first value, never as a list', async () => {
    const body = `${command('/retry', 'first text')}&text=second+text`;
    const reply = await send(h.sender, body, FORM);
    expect(JSON.parse(reply.text)).toEqual({ text: 'undefined|undefined|first text' });
  });

  test("Slack's retry headers reach the listener's context", async () => {
    const reply = await send(h.sender, command('/retry', 'x', 'retried'), FORM, { retryNum: 2 });
    expect(JSON.parse(reply.text)).toEqual({ text: '2|http_timeout|x' });
  });

  test('a string ack is sent as it is, without a JSON content type', async () => {
    const reply = await send(h.sender, command('/text'), FORM);
    expect([reply.status, reply.text]).toEqual([200, 'plain words']);
    expect(reply.type).toBeNull();
  });

  test('a second ack is refused with Bolt’s error and the first answer stands', async () => {
    secondAck = undefined;
    const reply = await send(h.sender, command('/twice'), FORM);
    expect(JSON.parse(reply.text)).toEqual({ text: 'first' });
    await settle(50);
    expect((secondAck as { code?: string } | undefined)?.code).toBe('slack_bolt_receiver_ack_multiple_error');
  });
});

describe('listeners that fail or never answer', () => {
  test('a listener that throws before its ack: logged, 404 once the ack time is up, and the server keeps serving', async () => {
    const reply = await send(h.sender, command('/boom'), FORM);
    expect([reply.status, reply.text]).toEqual([404, '']);
    const logged = h.logs.lines.filter((l) => l.level === 50).map((l) => [l.msg, (l.err as { message?: string } | undefined)?.message]);
    expect(logged).toContainEqual(['Bolt reported an unhandled error', 'listener exploded before its ack']);
    expect(logged.map(([msg]) => msg)).toContain('a Slack request was not acknowledged in time; answered 404');
    expect((await send(h.sender, command('/hr', 'help'), FORM)).status).toBe(200);
  });

  test('a listener that never acks gets 404 after the ack time, not a hung request', async () => {
    const started = Date.now();
    const reply = await send(h.sender, command('/silent'), FORM);
    expect(reply.status).toBe(404);
    expect(Date.now() - started).toBeGreaterThanOrEqual(ACK_TIMEOUT_MS - 20);
  });

  test('an ack after the 404 is dropped without an error escaping', async () => {
    const reply = await send(h.sender, command('/late'), FORM);
    expect(reply.status).toBe(404);
    await settle(300);
    expect(h.logs.lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual(['a Slack request was not acknowledged in time; answered 404']);
  });

  test('a command no listener handles is answered 404 after the ack time', async () => {
    expect((await send(h.sender, command('/nobody'), FORM)).status).toBe(404);
  });
});

describe('block actions', () => {
  test('a button click is acked empty at once and its answer goes to the response_url', async () => {
    const answer = JSON.parse((await send(h.sender, command('/hr', 'search torture'), FORM)).text) as { blocks?: unknown };
    const more = buttons(answer).get('hr_more')!;
    const reply = await send(h.sender, blockActionsBody({ actionId: 'hr_more', value: more.value, responseUrl: h.fake.responseUrl('more') }), FORM);
    expect([reply.status, reply.text]).toEqual([200, '']);
    await h.fake.waitFor((f) => f.responsesTo('more').length === 1);
    expect(h.fake.responsesTo('more')[0]!.body.replace_original).toBe(true);
  });

  test('a block_actions payload without its actions does not crash the server or answer anything', async () => {
    const payload = encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U0ALICE' }, response_url: h.fake.responseUrl('bare') }));
    const reply = await send(h.sender, `payload=${payload}`, FORM);
    expect(reply.status).toBe(404);
    await settle(100);
    expect(h.fake.responsesTo('bare')).toEqual([]);
    expect((await send(h.sender, command('/hr', 'help'), FORM)).status).toBe(200);
  });
});

describe('Events API', () => {
  const mention = { type: 'app_mention', user: 'U0ALICE', text: `<@${FAKE_BOT_USER_ID}> search torture`, ts: '1700000300.000100', channel: 'C0GENERAL', event_ts: '1700000300.000100' };

  test('url_verification gets its challenge back as JSON and reaches no listener', async () => {
    const reply = await send(h.sender, JSON.stringify({ type: 'url_verification', token: 't', challenge: 'ch-42' }), 'application/json');
    expect([reply.status, reply.type, JSON.parse(reply.text)]).toEqual([200, 'application/json', { challenge: 'ch-42' }]);
  });

  test('an event is acked empty and answered with chat.postMessage', async () => {
    const reply = await send(h.sender, eventCallbackBody(mention, 'Ev0RECEIVER'), 'application/json');
    expect([reply.status, reply.text]).toEqual([200, '']);
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
  });

  test('a signed body marked ssl_check is answered empty and its event never runs', async () => {
    const body = JSON.stringify({ ...(JSON.parse(eventCallbackBody(mention, 'Ev0SSLCHECK')) as object), ssl_check: '1' });
    const reply = await send(h.sender, body, 'application/json');
    expect([reply.status, reply.text]).toEqual([200, '']);
    await settle(200);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  test("the bot's own mention is not answered (Bolt's ignoreSelf, made in our event route)", async () => {
    await send(h.sender, eventCallbackBody({ ...mention, user: FAKE_BOT_USER_ID }, 'Ev0OWN'), 'application/json');
    await settle(200);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('an error Bolt lets through before the ack', () => {
  let failing: Harness;
  beforeAll(async () => {
    failing = await startHarness({ start: { ackTimeoutMs: ACK_TIMEOUT_MS } });
    registerTestListeners(failing.slack.app);
    // A global error handler that rethrows makes processEvent reject, as Bolt's own errors do.
    failing.slack.app.error(async (err) => {
      throw err;
    });
  });
  afterAll(async () => {
    await failing.close();
  });

  test('is answered 500 at once and logged', async () => {
    const reply = await send(failing.sender, command('/boom'), FORM);
    expect(reply.status).toBe(500);
    expect(failing.logs.lines.some((l) => l.msg === 'Bolt failed to process a Slack request' && JSON.stringify(l.err).includes('exploded'))).toBe(true);
    expect(failing.logs.lines.some((l) => String(l.msg).includes('not acknowledged'))).toBe(false);
  });
});

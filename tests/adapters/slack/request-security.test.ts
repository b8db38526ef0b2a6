/** Only genuine, fresh, first-time Slack requests reach the bot; the health check needs none of that. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { slashCommandBody } from '../../fakes/slack/signed-requests.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => h.fake.reset());

const now = () => Math.floor(Date.now() / 1000);
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function command(id: string) {
  return slashCommandBody({ text: 'search torture', responseUrl: h.fake.responseUrl(id) });
}

describe('request verification', () => {
  test('a correctly signed request is accepted', async () => {
    const reply = await h.sender.send(h.sender.build(command('good'), 'application/x-www-form-urlencoded'));
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('blocks');
  });

  test('a bad signature is rejected with 401 and nothing is answered', async () => {
    const reply = await h.sender.send(h.sender.build(command('forged'), 'application/x-www-form-urlencoded', { signature: `v0=${'0'.repeat(64)}` }));
    expect(reply.status).toBe(401);
    await settle(200);
    expect(h.fake.responsesTo('forged')).toHaveLength(0);
  });

  test('a body changed after signing is rejected', async () => {
    const signed = h.sender.build(command('tampered'), 'application/x-www-form-urlencoded');
    const reply = await h.sender.send({ ...signed, body: signed.body.replace('torture', 'tortura') });
    expect(reply.status).toBe(401);
  });

  test('a timestamp more than five minutes old is rejected', async () => {
    const reply = await h.sender.send(h.sender.build(command('stale'), 'application/x-www-form-urlencoded', { timestamp: now() - 6 * 60 }));
    expect(reply.status).toBe(401);
  });

  test('a timestamp more than five minutes in the future is rejected too', async () => {
    const reply = await h.sender.send(h.sender.build(command('future'), 'application/x-www-form-urlencoded', { timestamp: now() + 6 * 60 }));
    expect(reply.status).toBe(401);
    await settle(200);
    expect(h.fake.responsesTo('future')).toHaveLength(0);
  });

  test('a small clock difference either way is tolerated', async () => {
    const behind = await h.sender.send(h.sender.build(command('behind'), 'application/x-www-form-urlencoded', { timestamp: now() - 4 * 60 }));
    const ahead = await h.sender.send(h.sender.build(command('ahead'), 'application/x-www-form-urlencoded', { timestamp: now() + 4 * 60 }));
    expect([behind.status, ahead.status]).toEqual([200, 200]);
  });

  test('the same signed request replayed is rejected and answered only once', async () => {
    const signed = h.sender.build(command('replayed'), 'application/x-www-form-urlencoded');
    const first = await h.sender.send(signed);
    const replay = await h.sender.send(signed);
    expect(first.status).toBe(200);
    expect(first.text).toContain('blocks');
    expect(replay.status).toBe(401);
    expect(replay.text).not.toContain('blocks');
    await settle(200);
    expect(h.fake.responsesTo('replayed')).toHaveLength(0);
  });

  test('missing signature headers are rejected', async () => {
    const res = await fetch(h.sender.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: command('unsigned') });
    expect(res.status).toBe(401);
  });

  test('a rejection is logged with its reason', async () => {
    await h.sender.send(h.sender.build(command('logged'), 'application/x-www-form-urlencoded', { timestamp: now() + 3600 }));
    expect(h.logs.lines.some((l) => l.msg === 'rejected a Slack request' && l.reason === 'clock-skew')).toBe(true);
  });
});

describe('Slack set-up and probes', () => {
  test("a signed url_verification gets its challenge back (Slack's check of the events URL)", async () => {
    const reply = await h.sender.send(h.sender.build(JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c-123' }), 'application/json'));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ challenge: 'c-123' });
  });

  test('an unsigned ssl_check is answered 200 and anything smuggled in it is ignored', async () => {
    const body = `ssl_check=1&${slashCommandBody({ text: 'search torture', responseUrl: h.fake.responseUrl('smuggled') })}`;
    const res = await fetch(h.sender.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(res.status).toBe(200);
    await settle(200);
    expect(h.fake.responsesTo('smuggled')).toHaveLength(0);
  });
});

describe('health check and other paths', () => {
  test('GET /healthz answers 200 without a signature', async () => {
    const res = await fetch(`http://127.0.0.1:${h.slack.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  test('unknown paths are 404', async () => {
    const res = await fetch(`http://127.0.0.1:${h.slack.port}/nope`);
    expect(res.status).toBe(404);
  });

  test('an oversized body is refused with 413', async () => {
    const res = await fetch(h.sender.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });
});

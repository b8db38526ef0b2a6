/**
 * Slack instances sharing a store remember signed requests together: a replay to another instance
 * is refused. Shown here with two adapters on one SQLite file (processes on one machine); the
 * PostgreSQL case runs with real processes in tests/scale-out.test.ts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { SqliteDailyStore } from '../../../src/daily/sqlite-store.js';
import { SlackSender, slashCommandBody } from '../../fakes/slack/signed-requests.js';
import { tempDataDir } from '../../daily/support.js';
import { SIGNING_SECRET, startHarness, type Harness } from './harness.js';

const FORM = 'application/x-www-form-urlencoded';
const running: Harness[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.close()));
});

describe('the replay guard on a shared store', () => {
  test('refuses a request replayed to another instance, and still answers a fresh one', async () => {
    const dataDir = tempDataDir();
    const [storeA, storeB] = [SqliteDailyStore.openInDataDir(dataDir), SqliteDailyStore.openInDataDir(dataDir)];
    const a = await startHarness({ seenRequests: storeA });
    const b = await startHarness({ seenRequests: storeB });
    running.push(a, b);
    const request = a.sender.build(slashCommandBody({ text: 'search torture', responseUrl: a.fake.responseUrl('once') }), FORM);
    expect((await a.sender.send(request)).status).toBe(200);
    const toB = new SlackSender(b.sender.url, SIGNING_SECRET);
    expect((await toB.send(request)).status).toBe(401);
    expect(b.logs.lines.some((l) => l.msg === 'rejected a Slack request' && l.reason === 'replay')).toBe(true);
    const fresh = b.sender.build(request.body, FORM, { timestamp: Number(request.headers['x-slack-request-timestamp']) + 1 });
    expect((await b.sender.send(fresh)).status).toBe(200);
    await storeA.close();
    await storeB.close();
  });

  test('answers 500, and nothing else, while the shared store cannot be reached', async () => {
    const down = { rememberOnce: async () => Promise.reject(new Error('Daily-facts database postgres://bot@db/hr cannot be reached')) };
    const h = await startHarness({ seenRequests: down });
    running.push(h);
    const reply = await h.sender.send(h.sender.build(slashCommandBody({ text: 'search torture', responseUrl: h.fake.responseUrl('down') }), FORM));
    expect(reply.status).toBe(500);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(h.logs.lines.some((l) => l.level === 50 && JSON.stringify(l.err).includes('cannot be reached'))).toBe(true);
  });
});

/** Every Slack entry point refuses over-long input before the query service sees it. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../../commands/hr.js';
import { ACTION } from '../../../src/adapters/slack/action-state.js';
import type { QueryService } from '../../../src/search/query-service.js';
import { blockText, reportService, startHarness, type Harness } from './harness.js';

/** The real service, recording the length of every query and section reference it is asked about. */
function recordingService(asked: number[]): QueryService {
  const real = reportService();
  return {
    ...real,
    reports: real.reports,
    search: (query, options) => (asked.push(query.length), real.search(query, options)),
    section: (ref, options) => (asked.push(ref.length), real.section(ref, options)),
  };
}

const asked: number[] = [];
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ service: recordingService(asked) });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.fake.reset();
  asked.length = 0;
});

describe('over-long input', () => {
  test.each([ACTION.more, ACTION.share])('a %s button whose value holds a query over the command limit is refused kindly', async (actionId) => {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop()!;
    const value = `q|0|${'torture '.repeat(200)}`.slice(0, 1990);
    expect((await h.sender.blockAction({ actionId, value, responseUrl })).status).toBe(200);
    await h.fake.waitFor((f) => f.responsesTo(id).length > 0);
    expect(asked).toEqual([]);
    const [answer] = h.fake.responsesTo(id);
    expect(answer!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blockText(answer!.body as { blocks?: unknown })).toMatch(/no longer works|too long/);
  });

  test('a section button whose value holds an over-long reference is refused kindly', async () => {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop()!;
    await h.sender.blockAction({ actionId: ACTION.next, value: `s|2|${'x'.repeat(MAX_QUERY_LENGTH + 1)}`, responseUrl });
    await h.fake.waitFor((f) => f.responsesTo(id).length > 0);
    expect(asked).toEqual([]);
  });

  test('a button within the limit still works', async () => {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop()!;
    await h.sender.blockAction({ actionId: ACTION.more, value: 'q|3|torture', responseUrl });
    await h.fake.waitFor((f) => f.responsesTo(id).length > 0);
    expect(asked).toEqual(['torture'.length]);
  });

  test('a 40,000-character mention is refused before the service is asked', async () => {
    const text = `<@U0BOT> ${'why '.repeat(10_000)}`;
    await h.sender.event({ type: 'app_mention', user: 'U0EVE', text, ts: '1700000000.000200', channel: 'C0GENERAL', event_ts: '1700000000.000200' }, 'Ev0LONG');
    await h.fake.waitFor((f) => f.callsTo('chat.postMessage').length === 1);
    expect(asked).toEqual([]);
    expect(blockText(h.fake.callsTo('chat.postMessage')[0]!.args)).toMatch(/too long/);
  });
});

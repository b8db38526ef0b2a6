/** `/hr` and its buttons through the real Bolt app in HTTP mode, with signed requests and the fake Slack. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ACTION } from '../../../src/adapters/slack/action-state.js';
import type { SearchAnswer, SectionAnswer } from '../../../src/answers.js';
import { blockText, buttons, reportService, slashAnswer, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => h.fake.reset());

/** Sends `/hr <text>` and returns the answer: the acknowledgement's body, or else the first post to its response_url. */
function hr(text: string, userId = 'U0ALICE') {
  return slashAnswer(h, text, userId);
}

async function click(actionId: string, value: string, options: { ephemeral?: boolean } = {}) {
  const responseUrl = h.fake.responseUrl();
  const id = responseUrl.split('/').pop()!;
  const reply = await h.sender.blockAction({ actionId, value, responseUrl, ...options });
  expect(reply.status).toBe(200);
  await h.fake.waitFor((f) => f.responsesTo(id).length > 0);
  return h.fake.responsesTo(id)[0]!.body;
}

describe('/hr search', () => {
  test('answers privately in the acknowledgement itself, well within 3 s, with nothing sent to response_url', async () => {
    const responseUrl = h.fake.responseUrl('ack-check');
    const started = performance.now();
    const reply = await h.sender.slashCommand({ text: 'search torture in prisons', responseUrl });
    expect(reply.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    const body = JSON.parse(reply.text) as Record<string, unknown>;
    expect(body.response_type).toBe('ephemeral');
    expect(blockText(body)).toContain('§');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.fake.responsesTo('ack-check')).toHaveLength(0);
  });

  test('shows each excerpt from the report with its citation and the answer sentence in bold', async () => {
    const expected = reportService().search('torture in prisons', { limit: 3 }) as SearchAnswer;
    expect(expected.hits.length).toBeGreaterThan(0);
    const message = await hr('search torture in prisons');
    const text = blockText(message);
    for (const hit of expected.hits) {
      expect(text).toContain(hit.citation);
      // The answer sentence starts a bold run.
      expect(text).toContain(`*${hit.answer.slice(0, 30)}`);
    }
    expect(text).toContain('matched:');
    expect(buttons(message).has(ACTION.share)).toBe(true);
  });

  test('bare words after /hr are a search', async () => {
    const expected = reportService().search('prison conditions', { limit: 3 }) as SearchAnswer;
    const text = blockText(await hr('prison conditions'));
    expect(text).toContain(expected.hits[0]!.citation);
  });

  test('More results replaces the message with the next page of results', async () => {
    const first = await hr('search police');
    const more = buttons(first).get(ACTION.more);
    expect(more).toBeDefined();
    const next = await click(ACTION.more, more!.value);
    expect(next.replace_original).toBe(true);
    const expected = reportService().search('police', { offset: 3, limit: 3 }) as SearchAnswer;
    expect(blockText(next)).toContain('Showing 4–6');
    expect(blockText(next)).toContain(expected.hits[0]!.citation);
    expect(buttons(next).has(ACTION.back)).toBe(true);
  });
});

describe('/hr section', () => {
  test('pages through a section with Next and Previous', async () => {
    const page1 = reportService().section('1') as SectionAnswer;
    expect(page1.pages).toBeGreaterThan(1);
    const first = await hr('section 1');
    expect(blockText(first)).toContain(`Page 1 of ${page1.pages}`);
    expect(buttons(first).has(ACTION.prev)).toBe(false);

    const second = await click(ACTION.next, buttons(first).get(ACTION.next)!.value);
    const page2 = reportService().section('1', { page: 2 }) as SectionAnswer;
    expect(second.replace_original).toBe(true);
    expect(blockText(second)).toContain(`Page 2 of ${page1.pages}`);
    expect(blockText(second)).toContain(page2.text.slice(0, 40).replace(/&/g, '&amp;'));

    const back = await click(ACTION.prev, buttons(second).get(ACTION.prev)!.value);
    expect(blockText(back)).toContain(`Page 1 of ${page1.pages}`);
  });

  test('an unknown section is an error with suggested sections as buttons', async () => {
    const message = await hr('section no such place');
    expect(blockText(message)).toContain(':warning:');
    const suggestion = buttons(message).get(`${ACTION.open}_0`);
    expect(suggestion).toBeDefined();
    const opened = await click(`${ACTION.open}_0`, suggestion!.value);
    expect(opened.blocks).toBeDefined();
    expect(blockText(opened)).toMatch(/Page 1 of \d+/);
  });
});

describe('Share in channel', () => {
  test('posts the same answer publicly, shared by the clicker, without buttons', async () => {
    const mine = await hr('search internet freedom');
    const share = buttons(mine).get(ACTION.share)!;
    const shared = await click(ACTION.share, share.value);
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(blockText(shared)).toContain('Shared by <@U0ALICE>');
    expect(buttons(shared).size).toBe(0);
    const expected = reportService().search('internet freedom', { limit: 3 }) as SearchAnswer;
    expect(blockText(shared)).toContain(expected.hits[0]!.citation);
  });

  test('a button value that is not ours gets a private "no longer works" note', async () => {
    const reply = await click(ACTION.share, 'garbage');
    expect(reply.response_type).toBe('ephemeral');
    expect(blockText(reply)).toContain('no longer works');
  });
});

describe('other subcommands and odd input', () => {
  test('bare /hr shows help generated from the command tree', async () => {
    const text = blockText(await hr(''));
    for (const usage of ['/hr search', '/hr section', '/hr sections', '/hr fact', '/hr daily']) expect(text).toContain(usage);
  });

  test('/hr sections lists the table of contents', async () => {
    const text = blockText(await hr('sections'));
    expect(text).toContain('`2a`');
    expect(text).toContain('Freedom of Expression');
  });

  test('a huge query is refused kindly', async () => {
    const message = await hr(`search ${'torture '.repeat(200)}`);
    expect(blockText(message)).toMatch(/too long/i);
  });

  test('unicode and control characters are searched without breaking the message', async () => {
    const message = await hr('search prison\u0000\u0007 conditions 🙂 Қазақстан');
    const text = blockText(message);
    expect([...text].some((c) => c.charCodeAt(0) < 9)).toBe(false);
    expect(message.blocks).toBeDefined();
  });

  test('mention and link markup in the query is escaped, never live', async () => {
    const message = await hr('search <!channel> <!here> <@U0BOB> <https://evil.example|click me> & more');
    // Everything Slack displays: block texts, button labels and the notification text (button values are never shown).
    const raw = `${blockText(message)}\n${String(message.text)}`;
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<!here>');
    expect(raw).not.toContain('<@U0BOB>');
    expect(raw).not.toContain('<https://evil.example');
    expect(blockText(message)).toContain('&lt;!channel&gt;');
    expect(blockText(message)).toContain('&amp; more');
  });
});

/** Rendering answers as Block Kit: escaping, styling and Slack's limits, on its own (pure functions). */
import { everySectionPage } from '../../helpers.js';
import { describe, expect, test } from 'vitest';
import { decodeView, encodeView, MAX_VALUE_LENGTH } from '../../../src/adapters/slack/action-state.js';
import { escapeMrkdwn, renderSegments } from '../../../src/adapters/slack/mrkdwn.js';
import { MAX_BLOCKS, MAX_BLOCKS_JSON, MAX_SECTION_TEXT, renderAnswer, type SlackMessage } from '../../../src/adapters/slack/render.js';
import type { SearchAnswer, SectionAnswer, SectionsAnswer, Segment } from '../../../src/answers.js';
import { messageProblem } from '../../fakes/slack/fake-slack.js';
import { blockText } from './harness.js';
import { reportService } from './harness.js';

function expectWithinSlackLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(MAX_BLOCKS_JSON);
  for (const block of message.blocks) {
    if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  }
  // The fake applies Slack's own published limits independently of the renderer's constants.
  expect(messageProblem(message as unknown as Record<string, unknown>)).toBeUndefined();
}

describe('escaping', () => {
  test('mention, broadcast and link markup become entities', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <https://x.example|y> a&b')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://x.example|y&gt; a&amp;b',
    );
  });

  test('control characters are dropped, newlines kept, emoji and Cyrillic untouched', () => {
    expect(escapeMrkdwn('a\u0000b\u0007c\nd 🙂 Қазақстан')).toBe('abc\nd 🙂 Қазақстан');
  });

  test('report text with markup in it is escaped inside every block', () => {
    const answer: SearchAnswer = {
      kind: 'search',
      report: { id: 'r', title: 'Report <!here>', country: 'X', year: 2017 },
      query: '<@U0BOB>',
      covered: true,
      confidence: 0.9,
      smallTalk: false,
      hits: [{
        reportId: 'r', paragraphId: 'p', sectionId: 's', citation: '§1 <!channel> ¶1', text: 'x', answer: 'x', score: 1,
        segments: [{ text: 'Ping <!everyone> and ', answer: true }, { text: '<@U999>', match: true }],
        matchedTerms: ['<!subteam^S1>'],
      }],
      total: 1, offset: 0, limit: 3, suggestions: [],
    };
    const message = renderAnswer(answer, { audience: 'ephemeral' });
    const shown = `${blockText(message)}\n${message.text}`;
    for (const live of ['<!here>', '<@U0BOB>', '<!channel>', '<!everyone>', '<@U999>', '<!subteam']) expect(shown).not.toContain(live);
  });

  test('every mrkdwn text is verbatim, so Slack does not linkify names or URLs in report text', () => {
    const message = renderAnswer(reportService().search('internet freedom'), { audience: 'ephemeral' });
    const mrkdwn: Array<Record<string, unknown>> = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn') mrkdwn.push(o);
      Object.values(o).forEach(walk);
    };
    walk(message.blocks);
    expect(mrkdwn.length).toBeGreaterThan(3);
    for (const text of mrkdwn) expect(text.verbatim).toBe(true);
  });
});

describe('styling', () => {
  test('the answer sentence is one bold run even when matched words split it into segments', () => {
    const segments: Segment[] = [
      { text: 'Police ', answer: true }, { text: 'tortured', answer: true, match: true }, { text: ' detainees.', answer: true }, { text: ' Others disagreed.' },
    ];
    expect(renderSegments(segments)).toBe('*Police tortured detainees.* Others disagreed.');
  });

  test('a bold answer of two sentences (one referring back to the other) is one bold run', () => {
    const answer = reportService().search('what discouraged citizens from joining political parties', { limit: 1 }) as SearchAnswer;
    expect(answer.hits[0]?.answer).toMatch(/place of employment\. This requirement/);
    expect(blockText(renderAnswer(answer, { audience: 'ephemeral' }))).toMatch(/\*[^*]*must register members[^*]*place of employment\. This requirement[^*]*\*/);
  });

  test("the report's italics become Slack italics, inside bold too", () => {
    const segments: Segment[] = [{ text: 'See ' }, { text: 'Forbes Kazakhstan', emphasis: true }, { text: ' editors ', answer: true }, { text: 'Vlast', answer: true, emphasis: true }];
    expect(renderSegments(segments)).toBe('See _Forbes Kazakhstan_ *editors _Vlast_*');
  });

  test('a link split by a highlighted word stays one link; unsafe URLs stay plain text', () => {
    const url = 'http://www.state.gov/j/tip/';
    expect(renderSegments([{ text: 'http', link: url, match: true }, { text: '://www.state.gov/j/tip/', link: url }])).toBe(`<${url}|http://www.state.gov/j/tip/>`);
    expect(renderSegments([{ text: 'click', link: 'javascript:alert(1)' }])).toBe('click');
  });
});

describe('Slack limits', () => {
  test('every page of the longest section of the real report fits in one message', () => {
    let longest: SectionAnswer | undefined;
    for (const answer of everySectionPage(reportService())) {
      if (!longest || answer.text.length > longest.text.length) longest = answer;
      expectWithinSlackLimits(renderAnswer(answer, { audience: 'ephemeral' }));
    }
    // The longest page is shown whole: nothing trimmed.
    const message = renderAnswer(longest!, { audience: 'ephemeral' });
    expect(blockText(message)).not.toContain('The rest is cut here');
    const lastWords = longest!.text.trim().split(/\s+/).slice(-3).join(' ');
    expect(blockText(message)).toContain(escapeMrkdwn(lastWords).replace(/[*_]/g, ''));
  });

  test('a section page far beyond Slack limits is cut to fit, says so, and keeps its buttons', () => {
    const paragraph = 'Authorities detained the journalist & held him for 72 hours <without> charge. '.repeat(60);
    const text = Array.from({ length: 12 }, () => paragraph).join('\n\n');
    const answer: SectionAnswer = {
      kind: 'section', report: { id: 'r', title: 'Report', country: 'X', year: 2017 }, id: '1', ref: '1', heading: 'H', path: ['H'],
      label: `§1 ${'Very long heading '.repeat(20)}`, page: 2, pages: 3, text, segments: [{ text }], children: [],
    };
    const message = renderAnswer(answer, { audience: 'ephemeral' });
    expectWithinSlackLimits(message);
    expect(blockText(message)).toContain('The rest is cut here');
    const actions = message.blocks.filter((b) => b.type === 'actions');
    expect(JSON.stringify(actions)).toContain('hr_prev');
    expect(JSON.stringify(actions)).toContain('hr_next');
    expect(JSON.stringify(actions)).toContain('hr_share');
  });

  test('a section cut to fit the message stays within the section limit when its text is full of quotes', () => {
    // Quotes double in JSON, so the message's byte budget left room for more than a section may hold:
    // the cut kept a full 3,000-character section and then added its own " …".
    const text = `${'"'.repeat(2996)}\n\n${'"'.repeat(2996)}`;
    const answer: SectionAnswer = {
      kind: 'section', report: { id: 'r', title: 'Report', country: 'X', year: 2017 }, id: '1', ref: '1', heading: 'H', path: ['H'],
      label: '§1 H', page: 1, pages: 1, text, segments: [{ text }], children: [],
    };
    const message = renderAnswer(answer, { audience: 'public' });
    expectWithinSlackLimits(message);
    expect(blockText(message)).toContain('The rest is cut here');
  });

  test('a line cut to fit the message never grows past the section limit', () => {
    // Found by the hostile-input property (seed 1198003160), shrunk: a table of contents whose second
    // long line, full of quotes, is cut to the room the message leaves. The cut ended a word early and
    // added " …" and a closing "_" (for the reference's stray one) to a line already near the limit.
    const wide = '\u{10000}';
    // Swept over the title's length, which moves the room the message leaves by a character at a time.
    for (let title = 20; title <= 60; title += 1) {
      const answer: SectionsAnswer = {
        kind: 'sections', report: { id: 'r', title: 'T'.repeat(title), country: 'X', year: 2017 }, chosenReport: '! '.repeat(628),
        entries: [
          `${wide.repeat(4)} ${wide.repeat(9)} ${wide.repeat(4)} &${wide.repeat(2)} ${wide} <${wide.repeat(3)} ${wide.repeat(2)}`,
          `@everyone @everyone !${wide.repeat(6)} ${wide} ${wide.repeat(2)} ${wide} @everyone`,
          `@everyone @everyone aaaaaaaaaaa ${wide.repeat(4)} ${wide.repeat(7)} ${wide} <@!42>`,
          `${wide.repeat(8)} ${wide.repeat(5)} *_ ${wide.repeat(7)}`,
        ].map((ref, i) => ({ id: ref, ref, label: ['', 'aaaaaaa '.repeat(367), '', '" '.repeat(1475)][i]!, depth: i % 2 })),
      };
      expectWithinSlackLimits(renderAnswer(answer, { audience: 'ephemeral' }));
    }
  });

  test('ten results with long paragraphs stay within the limits', () => {
    const answer = reportService().search('government', { limit: 10 });
    expect(answer.kind).toBe('search');
    expectWithinSlackLimits(renderAnswer(answer, { audience: 'ephemeral' }));
  });

  test('the whole table of contents fits', () => {
    expectWithinSlackLimits(renderAnswer(reportService().sections(), { audience: 'ephemeral' }));
  });
});

describe('button state', () => {
  test('views survive the round trip through a button value, even with | in a query', () => {
    for (const view of [
      { kind: 'search', query: 'a | b "quoted"', offset: 6 },
      { kind: 'section', ref: '2a/internet-freedom', page: 3 },
      { kind: 'sections' },
      { kind: 'fact', factId: '2.a#3/1' },
      { kind: 'fact', factId: 'atlantis-2019-human-rights-report/2.a#3/1~0a1b2c3d' },
      { kind: 'search', query: 'a | b', offset: 3, report: 'atlantis-2019-human-rights-report' },
      { kind: 'section', ref: '2a', page: 2, report: 'kazakhstan-2017-human-rights-report' },
      { kind: 'sections', report: 'kazakhstan-2017-human-rights-report' },
    ] as const) {
      expect(decodeView(encodeView(view))).toEqual(view);
    }
  });

  test('values that are not ours decode to nothing', () => {
    for (const junk of [undefined, '', 'x', 'q|', 'q|abc|query', 's|1|', 'q|9999999|x']) expect(decodeView(junk)).toBeUndefined();
  });

  test('a value never exceeds Slack\'s 2000 characters', () => {
    expect(encodeView({ kind: 'search', query: 'x'.repeat(5000), offset: 3 }).length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
  });
});

describe('a fact', () => {
  test('names the year the report describes under the fact, so "during the year" is not read as news', () => {
    const answer = reportService().fact({ date: '2026-12-04' });
    if (answer.kind !== 'fact') throw new Error('the report should have a fact for every day');
    const undated = { ...answer, fact: { ...answer.fact, text: 'During the year police detained 40 protesters.' } };
    const text = blockText(renderAnswer(undated, { audience: 'public' }));
    expect(text).toContain(answer.fact.citation);
    expect(text).toContain('Kazakhstan 2017 Human Rights Report · events of 2017');
  });
});
describe('what the report does not cover', () => {
  test('a warning heads the closest passages, and small talk gets a pointer to /hr help', () => {
    const service = reportService();
    const notCovered = renderAnswer(service.search('chocolate cake recipe') as SearchAnswer, { audience: 'ephemeral' });
    expect(blockText(notCovered)).toMatch(/The report doesn't seem to cover “chocolate cake recipe”/);
    expectWithinSlackLimits(notCovered);
    const hello = renderAnswer(service.search('hello') as SearchAnswer, { audience: 'ephemeral' });
    expect(blockText(hello)).toMatch(/\/hr help/);
    expectWithinSlackLimits(hello);
  });
});


/** Discord markdown for report and user text: escaping, mentions, styled segments and truncation. */
import { everySectionPage } from '../../helpers.js';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../src/answers.js';
import { escapeMarkdown, neutraliseMentions, plain, plainWithCode, renderSegments } from '../../../src/adapters/discord/markdown.js';
import { realService } from './harness.js';
import { readable } from './readable.js';

const MENTION = /@everyone|@here|<@!?\d+>|<@&\d+>/;

describe('escaping and mentions', () => {
  it.each([
    ['**bold** _it_ ~~strike~~ `code` ||spoiler||', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~strike\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['# heading\n> quote\n- item\n1. first', '\\# heading\n\\> quote\n\\- item\n1\\. first'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j so Discord shows it as typed', (input, escaped) => {
    expect(escapeMarkdown(input)).toBe(escaped);
  });

  it('leaves ordinary report prose alone', () => {
    const prose = 'On March 15, police detained a 29-year-old resident of Astana (OSCE/ODIHR) for 72 hours.';
    expect(plain(prose)).toBe(prose);
  });

  it.each(['@everyone', '@here', '@EVERYONE', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>'])(
    'breaks %s so it can neither ping nor render as a mention',
    (mention) => {
      const safe = neutraliseMentions(`hi ${mention} there`);
      expect(safe).not.toMatch(new RegExp(MENTION.source, 'i'));
      expect(safe.replace(/\u200b/g, '')).toBe(`hi ${mention} there`);
    },
  );

  it('keeps short code spans from the service as code, escaping the rest', () => {
    expect(plainWithCode('No section “*x*”. Try `sections` or `section 2a`.')).toBe('No section “\\*x\\*”. Try `sections` or `section 2a`.');
    expect(plainWithCode('`@everyone` and @here')).not.toMatch(/@everyone|@here/);
  });

  it('drops control characters and bidi overrides but keeps line breaks', () => {
    expect(plain('a\u0000b\u0007c\u001b[31md\u202ee\nf\tg')).toBe('abc\\[31mde\nf\tg');
  });
});

describe('styled segments', () => {
  it('bolds the answer, underlines matches, keeps italics and links', () => {
    const segments: Segment[] = [
      { text: 'According to ' },
      { text: 'Forbes', emphasis: true, link: 'https://forbes.kz/a_(b)' },
      { text: ', police ', answer: true },
      { text: 'held', answer: true, match: true },
      { text: ' him.', answer: true },
      { text: ' Later text.' },
    ];
    const md = renderSegments(segments, 4096);
    expect(md).toBe('According to *[Forbes](https://forbes.kz/a_%28b%29)*\u200b**, police __held__ him.** Later text.');
  });

  it('never puts a closing marker against an opening one', () => {
    const md = renderSegments([{ text: 'Forbes', emphasis: true }, { text: 'Kazakhstan', emphasis: true, answer: true }], 4096);
    expect(md).toBe('*Forbes*\u200b***Kazakhstan***');
  });

  it('keeps whitespace outside markers, where Discord needs it', () => {
    const md = renderSegments([{ text: 'the ' }, { text: ' torture ', emphasis: true }, { text: 'law' }], 4096);
    expect(md).toBe('the  *torture* law');
  });

  it('reads back as the same text for every excerpt and section page of the report', () => {
    const service = realService();
    let pages = 0;
    for (const answer of everySectionPage(service)) {
      expect(readable(renderSegments(answer.segments, 100_000))).toBe(answer.segments.map((s) => s.text).join(''));
      pages++;
    }
    for (const q of ['torture', 'forbes kazakhstan', 'internet freedom', 'how long can police hold a detainee']) {
      const answer = service.search(q, { limit: 10 });
      if (answer.kind !== 'search') throw new Error(`${q} should find something`);
      for (const hit of answer.hits) expect(readable(renderSegments(hit.segments, 100_000))).toBe(hit.text);
    }
    expect(pages).toBeGreaterThan(40);
  });

  it('fits a long paragraph in the limit and keeps a late answer in view', () => {
    const before = 'Earlier context about the case. '.repeat(200);
    const answer = 'The law allows police to hold a detainee for 72 hours before bringing charges.';
    const segments: Segment[] = [{ text: before }, { text: answer, answer: true }, { text: ' More after. '.repeat(200) }];
    const md = renderSegments(segments, 1000);
    expect(md.length).toBeLessThanOrEqual(1000);
    expect(md).toContain(`**${answer}**`);
    expect(md.startsWith('… ')).toBe(true);
    expect(md.endsWith('…')).toBe(true);
  });

  it('cuts at a word and never leaves a marker open', () => {
    const segments: Segment[] = [{ text: 'word '.repeat(100), answer: true }];
    for (const max of [50, 101, 333]) {
      const md = renderSegments(segments, max);
      expect(md.length).toBeLessThanOrEqual(max);
      expect(md).toMatch(/^\*\*(word ?)+\*\*…$/);
    }
  });
});

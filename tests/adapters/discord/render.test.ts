/** Rendering answers to Discord payloads on its own: every limit, for the real report and for extremes. */
import { everySectionPage } from '../../helpers.js';
import { describe, expect, it } from 'vitest';
import { errorAnswer, type Excerpt, type SearchAnswer, type SectionsAnswer, type SectionSuggestion } from '../../../src/answers.js';
import { ButtonIds } from '../../../src/adapters/discord/button-ids.js';
import {
  factEmbed, LIMITS, renderAnswer, renderChoices, renderErrorAnswer, type DiscordMessage, type RenderOptions,
} from '../../../src/adapters/discord/render.js';
import { PAGE_CHARS } from '../../../src/search/service.js';
import { realService } from './harness.js';
import { expectWithinLimits } from './limits.js';
import { readable } from './readable.js';

const ids = new ButtonIds();
const privately: RenderOptions = { visibility: 'private', buttonId: (a) => ids.encode(a) };


describe('rendering the real report', () => {
  it('fits every page of every section, with its heading path and page number', () => {
    let longest = 0;
    for (const answer of everySectionPage(realService())) {
      const message = renderAnswer(answer, privately);
      expectWithinLimits(message);
      const embed = message.embeds[0]!;
      // Nothing of a page is cut: it reads back whole.
      expect(readable(embed.description ?? '')).toBe(answer.text);
      expect(readable(embed.title ?? '')).toBe(answer.label);
      expect(embed.footer?.text).toContain(`page ${answer.page} of ${answer.pages}`);
      expect(message.components.length).toBe(answer.pages > 1 ? 1 : 0);
      longest = Math.max(longest, embed.description?.length ?? 0);
    }
    // The loop did meet full pages, not only short ones.
    expect(longest).toBeGreaterThan(PAGE_CHARS * 0.9);
  });

  it('renders the table of contents and help within limits', () => {
    for (const answer of [realService().sections(), realService().help()]) expectWithinLimits(renderAnswer(answer, privately));
  });
});

describe('rendering a bold answer of two sentences', () => {
  it('keeps both sentences in one bold run, the sentence referred to and the one referring back', () => {
    const answer = realService().search('what discouraged citizens from joining political parties', { limit: 1 }) as SearchAnswer;
    expect(answer.hits[0]?.answer).toMatch(/place of employment\. This requirement/);
    const description = renderAnswer(answer, privately).embeds[0]!.description!.replaceAll('__', '');
    expect(description).toMatch(/\*\*[^*]*must register members[^*]*place of employment\. This requirement[^*]*\*\*/);
  });
});

describe('rendering extremes', () => {
  const report = realService().reports[0]!;
  const hugeExcerpt = (n: number): Excerpt => {
    const answer = `Answer sentence number ${n} that says what the law allows.`;
    return {
      reportId: report.id,
      paragraphId: `1.d#${n}`,
      sectionId: '1.d',
      citation: `§1.d ${'Very Long Heading › '.repeat(20)}¶${n}`,
      text: `${'Context. '.repeat(600)}${answer}${' Tail.'.repeat(300)}`,
      segments: [{ text: 'Context. '.repeat(600) }, { text: answer, answer: true }, { text: ' Tail.'.repeat(300) }],
      answer,
      matchedTerms: ['law'],
      score: 1,
    };
  };

  it('shows at most three huge excerpts in one message, each with its answer in view', () => {
    const answer: SearchAnswer = {
      kind: 'search', report, query: 'q'.repeat(300), covered: true, confidence: 0.9, smallTalk: false, hits: Array.from({ length: 10 }, (_, n) => hugeExcerpt(n)),
      total: 500, offset: 0, limit: 10, nextOffset: 10, suggestions: [],
    };
    const message = renderAnswer(answer, privately);
    expectWithinLimits(message);
    expect(message.embeds).toHaveLength(3);
    message.embeds.forEach((e, n) => expect(e.description).toContain(`**Answer sentence number ${n}`));
    expect(message.ephemeral).toBe(true);
  });

  it('keeps button state for a long or non-ASCII query within 100 characters', () => {
    for (const query of ['q'.repeat(300), 'пытки и задержание '.repeat(10), 'torture']) {
      const message = renderAnswer({ kind: 'search', report, query, covered: true, confidence: 0.9, smallTalk: false, hits: [hugeExcerpt(1)], total: 9, offset: 0, limit: 3, nextOffset: 3, suggestions: [] }, privately);
      expectWithinLimits(message);
      const more = message.components[0]!.components.find((b) => 'label' in b && b.label === 'More results');
      const decoded = ids.decode(more && 'custom_id' in more ? more.custom_id : '');
      expect(decoded).toEqual({ action: 'more', query, offset: 3 });
    }
  });

  it('lists a huge table of contents as far as it fits and says how much is left', () => {
    const entries = Array.from({ length: 500 }, (_, n) => ({ ref: `s${n}`, id: `${n}`, label: `§${n} A section with a rather long heading number ${n}`, depth: n % 3 }));
    const answer: SectionsAnswer = { kind: 'sections', report, entries };
    const message = renderAnswer(answer, privately);
    expectWithinLimits(message);
    expect(message.embeds[0]!.description).toMatch(/…and \d+ more/);
  });

  it('keeps an error with many suggestions short, private and unable to ping', () => {
    const suggestions: SectionSuggestion[] = Array.from({ length: 200 }, (_, n) => ({ ref: `r${n}`, id: `${n}`, label: `@everyone section ${n} ${'x'.repeat(50)}` }));
    const message = renderErrorAnswer(errorAnswer('unknown-section', 'There is no section “<@123456789012345678>”.', suggestions));
    expectWithinLimits(message);
    expect(message.ephemeral).toBe(true);
    expect(message.content).not.toMatch(/@everyone|<@\d+>/);
  });

  it('offers at most 25 autocomplete choices within 100 characters, skipping refs too long to send', () => {
    const suggestions: SectionSuggestion[] = Array.from({ length: 40 }, (_, n) => ({ ref: n === 0 ? 'r'.repeat(101) : `r${n}`, id: `${n}`, label: `§${n} ${'Heading › '.repeat(20)}` }));
    const choices = renderChoices(suggestions);
    expect(choices).toHaveLength(25);
    expect(choices[0]!.value).toBe('r1');
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('user text in Discord output', () => {
  const shared: RenderOptions = { visibility: 'public', buttonId: (a) => ids.encode(a), sharedBy: '123456789012345678' };
  const everything = (m: DiscordMessage) => JSON.stringify([m.content, m.embeds]);

  it('Share in channel does not post a URL the user typed as a live link', () => {
    for (const query of ['https://evil.example/login torture', 'torture http://x.test', 'see <https://evil.example> prison', 'hxxp ftp://files.example']) {
      const answer = realService().search(query);
      const message = renderAnswer(answer, answer.kind === 'error' ? privately : shared);
      expect(everything(message)).not.toMatch(/(?:https?|ftp):\/\/(?:evil|x\.test|files)/i);
    }
    const nothing = renderAnswer(realService().search('https://evil.example/zzzzqqqq'), shared);
    expect(everything(nothing)).not.toMatch(/https?:\/\/evil/i);
    expect(everything(nothing)).toContain('evil.example');
  });

  it('lone surrogates never reach Discord, whole emoji do', () => {
    const message = renderAnswer(realService().search('torture \uD83D prison \uDE00 😀'), shared);
    // JSON.stringify writes a lone surrogate as an escape and a whole pair as itself.
    const loneSurrogate = /\\ud[89a-f][0-9a-f]{2}/i;
    expect(everything(message)).not.toMatch(loneSurrogate);
    expect(message.content).toContain('😀');
    const cut = renderErrorAnswer(errorAnswer('bad-argument', `${'x'.repeat(LIMITS.content - 2)}😀😀`));
    expect(JSON.stringify(cut.content)).not.toMatch(loneSurrogate);
  });
});

describe('rendering a fact', () => {
  it('says in the footer which year the report describes, so "during the year" is not read as news', () => {
    const service = realService();
    const answer = service.fact({ date: '2026-12-04' });
    if (answer.kind !== 'fact') throw new Error('the report should have a fact for every day');
    const undated = { ...answer, fact: { ...answer.fact, text: 'During the year police detained 40 protesters.' } };
    const embed = factEmbed(undated);
    expect(embed.title).toBe('Fact of the day · 2026-12-04');
    expect(embed.footer?.text).toBe(`${answer.fact.citation} · Kazakhstan 2017 Human Rights Report · events of 2017`);
    // A fact that dates itself is not filed under the report year.
    const dated = { ...answer, fact: { ...answer.fact, text: 'In 2016 police detained 40 protesters.' } };
    expect(factEmbed(dated).footer?.text).toBe(`${answer.fact.citation} · Kazakhstan 2017 Human Rights Report`);
  });
});
describe('rendering what the report does not cover', () => {
  const service = realService();
  it('warns above the closest passages when the report does not seem to cover the query', () => {
    const answer = service.search('chocolate cake recipe') as SearchAnswer;
    const message = renderAnswer(answer, privately);
    expect(message.content).toMatch(/^The report doesn't seem to cover “chocolate cake recipe”.*\n\*\*Closest passages 1–3\*\*/);
    expect(message.embeds.length).toBeGreaterThan(0);
    expectWithinLimits(message);
  });

  it('answers small talk with one line pointing to /hr help', () => {
    const message = renderAnswer(service.search('hello') as SearchAnswer, privately);
    expect(message.content).toMatch(/\/hr help/);
    expect(message.embeds).toEqual([]);
    expectWithinLimits(message);
  });
});


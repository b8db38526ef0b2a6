import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer, SearchAnswer, SectionAnswer } from '../../src/answers.js';
import { termOf, tokenize } from '../../src/search/analysis.js';
import type { QueryService } from '../../src/search/query-service.js';
import { openQueryService } from '../../src/search/open-service.js';
import { MAX_QUERY_CHARS, PAGE_CHARS } from '../../src/search/service.js';
import { FIXTURE_DIR, REPORT_DIR, copyToTemp, everySectionPage, realReportParsed } from '../helpers.js';

let service: QueryService;
beforeAll(() => {
  service = openQueryService({ indexDir: REPORT_DIR });
});

const search = (q: string, options = {}) => service.search(q, options) as SearchAnswer;
const topTexts = (q: string, n = 3) => search(q).hits.slice(0, n).map((h) => h.text);

describe('searching the report', () => {
  it.each([
    ['How long can police hold a detainee before charging them?', 'hold a detainee for 72 hours'],
    ['torture complaints ombudsman', '106 complaints alleging torture'],
    ['minimum age for marriage', 'minimum age for marriage is 18'],
    ['kids picking cotton', 'cotton'],
  ])('finds the paragraph that answers %j in the top three', (query, answer) => {
    expect(topTexts(query).some((t) => t.includes(answer))).toBe(true);
  });

  it('returns whole paragraphs with their citation, the answering sentence and the matched words', () => {
    const hit = search('How long can police hold a detainee before charging them?').hits.find((h) => h.text.includes('72 hours'))!;
    expect(hit.citation).toMatch(/^§1\.d Arbitrary Arrest or Detention › .* ¶\d+$/);
    expect(hit.answer).toContain('72 hours');
    expect(hit.text).toContain(hit.answer);
    expect(hit.matchedTerms).toEqual(expect.arrayContaining(['police', 'detainee']));
    expect(hit.segments.map((s) => s.text).join('')).toBe(hit.text);
    expect(hit.segments.filter((s) => s.answer).map((s) => s.text).join('')).toBe(hit.answer);
  });

  it('highlights every word of a shown paragraph with a highlighted term, capitalised or not, on its first showing and after, as kept', () => {
    // A fresh service: a paragraph's first showing analyses only the words that can match.
    const fresh = openQueryService({ indexDir: REPORT_DIR });
    const highlighted = () =>
      (fresh.search('Ombudsman torture complaints Almaty police', { limit: 10 }) as SearchAnswer).hits.map((h) => {
        const words = h.segments.filter((s) => s.match).flatMap((s) => tokenize(s.text).map((t) => t.surface));
        const terms = new Set(words.map((w) => termOf(w)));
        // `matchedTerms` in text order, as on the first showing.
        return { id: h.paragraphId, words, sameTerm: tokenize(h.text).filter((t) => terms.has(termOf(t.surface))).map((t) => t.surface), matched: h.matchedTerms };
      });
    const first = highlighted();
    expect(first.flatMap((h) => h.words).filter((w) => /^[A-Z]/.test(w)).length).toBeGreaterThan(0);
    for (const h of first) expect(h.words).toEqual(h.sameTerm);
    // The second showing groups the paragraph's words by term; the third reads them as kept.
    expect(highlighted()).toEqual(first);
    expect(highlighted()).toEqual(first);
  });

  it('tolerates typos', () => {
    expect(topTexts('torure complaints ombudsman').some((t) => t.includes('106 complaints'))).toBe(true);
    expect(topTexts('religous freedom').length).toBeGreaterThan(0);
  });

  it('treats curly and straight quotes, case and accents alike', () => {
    const a = search("president's family").hits.map((h) => h.paragraphId);
    const b = search('PRESIDENT’S FÁMILY').hits.map((h) => h.paragraphId);
    expect(b).toEqual(a);
  });

  it('keeps only paragraphs containing a "quoted phrase"', () => {
    const answer = search('"right to strike"', { limit: 10 });
    expect(answer.hits.length).toBeGreaterThan(0);
    for (const h of answer.hits) expect(h.text.toLowerCase()).toContain('right to strike');
  });

  it('restricts results to a section given as section:2a or as an option', () => {
    for (const answer of [search('section:2a blocked websites', { limit: 10 }), search('blocked websites', { limit: 10, section: '2a' })]) {
      expect(answer.hits.length).toBeGreaterThan(0);
      for (const h of answer.hits) expect(h.sectionId.startsWith('2.a')).toBe(true);
    }
  });

  it('pages through results with offset and says where the next page starts', () => {
    const first = search('court', { limit: 3 });
    const second = search('court', { limit: 3, offset: first.nextOffset });
    expect(first.total).toBeGreaterThan(6);
    expect(first.nextOffset).toBe(3);
    expect(second.offset).toBe(3);
    expect(second.hits.map((h) => h.paragraphId)).not.toEqual(expect.arrayContaining(first.hits.map((h) => h.paragraphId)));
  });

  it('pages on through the paragraphs below the re-ranked head: every candidate once, scores never rising', () => {
    // 'court' matches well over the 30 re-ranked candidates; below them BM25's order stands, kept as
    // positions until a page reaches them. Paged ten at a time, the whole ranking reads as one list.
    const pages: SearchAnswer[] = [];
    for (let offset = 0; offset === 0 || offset < pages[0]!.total; offset += 10) pages.push(search('court', { limit: 10, offset }));
    const hits = pages.flatMap((p) => p.hits);
    expect(pages[0]!.total).toBeGreaterThan(40);
    expect(hits).toHaveLength(pages[0]!.total);
    expect(new Set(hits.map((h) => h.paragraphId)).size).toBe(hits.length);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    expect(hits[0]!.score).toBe(1);
    expect(hits.at(-1)!.score).toBeGreaterThan(0);
    // A page past the end is empty, and the same page asked twice is the same.
    expect(search('court', { limit: 10, offset: hits.length }).hits).toEqual([]);
    expect(search('court', { limit: 10, offset: 40 }).hits.map((h) => h.paragraphId)).toEqual(pages[4]!.hits.map((h) => h.paragraphId));
  });
});

describe('bad input is an answer, not a crash', () => {
  it.each(['', '   ', '\u0000\u0007\n'])('asks for a query when given %j', (q) => {
    expect(service.search(q)).toMatchObject({ kind: 'error', code: 'empty-query' });
  });

  it('refuses a 10,000-character query kindly', () => {
    const answer = service.search('torture '.repeat(1250)) as ErrorAnswer;
    expect(answer).toMatchObject({ kind: 'error', code: 'query-too-long' });
    expect(answer.message).toContain(String(MAX_QUERY_CHARS));
  });

  it('says a query of only stop words has nothing to search for', () => {
    expect(service.search('what is the of and')).toMatchObject({ kind: 'error', code: 'empty-query' });
  });

  it.each(['🙂🙂🙂', 'حقوق الإنسان', 'xqzvw plmkj'])('answers %j with no hits and suggestions rather than failing', (q) => {
    const answer = service.search(q);
    expect(answer.kind === 'search' ? answer.hits : []).toEqual([]);
    if (answer.kind === 'search') expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('names an unknown section in a section: filter', () => {
    expect(service.search('torture section:9')).toMatchObject({ kind: 'error', code: 'unknown-section' });
  });
});

describe('reading sections', () => {
  it('returns the heading path and the first page of a section', () => {
    const s = service.section('2a') as SectionAnswer;
    expect(s).toMatchObject({ kind: 'section', id: '2.a', ref: '2a', page: 1, heading: 'Freedom of Expression, Including for the Press' });
    expect(s.path).toEqual(['Respect for Civil Liberties, Including', 'Freedom of Expression, Including for the Press']);
    expect(s.pages).toBeGreaterThan(1);
    expect(s.children.map((c) => c.id)).toContain('2.a/internet-freedom');
  });

  it('splits every section into pages that fit a chat message and lose no paragraph', () => {
    const shown = new Map<string, string>();
    for (const page of everySectionPage(service)) {
      expect(page.text.length).toBeLessThanOrEqual(PAGE_CHARS);
      shown.set(page.id, (shown.get(page.id) ?? '') + page.text);
    }
    // A section's pages hold every paragraph under it, sub-headings included.
    const paragraphs = realReportParsed().paragraphs.filter((p) => p.sectionId === '2.a' || p.sectionId.startsWith('2.a/'));
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) expect(shown.get('2.a')).toContain(p.text);
  });

  it('clamps a page past the end to the last page', () => {
    const s = service.section('2a', { page: 999 }) as SectionAnswer;
    expect(s.page).toBe(s.pages);
  });

  it.each(['9', '2h', '1z', '2aa', ''])('answers an unknown section %j with what exists', (ref) => {
    const answer = service.section(ref) as ErrorAnswer;
    expect(answer).toMatchObject({ kind: 'error', code: 'unknown-section' });
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('lists the table of contents without inline topics', () => {
    const toc = service.sections();
    expect(toc.kind).toBe('sections');
    if (toc.kind === 'sections') {
      expect(toc.entries[0]).toMatchObject({ ref: 'exec', depth: 0 });
      expect(toc.entries.some((e) => e.id.endsWith('/physical-conditions'))).toBe(false);
    }
  });

  it('offers at most 25 autocomplete suggestions', () => {
    expect(service.suggest('').length).toBeLessThanOrEqual(25);
    expect(service.suggest('a'.repeat(5000)).length).toBeLessThanOrEqual(25);
  });
});

describe('a second report dropped into the index folder', () => {
  it('is parsed, indexed and searchable with no code change', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const atlantis = openQueryService({ indexDir: dir });
    expect(atlantis.reports[0]).toMatchObject({ id: 'atlantis-2019-human-rights-report', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019 });
    const hit = (atlantis.search('how much notice before divers strike') as SearchAnswer).hits[0]!;
    expect(hit.text).toContain('ten days in advance');
    expect(hit.citation).toBe('§7.a Freedom of Association and the Right to Collective Bargaining ¶1');
    const prison = atlantis.section('aquarium prison conditions') as SectionAnswer;
    expect(prison.text).toContain('$12,000');
    expect(prison.text).toContain('Physical Conditions: Cells in the lower levels');
  });

  it('joins the fixture paragraph split by a page break', () => {
    const atlantis = openQueryService({ indexDir: copyToTemp(FIXTURE_DIR) });
    const hit = (atlantis.search('suspects underwater interrogations') as SearchAnswer).hits[0]!;
    expect(hit.text).toBe('The law prohibits torture, but the coral police were accused of holding suspects underwater during interrogations at the harbor station. The ombudsman received 42 complaints of such treatment.');
  });
});

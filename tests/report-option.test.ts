/**
 * `report:…` typed on Slack and in the console: parsed once (commands/parse.ts) and resolved once
 * (src/invocation.ts) over three reports, so every text platform behaves the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../commands/parse.js';
import type { ErrorAnswer, ReportsAnswer, SearchAnswer, SectionAnswer, SectionsAnswer } from '../src/answers.js';
import { answerFromService } from '../src/invocation.js';
import { ATLANTIS_2017, ATLANTIS_2019, KAZAKHSTAN_2017, realService, severalReportsService } from './helpers.js';

const service = severalReportsService();
const answer = (text: string) => {
  const parsed = parseCommandText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return answerFromService(service, parsed.invocation, { limit: 10 });
};

describe('report:… in the command text', () => {
  it('is taken out of the text wherever it stands, with any subcommand', () => {
    expect(parseCommandText('search prison report:2019 conditions')).toEqual({ ok: true, invocation: { name: 'search', query: 'prison conditions', report: '2019' } });
    expect(parseCommandText('/hr report:atlantis-2019 prison')).toEqual({ ok: true, invocation: { name: 'search', query: 'prison', report: 'atlantis-2019' } });
    expect(parseCommandText('section 2a page 2 report:kazakhstan')).toEqual({ ok: true, invocation: { name: 'section', ref: '2a', page: 2, report: 'kazakhstan' } });
    expect(parseCommandText('daily on 08:30 Europe/Paris report:2017')).toEqual({
      ok: true, invocation: { name: 'daily', action: 'on', time: '08:30', timezone: 'Europe/Paris', report: '2017' },
    });
    expect(parseCommandText('sections REPORT:"atlantis 2019"')).toEqual({ ok: true, invocation: { name: 'sections', report: 'atlantis 2019' } });
  });

  it('leaves text without it exactly as before', () => {
    expect(parseCommandText('search the report: prison')).toEqual({ ok: true, invocation: { name: 'search', query: 'the report: prison' } });
    expect(parseCommandText('daily on 09:00 UTC')).toEqual({ ok: true, invocation: { name: 'daily', action: 'on', time: '09:00', timezone: 'UTC' } });
  });

  it('refuses an empty or a doubled report kindly', () => {
    expect(parseCommandText('search prison report:""')).toMatchObject({ ok: false, message: expect.stringContaining('report:2018') });
    expect(parseCommandText('search prison report:2017 report:2019')).toMatchObject({ ok: false, message: expect.stringContaining('one report') });
  });

  it('keeps a search to the report it names, by id, country and year, or country-year', () => {
    for (const [typed, id] of [[ATLANTIS_2019, ATLANTIS_2019], ['2019', ATLANTIS_2019], ['kazakhstan', KAZAKHSTAN_2017], ['atlantis-2017', ATLANTIS_2017]] as const) {
      const found = answer(`search prison report:${typed}`) as SearchAnswer;
      expect(found.kind).toBe('search');
      expect(found.hits.length).toBeGreaterThan(0);
      expect(found.hits.every((h) => h.reportId === id)).toBe(true);
      expect(found.chosenReport).toBe(id);
    }
  });

  it('searches every report when none is named, each citation naming its report', () => {
    const found = answer('search prison conditions') as SearchAnswer;
    expect(new Set(found.hits.map((h) => h.reportId)).size).toBeGreaterThan(1);
    expect(found.chosenReport).toBeUndefined();
    for (const hit of found.hits) expect(hit.citation).toContain(service.reports.find((r) => r.id === hit.reportId)!.title);
  });

  it('reads sections and the table of contents of the named report', () => {
    expect((answer('section 1b report:kazakhstan') as SectionAnswer).report.id).toBe(KAZAKHSTAN_2017);
    expect((answer('section 1b report:atlantis-2017') as SectionAnswer).text).toContain('17 complaints');
    expect((answer('section 1b report:atlantis-2019') as SectionAnswer).text).toContain('42 complaints');
    expect((answer('sections report:2019') as SectionsAnswer).report.id).toBe(ATLANTIS_2019);
  });

  it('says which reports fit a year or a country that names several', () => {
    const year = answer('search prison report:2017') as ErrorAnswer;
    expect(year).toMatchObject({ kind: 'error', code: 'unknown-report' });
    expect(year.message).toContain(KAZAKHSTAN_2017);
    expect(year.message).toContain(ATLANTIS_2017);
    expect(year.message).not.toContain(ATLANTIS_2019);
    const country = answer('section 2a report:atlantis') as ErrorAnswer;
    expect(country.message).toContain(ATLANTIS_2017);
    expect(country.message).toContain(ATLANTIS_2019);
  });

  it('points to /hr reports for a report that is not there', () => {
    const missing = answer('search prison report:narnia') as ErrorAnswer;
    expect(missing).toMatchObject({ kind: 'error', code: 'unknown-report' });
    expect(missing.message).toContain('“narnia”');
    expect(missing.message).toContain('/hr reports');
  });

  it('lists the reports, the default (newest) first', () => {
    const listed = answer('reports') as ReportsAnswer;
    expect(listed.kind).toBe('reports');
    expect(listed.reports.map((r) => r.id)).toEqual(service.reports.map((r) => r.id));
    expect(listed.reports[0]!.id).toBe(ATLANTIS_2019);
    expect(listed.reports.every((r) => r.paragraphs > 0)).toBe(true);
  });

  it('reads exactly as before with one report installed', () => {
    const one = realService();
    const parsed = parseCommandText('search prison conditions');
    if (!parsed.ok) throw new Error('parse');
    expect(answerFromService(one, parsed.invocation)).toEqual(one.search('prison conditions'));
    const named = parseCommandText('search prison conditions report:kazakhstan');
    if (!named.ok) throw new Error('parse');
    const { chosenReport, ...rest } = answerFromService(one, named.invocation) as SearchAnswer;
    expect(chosenReport).toBe(KAZAKHSTAN_2017);
    expect(rest).toEqual(one.search('prison conditions'));
  });

  it('never throws on hostile text, and never lets report: reach a search', () => {
    const piece = fc.oneof(
      fc.constantFrom('report:', 'REPORT:', 'report:"', 'report:“', '”', '"', 'report:2017', 'report:atlantis', ' ', '\n', '\u0000', '@everyone', '<@1>', 'section', 'search', 'daily', 'fact', 'on', '2a', 'page', '3'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const parsed = parseCommandText(text);
        if (!parsed.ok) {
          expect(parsed.message.length).toBeGreaterThan(0);
          return;
        }
        const inv = parsed.invocation;
        if ('report' in inv && inv.report !== undefined) expect(inv.report.length).toBeGreaterThan(0);
        if (inv.name === 'search') expect(inv.query).not.toMatch(/(^|\s)report:\S/i);
        expect(() => answerFromService(service, inv)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportInfo } from '../../src/answers.js';
import { chooseReport, MAX_REPORT_CHOICES, matchingReports } from '../../src/search/report-choice.js';

const report = (country: string, year: number): ReportInfo => ({
  id: `${country.toLowerCase().replace(/ /g, '-')}-${year}-human-rights-report`,
  title: `${country} ${year} Human Rights Report`,
  country,
  year,
});
const REPORTS = [report('Kazakhstan', 2018), report('Kazakhstan', 2017), report('South Sudan', 2018), report('Côte d’Ivoire', 2016)];

const chosen = (typed: string) => {
  const c = chooseReport(REPORTS, typed);
  return c.kind === 'one' ? c.report.id : c.kind === 'several' ? c.reports.map((r) => r.id) : 'none';
};

describe('choosing a report from what was typed', () => {
  it('takes an exact id, in any case', () => {
    expect(chosen('kazakhstan-2017-human-rights-report')).toBe('kazakhstan-2017-human-rights-report');
    expect(chosen('KAZAKHSTAN-2017-Human-Rights-Report')).toBe('kazakhstan-2017-human-rights-report');
  });

  it('takes a country and a year together, however they are joined', () => {
    expect(chosen('kazakhstan-2018')).toBe('kazakhstan-2018-human-rights-report');
    expect(chosen('Kazakhstan 2017')).toBe('kazakhstan-2017-human-rights-report');
    expect(chosen('south_sudan')).toBe('south-sudan-2018-human-rights-report');
    expect(chosen('cote divoire')).toBe('none');
    expect(chosen('cote')).toBe(REPORTS[3]!.id);
  });

  it('takes a year or a country alone when only one report fits', () => {
    expect(chosen('2016')).toBe(REPORTS[3]!.id);
    expect(chosen('sudan')).toBe('south-sudan-2018-human-rights-report');
  });

  it('says which reports fit when several do', () => {
    expect(chosen('2018')).toEqual(['kazakhstan-2018-human-rights-report', 'south-sudan-2018-human-rights-report']);
    expect(chosen('kazakhstan')).toEqual(['kazakhstan-2018-human-rights-report', 'kazakhstan-2017-human-rights-report']);
  });

  it('finds nothing for a report that is not there', () => {
    expect(chosen('atlantis')).toBe('none');
    expect(chosen('2019')).toBe('none');
    expect(chosen('')).toBe('none');
    expect(chosen('  -- ')).toBe('none');
  });

  it('offers every report for an empty autocomplete, and those that fit as the person types', () => {
    expect(matchingReports(REPORTS, '').map((r) => r.year)).toEqual([2018, 2017, 2018, 2016]);
    expect(matchingReports(REPORTS, 'kaz').map((r) => r.year)).toEqual([2018, 2017]);
    expect(matchingReports(REPORTS, 'Human Rights 2018').map((r) => r.country)).toEqual(['Kazakhstan', 'South Sudan']);
    const many = Array.from({ length: 60 }, (_, i) => report(`Country${i}`, 2000 + (i % 20)));
    expect(matchingReports(many, '')).toHaveLength(MAX_REPORT_CHOICES);
  });

  it('never throws on hostile input and always answers with reports it was given', () => {
    const ids = new Set(REPORTS.map((r) => r.id));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('\u0000', '@everyone', '<@123>', '2018'.repeat(200), 'report:', '-'.repeat(10_000))), (typed) => {
        const c = chooseReport(REPORTS, typed);
        if (c.kind === 'one') expect(ids.has(c.report.id)).toBe(true);
        if (c.kind === 'several') expect(c.reports.length).toBeGreaterThan(1);
        const m = matchingReports(REPORTS, typed);
        expect(m.length).toBeLessThanOrEqual(MAX_REPORT_CHOICES);
        for (const r of m) expect(ids.has(r.id)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

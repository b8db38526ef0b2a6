import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { checkReportFormat } from '../../src/report/format-check.js';
import { readReportSources } from '../../src/report/sources.js';
import { type BuiltIndex } from '../../src/search/built-index.js';
import { loadOrBuildIndex, readCurrentIndex } from '../../src/search/index-build.js';
import type { QueryService } from '../../src/search/query-service.js';
import { SELECTION } from '../../src/search/report-selection.js';
import { createQueryService } from '../../src/search/service.js';
import { type SyntheticReport, writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { REPORT_DIR, realReportParsed } from '../helpers.js';

// More reports than a cross-report search ranks in full, so choosing among them matters.
const REPORTS = SELECTION.reports + 3;
let dir: string;
let reports: SyntheticReport[];
let index: BuiltIndex;
let service: QueryService;
const idOf = (r: SyntheticReport) => r.file.replace(/\.txt$/, '');

beforeAll(() => {
  ({ dir, reports } = writeSyntheticCorpus({ reports: REPORTS, seed: 7 }));
  // One report, far down the list, is the only one to mention quokkas.
  appendFileSync(join(dir, reports.at(-1)!.file), '\nThe ombudsman counted 37 quokkas held in pretrial detention.\n');
  index = loadOrBuildIndex(dir);
  service = createQueryService(index);
}, 120_000);

const search = (q: string, options = {}) => service.search(q, options) as SearchAnswer;

describe('a synthetic corpus', () => {
  it('is the same corpus for the same seed, and another for another seed', () => {
    const again = writeSyntheticCorpus({ reports: 2, seed: 7 });
    const other = writeSyntheticCorpus({ reports: 2, seed: 8 });
    expect(readFileSync(join(again.dir, again.reports[0]!.file), 'utf8')).toBe(readFileSync(join(writeSyntheticCorpus({ reports: 2, seed: 7 }).dir, again.reports[0]!.file), 'utf8'));
    expect(other.reports.map((r) => r.file)).not.toEqual(again.reports.map((r) => r.file));
  });

  it('passes the format check and keeps every paragraph of its source, under another country and year', () => {
    const source = readReportSources(REPORT_DIR)[0]!;
    for (const r of reports) {
      const text = readFileSync(join(dir, r.file), 'utf8');
      expect(() => checkReportFormat(r.file, text)).not.toThrow();
      expect(text.split('\n')[0]).toBe(`${r.country.toUpperCase()} ${r.year} HUMAN RIGHTS REPORT`);
      expect(text).not.toContain(source.info.country);
    }
    const sourceParagraphs = realReportParsed().paragraphs.length;
    expect(reports.map((r) => r.paragraphs)).toEqual(reports.map(() => sourceParagraphs));
    // As indexed: the same, but for the one given a paragraph about quokkas.
    const indexed = new Map(index.entries.map((e) => [e.info.id, e.paragraphs]));
    expect(reports.map((r) => indexed.get(idOf(r)))).toEqual(reports.map((_, i) => sourceParagraphs + (i === REPORTS - 1 ? 1 : 0)));
    expect(service.reports.map((r) => r.country).sort()).toEqual(reports.map((r) => r.country).sort());
  });
});

describe('searching many reports', () => {
  it('finds a word only one report uses without being told which, searching that report alone', () => {
    const answer = search('quokkas in detention');
    expect(answer.hits[0]).toMatchObject({ reportId: idOf(reports.at(-1)!) });
    expect(answer.hits[0]!.text).toContain('37 quokkas');
    expect(search('quokkas').reports?.map((r) => r.id)).toEqual([idOf(reports.at(-1)!)]);
  });

  it('takes a country named in the query to its report', () => {
    // The last listed: without choosing by the query, it would not be among the reports searched.
    const target = reports.find((r) => idOf(r) === service.reports.at(-1)!.id)!;
    const answer = search(`prison conditions in ${target.country}`);
    expect(answer.hits[0]!.reportId).toBe(idOf(target));
    expect(answer.hits[0]!.citation.startsWith(`${service.reports.find((r) => r.id === idOf(target))!.title} · `)).toBe(true);
  });

  it('ranks in full only the few reports that match best', () => {
    const answer = search('prison conditions', { limit: 10 });
    expect(answer.reports!.length).toBe(SELECTION.reports);
    expect(new Set(answer.hits.map((h) => h.reportId)).size).toBeGreaterThan(1);
    for (const hit of answer.hits) expect(answer.reports!.map((r) => r.id)).toContain(hit.reportId);
  });

  it('keeps to the named report', () => {
    const named = idOf(reports[3]!);
    const answer = search('prison conditions', { report: named, limit: 10 });
    expect(answer.hits).toHaveLength(10);
    expect(answer.hits.every((h) => h.reportId === named)).toBe(true);
    const elsewhere = search('quokkas in detention', { report: named });
    expect(elsewhere.hits.length).toBeGreaterThan(0);
    expect(elsewhere.hits.every((h) => h.reportId === named && !h.text.includes('quokkas'))).toBe(true);
  });

  it('refuses what no report can take once, and greets back once', () => {
    expect(service.search('torture '.repeat(12_800))).toMatchObject({ kind: 'error', code: 'query-too-long' });
    expect(service.search('   ')).toMatchObject({ kind: 'error', code: 'empty-query' });
    expect(search('hello')).toMatchObject({ kind: 'search', smallTalk: true, hits: [] });
    // No report uses any of the words: the default report answers, with its suggestions.
    expect(service.search('zzxqv qqxzv')).toEqual(service.search('zzxqv qqxzv', { report: service.reports[0]!.id }));
  });

  it('answers any input across reports without throwing, every hit from a report it searched', () => {
    const words = ['prison', 'torture', 'quokkas', reports[0]!.country, 'section:2a', '"prison conditions"', 'hello', '@everyone', ''];
    const query = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 30 }), (q, offset) => {
        const answer = service.search(q, { offset, limit: 5 });
        if (answer.kind !== 'search') return answer.kind === 'error';
        const searched = new Set((answer.reports ?? [answer.report]).map((r) => r.id));
        return answer.hits.length <= 5 && answer.hits.every((h) => searched.has(h.reportId));
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same after a report was dropped from memory and read again', () => {
    const small = createQueryService(readCurrentIndex(dir).index!, undefined, undefined, { maxOpenReports: 2 });
    const ask = (r: SyntheticReport) => JSON.stringify(small.search('torture complaints', { report: idOf(r), limit: 5 }));
    const first = reports.map(ask);
    expect(reports.map(ask)).toEqual(first);
    expect(new Set(first).size).toBe(REPORTS);
  });
});

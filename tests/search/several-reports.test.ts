import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorAnswer, SearchAnswer, SectionAnswer } from '../../src/answers.js';
import { type BuiltIndex } from '../../src/search/built-index.js';
import { loadOrBuildIndex } from '../../src/search/index-build.js';
import type { QueryService } from '../../src/search/query-service.js';
import { createQueryService } from '../../src/search/service.js';
import { FIXTURE_DIR, REPORT_DIR, copyToTemp } from '../helpers.js';

const KAZAKHSTAN = 'kazakhstan-2017-human-rights-report';
const ATLANTIS = 'atlantis-2019-human-rights-report';

let index: BuiltIndex;
let service: QueryService;
beforeAll(() => {
  // The real report and the small Atlantis fixture side by side, as a user dropping a report in would have them.
  const dir = copyToTemp(REPORT_DIR);
  copyFileSync(join(FIXTURE_DIR, `${ATLANTIS}.txt`), join(dir, `${ATLANTIS}.txt`));
  index = loadOrBuildIndex(dir);
  service = createQueryService(index);
});

const search = (q: string, options = {}) => service.search(q, options) as SearchAnswer;

describe('several reports in the index folder', () => {
  it('lists every report, the newest first', () => {
    expect(service.reports.map((r) => r.id)).toEqual([ATLANTIS, KAZAKHSTAN]);
  });

  it('finds a word only the second report has without being told which report', () => {
    const answer = search('how much notice before divers strike');
    expect(answer.hits[0]).toMatchObject({ reportId: ATLANTIS });
    expect(answer.hits[0]!.text).toContain('ten days in advance');
    expect(answer.reports?.map((r) => r.id).sort()).toEqual([ATLANTIS, KAZAKHSTAN].sort());
  });

  it('names the report in each citation', () => {
    const answer = search('prison conditions', { limit: 10 });
    const reportIds = new Set(answer.hits.map((h) => h.reportId));
    expect(reportIds).toEqual(new Set([ATLANTIS, KAZAKHSTAN]));
    for (const hit of answer.hits) {
      const title = service.reports.find((r) => r.id === hit.reportId)!.title;
      expect(hit.citation.startsWith(`${title} · `)).toBe(true);
    }
  });

  it('keeps to one report when one is named', () => {
    const answer = search('prison conditions', { report: KAZAKHSTAN, limit: 10 });
    expect(answer.hits.length).toBe(10);
    expect(answer.hits.every((h) => h.reportId === KAZAKHSTAN)).toBe(true);
    expect(answer.report.id).toBe(KAZAKHSTAN);
    expect(search('divers strike', { report: KAZAKHSTAN }).hits.every((h) => !h.text.includes('ten days in advance'))).toBe(true);
  });

  it('pages through the merged results without repeating one', () => {
    const first = search('prison conditions', { limit: 5 });
    const second = search('prison conditions', { limit: 5, offset: first.nextOffset! });
    const both = [...first.hits, ...second.hits].map((h) => `${h.reportId}/${h.paragraphId}`);
    expect(new Set(both).size).toBe(10);
    expect(first.total).toBe(search('prison conditions', { report: KAZAKHSTAN }).total + search('prison conditions', { report: ATLANTIS }).total);
  });

  it('reads sections from the default report and says which', () => {
    expect((service.section('7a') as SectionAnswer).report.id).toBe(ATLANTIS);
    expect((service.section('7a', { report: KAZAKHSTAN }) as SectionAnswer).report.id).toBe(KAZAKHSTAN);
    const chosen = createQueryService(index, undefined, undefined, { defaultReport: KAZAKHSTAN });
    expect(chosen.reports[0]!.id).toBe(KAZAKHSTAN);
    expect((chosen.section('7a') as SectionAnswer).report.id).toBe(KAZAKHSTAN);
    expect((chosen.sections() as { report: { id: string } }).report.id).toBe(KAZAKHSTAN);
  });

  it('names the report it looked in when a section is not there, with one report loaded saying nothing of reports', () => {
    // Atlantis, the default, has no §1.c; a reader who meant Kazakhstan's must learn which report was read.
    const missing = service.section('1c') as ErrorAnswer;
    expect(missing).toMatchObject({ kind: 'error', code: 'unknown-section' });
    expect(missing.message).toContain('Atlantis 2019 Human Rights Report');
    const alone = createQueryService(loadOrBuildIndex(copyToTemp(REPORT_DIR)));
    expect((alone.section('9z') as ErrorAnswer).message).not.toContain('Human Rights Report');
  });

  it('refuses an unknown report kindly, listing the ones there are', () => {
    const answer = service.search('prison', { report: 'narnia-1950' }) as ErrorAnswer;
    expect(answer).toMatchObject({ kind: 'error', code: 'unknown-report' });
    expect(answer.message).toContain(ATLANTIS);
    expect(answer.message).toContain(KAZAKHSTAN);
    expect(() => createQueryService(index, undefined, undefined, { defaultReport: 'narnia-1950' })).toThrow(/DEFAULT_REPORT.*narnia-1950.*Available/);
  });

  it('gives the same refusal once for a query no report can take', () => {
    expect(service.search('   ')).toMatchObject({ kind: 'error', code: 'empty-query' });
  });
});

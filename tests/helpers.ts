/** Shared test fixtures: the real report (parsed once) and the small fixture report. */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport } from '../src/report/parse.js';
import type { Report } from '../src/report/model.js';
import { readReportSources } from '../src/report/sources.js';
import type { SectionAnswer } from '../src/answers.js';
import type { QueryService } from '../src/search/query-service.js';
import type { CoverageTrace } from '../src/search/coverage.js';
import { openQueryService } from '../src/search/open-service.js';
import { createQueryService } from '../src/search/service.js';
import { loadOrBuildIndex } from '../src/search/index-build.js';
import { defaultIndexDir, packageRoot } from '../src/paths.js';

export const REPORT_DIR = defaultIndexDir();
export const FIXTURE_DIR = join(packageRoot(), 'tests', 'fixtures', 'atlantis');

let sharedService: QueryService | undefined;
/** The real query service over the real report, loaded once per test file. */
export function realService(): QueryService {
  sharedService ??= openQueryService({ indexDir: REPORT_DIR });
  return sharedService;
}

let realReport: Report | undefined;
/** The Kazakhstan report from index-data/, parsed (cached across tests in a file). */
export function realReportParsed(): Report {
  if (!realReport) {
    const [source] = readReportSources(REPORT_DIR);
    realReport = parseReport(source!.text, source!.info);
  }
  return realReport;
}

export function realReportText(): string {
  const [source] = readReportSources(REPORT_DIR);
  return source!.text;
}

/** A temporary copy of a folder of reports, so tests can build indexes without touching the repo. */
export function copyToTemp(dir: string, ...files: string[]): string {
  const target = mkdtempSync(join(tmpdir(), 'hr-bot-test-'));
  for (const f of files.length ? files : ['.']) cpSync(join(dir, f), join(target, f === '.' ? '' : f), { recursive: true });
  return target;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Every page of every section in the table of contents, in order: renderers must fit them all. */
export function* everySectionPage(service: QueryService): Generator<SectionAnswer> {
  const toc = service.sections();
  if (toc.kind !== 'sections') throw new Error('the report has no table of contents');
  for (const entry of toc.entries) {
    for (let page = 1, pages = 1; page <= pages; page++) {
      const answer = service.section(entry.id, { page });
      if (answer.kind !== 'section') throw new Error(`section ${entry.ref} page ${page} should open`);
      pages = answer.pages;
      yield answer;
    }
  }
}

export const KAZAKHSTAN_2017 = 'kazakhstan-2017-human-rights-report';
export const ATLANTIS_2019 = 'atlantis-2019-human-rights-report';
export const ATLANTIS_2017 = 'atlantis-2017-human-rights-report';

/**
 * A temporary index folder with three reports, as a user dropping reports in would have it: the real
 * Kazakhstan 2017 report, the Atlantis 2019 fixture, and an Atlantis 2017 copy with its own title
 * and figures (so `2017` and `atlantis` each fit two reports).
 */
export function severalReportsDir(): string {
  const dir = copyToTemp(REPORT_DIR, 'kazakhstan-2017-human-rights-report.txt', 'manifest.json', 'facts-review.json');
  copyFileSync(join(FIXTURE_DIR, `${ATLANTIS_2019}.txt`), join(dir, `${ATLANTIS_2019}.txt`));
  const older = read(join(FIXTURE_DIR, `${ATLANTIS_2019}.txt`)).replace('ATLANTIS 2019', 'ATLANTIS 2017').replace('42 complaints', '17 complaints');
  writeFileSync(join(dir, `${ATLANTIS_2017}.txt`), older);
  return dir;
}

let severalService: QueryService | undefined;
/** The query service over `severalReportsDir()`, built once per test file. */
export function severalReportsService(): QueryService {
  severalService ??= createQueryService(loadOrBuildIndex(severalReportsDir()));
  return severalService;
}

/** The words a search read `query` as (a corrected typo as the word meant), each with how much the report knows it: its coverage trace. */
export function wordsReadBy(service: QueryService, query: string): NonNullable<CoverageTrace['words']> {
  const trace: CoverageTrace = {};
  service.search(query, { limit: 3, coverageTrace: trace });
  return trace.words ?? [];
}

/** The coverage rules that judged `query` (the names in its coverage trace, e.g. `isOtherCountry`). */
export function rulesReadBy(service: QueryService, query: string): NonNullable<CoverageTrace['rules']> {
  const trace: CoverageTrace = {};
  service.search(query, { limit: 3, coverageTrace: trace });
  return trace.rules ?? [];
}

/** The real Kazakhstan 2017 report, parsed by the real parser, for tests that must hold on the report itself. */
import { join } from 'node:path';
import { parseReport } from '../../src/report/parse.js';
import { readReportSources } from '../../src/report/sources.js';
import type { Report } from '../../src/report/model.js';

const INDEX_DATA = join(import.meta.dirname, '..', '..', 'index-data');

let cached: Report | undefined;

/** Parses the report once per test file; callers must not mutate it. */
export function kazakhstanReport(): Report {
  if (!cached) {
    const source = readReportSources(INDEX_DATA).find((s) => s.info.id === 'kazakhstan-2017-human-rights-report');
    if (!source) throw new Error(`kazakhstan-2017-human-rights-report.txt is missing from ${INDEX_DATA}`);
    cached = parseReport(source.text, source.info);
  }
  return cached;
}

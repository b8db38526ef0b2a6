/** `npm run index`: rebuilds the search index in INDEX_DIR (default index-data/) from the report texts. */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { saveIndex, sourcesStamp } from './built-index.js';
import { readCurrentIndex, sourcesOf } from './index-build.js';
import { buildIndexInParallel } from './parallel-build.js';
import { logReportChanges, reportChanges } from './report-changes.js';
import { readReportSources } from '../report/sources.js';
import { ReportFormatError } from '../report/format-check.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const logger = createLogger(config.logLevel);
const started = performance.now();
// Stamped before the sources are read: a file changed while they are read no longer matches it.
const stamp = sourcesStamp(config.indexDir);
let sources;
try {
  sources = readReportSources(config.indexDir);
} catch (err) {
  if (!(err instanceof ReportFormatError)) throw err;
  // One line naming the file and line, never a stack trace.
  logger.fatal({ file: err.file, line: err.line }, err.message);
  process.exit(1);
}
const before = readCurrentIndex(config.indexDir, sources);
const built = await buildIndexInParallel(sources);
saveIndex(built, config.indexDir, logger, stamp);
logReportChanges(logger, reportChanges(sourcesOf(before.index ?? before.previous), sourcesOf(built)));
// One line per report for a few; a hundred would drown the summary.
if (built.entries.length <= 10) {
  for (const r of built.reports) {
    logger.info({ report: r.report.info.id, sections: r.report.sections.length, paragraphs: r.report.paragraphs.length, facts: r.facts.length }, 'indexed');
  }
}
logger.info({ dir: config.indexDir, reports: built.entries.length, ms: Math.round(performance.now() - started), hash: built.sourceHash }, 'index written');

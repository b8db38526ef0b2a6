#!/usr/bin/env node
/**
 * The `hr` command: one-shot search, section reading and listing from a terminal or a script.
 *   hr search <query> [--limit N] [--report ID] [--json]   (no query with --json: one query per stdin line)
 *   hr section <ref> [--page N] [--report ID] [--json]
 *   hr reports [--json] | hr sections [--json] | hr fact [--date D] [--json] | hr facts [--review] [--json] | hr console | hr help
 *   hr stats [--json] [--since DATE] [--html FILE]
 * With HR_TIMINGS=1, a one-shot `hr search` also writes its start-up's phases to stderr (startup-timings.ts).
 */
import { existsSync } from 'node:fs';
import type { Logger } from '../../log.js';
import { type BuiltIndex, readStampedIndex } from '../../search/built-index.js';
import { chooseReport, ConfiguredReportError } from '../../search/report-choice.js';
import { namedReport } from '../../invocation.js';
import { createQueryService } from '../../search/service.js';
import { ConfigError, loadIndexSettings, type IndexSettings } from '../../settings.js';
import type { QueryService, SearchOptions } from '../../search/query-service.js';
import { readArguments } from './arguments.js';
import { answerJson, factJson, reportsJson, searchJsonBytes, searchJsonLine, sectionJson } from './json.js';
import { renderAnswer, renderFactReview, renderReports } from './render.js';
import { isBrokenPipe, standardOutput } from './standard-output.js';
import { startupTimings } from './startup-timings.js';

const USAGE = `Usage:
  hr search <query> [--limit N] [--json]   best passages with citations, across every report
  hr search --json                         one query per line on stdin, one JSON line out each
  hr section <ref> [--page N] [--json]     read a section: 2a, 1(c), exec, internet freedom
  hr sections [--json]                     table of contents
  hr reports [--json]                      the reports loaded, the default first
  --report ID                              with search, section, sections, fact, facts: only that report (an id, a country or a year)
  hr fact [--date YYYY-MM-DD] [--json]     the fact of the day (today, UTC, by default), from every report
  hr facts [--json]                        every fact that daily posts can use
  hr facts --review                        every fact with its score and why it was kept
  hr stats [--json] [--since YYYY-MM-DD] [--html FILE]
                                           usage: answers, 👍/👎, not covered, sections read, daily facts
  hr console                               interactive console (what npm start opens)
  hr help                                  this text`;

async function main(argv: string[]): Promise<number> {
  // Read before anything else, so that module loading ends here; off (one variable read) unless asked.
  const timings = process.env.HR_TIMINGS === '1' ? startupTimings() : undefined;
  let parsed;
  try {
    parsed = readArguments(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command = 'help', ...rest] = positionals;
  if (values.help || command === 'help') {
    // Not process.stdout: on a pipe it loads Node's net and stream modules (standard-output.ts).
    standardOutput().print(USAGE);
    return 0;
  }
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  const page = values.page === undefined ? undefined : Number(values.page);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10) return usageError('--limit takes a whole number from 1 to 10');
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) return usageError('--page takes a whole number from 1');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(date)) return usageError('--date takes a day as YYYY-MM-DD, e.g. 2026-11-28');

  if (existsSync('.env')) process.loadEnvFile('.env');
  if (command === 'stats') {
    // Reads the store only: the search index is not loaded.
    if (values.since !== undefined && !isCalendarDate(values.since)) return usageError('--since takes a day as YYYY-MM-DD, e.g. 2026-11-01');
    if (values.html === '') return usageError('--html takes a file name, e.g. --html stats.html');
    const { runStats } = await import('./stats-command.js');
    return runStats({ ...(values.json ? { json: true } : {}), ...(values.since ? { since: values.since } : {}), ...(values.html ? { html: values.html } : {}) }, process.env, standardOutput().print);
  }
  const settings = loadIndexSettings();
  let logger: Logger | undefined;
  const service = await openService(settings, async () => (logger ??= (await import('../../log.js')).createLogger(settings.logLevel)));
  const output = standardOutput();
  const style = { color: output.isTTY && !process.env.NO_COLOR, width: Math.min(output.columns ?? 100, 120) };
  const print = output.print;
  // `--report` takes what chat's `report:` takes: an id, a country, a year.
  const choice = values.report === undefined ? undefined : chooseReport(service.reports, values.report);
  const report = choice?.kind === 'one' ? choice.report.id : values.report;
  if (choice !== undefined && choice.kind !== 'one') {
    // The service's own refusal for a report that is not there (the list of reports), chat's for several.
    const answer = choice.kind === 'none' ? service.sections(values.report) : namedReport(service, { name: 'sections', report: values.report! });
    if (typeof answer === 'object') print(values.json ? JSON.stringify(answerJson(answer)) : renderAnswer(answer, style));
    return 1;
  }
  const inReport = report === undefined ? {} : { report };

  switch (command) {
    case 'search': {
      const query = rest.join(' ');
      if (values.json && query.trim() === '' && !process.stdin.isTTY) return searchStdin(service, { limit, ...inReport });
      if (timings) {
        // The report is opened on its first use: open it here, so the index's phase holds it and the query's does not.
        service.sections(report);
        timings.end('index');
      }
      const answer = service.search(query, { limit, ...inReport });
      timings?.end('firstQuery');
      print(values.json ? searchJsonLine(query, answer) : renderAnswer(answer, style));
      // The line first: process.stderr, made at its first use, is no part of the start-up timed.
      if (timings) {
        const line = timings.line();
        process.stderr.write(line);
      }
      return answer.kind === 'error' ? 1 : 0;
    }
    case 'section': {
      const answer = service.section(rest.join(' '), { ...(page ? { page } : {}), ...inReport });
      print(values.json ? JSON.stringify(sectionJson(answer)) : renderAnswer(answer, style));
      return answer.kind === 'error' ? 1 : 0;
    }
    case 'sections': {
      const answer = service.sections(report);
      print(values.json ? JSON.stringify(answerJson(answer)) : renderAnswer(answer, style));
      return 0;
    }
    case 'fact': {
      // The daily rotation (of the report named, else of every report): the same day gives the same fact, and days go through every fact before repeating.
      const answer = service.fact({ date, ...inReport });
      print(values.json ? JSON.stringify(answer.kind === 'fact' ? { date, ...factJson(answer.fact), reportId: answer.report.id } : answerJson(answer)) : renderAnswer(answer, style));
      return answer.kind === 'error' ? 1 : 0;
    }
    case 'facts': {
      if (values.review) {
        const reviewed = service.reviewedFacts(report);
        print(values.json ? JSON.stringify({ facts: reviewed.map((f) => ({ ...factJson(f), score: f.score, reason: f.reason })) }) : renderFactReview(reviewed, style));
        return 0;
      }
      const facts = service.facts(report);
      print(values.json ? JSON.stringify({ facts: facts.map(factJson) }) : facts.map((f) => `${f.text}\n  — ${f.citation}  [${f.id}]`).join('\n\n'));
      return 0;
    }
    case 'reports':
      print(values.json ? JSON.stringify(reportsJson(service.reports)) : renderReports(service.reports));
      return 0;
    case 'console':
      // The console (and readline) load only for `hr console`: a one-shot search never pays for them.
      await (await import('./console.js')).runConsole(service, { input: process.stdin, output: process.stdout, logger: logger ?? (await (async () => (await import('../../log.js')).createLogger(settings.logLevel))()) });
      return 0;
    default:
      return usageError(`Unknown command "${command}".`);
  }
}

/**
 * The query service over the saved index. The index build (`index-build.ts`, with MiniSearch and the
 * report parser; bundled apart as hr-index-build.cjs) is imported only when the index's stamp does not
 * show it current, and the logger (pino) only when the index must be rebuilt, so a one-shot search
 * over a current index loads neither.
 */
async function openService(settings: IndexSettings, getLogger: () => Promise<Logger>): Promise<QueryService> {
  const index = readStampedIndex(settings.indexDir) ?? (await readOrBuildIndex(settings.indexDir, getLogger));
  return createQueryService(index, undefined, undefined, { defaultReport: settings.defaultReport });
}

/** The saved index when the sources' hash shows it current (a copied folder), else a rebuilt one. */
async function readOrBuildIndex(dir: string, getLogger: () => Promise<Logger>): Promise<BuiltIndex> {
  const { loadOrBuildIndex, readCurrentIndex } = await import('../../search/index-build.js');
  return readCurrentIndex(dir).index ?? loadOrBuildIndex(dir, await getLogger());
}

/**
 * Answers every stdin line with one JSON line, in order, until the input ends. A `data` listener
 * answers each chunk's lines at once: reading them through `for await` and an async generator cost
 * ~20 µs per line (promises and microtask turns; measured with answers precomputed), about a twentieth
 * of a round trip. Each line is written as bytes made for it (`searchJsonBytes`) with one `writeSync`
 * when the output is a pipe, a socket or a file (`standardOutput`): through `process.stdout`, the
 * stream's request, its callbacks and the line's encoding were ~a tenth of a round trip (issue 13 round 64).
 */
function searchStdin(service: QueryService, options: SearchOptions): Promise<number> {
  const output = standardOutput();
  let first = true;
  let done = false;
  return new Promise((resolve, reject) => {
    const answer = (line: string) => {
      if (done) return;
      const { bytes, length } = searchJsonBytes(line, service.search(line, options));
      try {
        output.printBytes(bytes, length);
      } catch (err) {
        // Whoever read the answers has gone (`hr search --json < questions | head -1`): stop reading, quietly.
        if (!isBrokenPipe(err)) throw err;
        done = true;
        process.stdin.destroy();
        resolve(0);
        return;
      }
      if (first) {
        first = false;
        // hr's loader writes its code cache now, holding what one answer compiled (scripts/hr-loader.cjs).
        process.emit('hr:answered' as never);
      }
    };
    let pending = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      pending = eachLine(pending + chunk, answer);
    });
    process.stdin.on('end', () => {
      if (pending !== '') answer(pending.replace(/\r$/, ''));
      resolve(0);
    });
    process.stdin.on('error', reject);
  });
}

/**
 * Calls `each` with every line of `text` ended by `\n` (or `\r\n`) and returns the unended rest.
 * Unlike readline, a lone `\r` inside a line does not end it, so each input line gets exactly one
 * answer line and the two files still line up.
 */
function eachLine(text: string, each: (line: string) => void): string {
  let start = 0;
  let end: number;
  while ((end = text.indexOf('\n', start)) >= 0) {
    each(text.slice(start, end).replace(/\r$/, ''));
    start = end + 1;
  }
  return text.slice(start);
}

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  return 2;
}

/** Start-up problems told in one line (by `Error.name`), never with a stack trace. */
const EXPECTED_ERRORS = new Set(['DailyStoreError', 'ReportFormatError']);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A reader that went away (`hr search … | head -1`) is no error: nothing more is to be written.
    if (isBrokenPipe(err)) return;
    // Expected start-up problems are one line each, never a stack trace.
    // (A store problem and a report's format are recognised by name: they are thrown by code bundled
    // apart, SQLite's and the index build's, whose classes the search's bundle does not hold.)
    if (err instanceof ConfigError || err instanceof ConfiguredReportError || EXPECTED_ERRORS.has((err as Error).name)) process.stderr.write(`${(err as Error).message}\n`);
    else process.stderr.write(`hr: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

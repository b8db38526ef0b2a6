/**
 * Which report a person means by what they typed: an id (`kazakhstan-2017-human-rights-report`), a
 * country (`kazakhstan`, `south sudan`), a year (`2018`) or a mix (`kazakhstan-2018`). Shared by every
 * platform: Slack's and the console's `report:…`, Discord's `report` option and its autocomplete.
 */
import type { ReportInfo } from '../answers.js';
import { normalize } from './analysis.js';

/** What a typed report name resolves to. */
export type ReportChoice<R extends ReportInfo> =
  | { kind: 'one'; report: R }
  | { kind: 'none' }
  /** Several reports fit (`2018` when two reports are from 2018): the person must say which. */
  | { kind: 'several'; reports: R[] };

/** Autocomplete choices: Discord shows at most 25. */
export const MAX_REPORT_CHOICES = 25;
/** Longer input is not a report name; it is cut before any matching, so hostile input costs nothing. */
const MAX_TYPED = 100;

/**
 * The report `typed` names. An exact id wins; otherwise every word typed must fit the report: a
 * four-digit word its year, any other word the start of a word of its id, country or title.
 */
export function chooseReport<R extends ReportInfo>(reports: readonly R[], typed: string): ReportChoice<R> {
  const words = wordsOf(typed);
  const exact = reports.find((r) => r.id.toLowerCase() === words.join('-'));
  if (exact) return { kind: 'one', report: exact };
  if (words.length === 0) return { kind: 'none' };
  const fitting = reports.filter((r) => fits(r, words));
  if (fitting.length === 0) return { kind: 'none' };
  if (fitting.length === 1) return { kind: 'one', report: fitting[0]! };
  // `kazakhstan` fits `kazakhstan` and `kazakhstan-south`: a whole-word country match settles it.
  const whole = fitting.filter((r) => wordsOf(r.country).join(' ') === words.filter((w) => !isYear(w)).join(' '));
  return whole.length === 1 ? { kind: 'one', report: whole[0]! } : { kind: 'several', reports: fitting };
}

/** Reports for autocomplete: those `typed` fits (every report when it is empty), in the given order, at most 25. */
export function matchingReports<R extends ReportInfo>(reports: readonly R[], typed: string): R[] {
  const words = wordsOf(typed);
  return reports.filter((r) => words.length === 0 || fits(r, words)).slice(0, MAX_REPORT_CHOICES);
}

/**
 * The shortest name that picks `report` among `reports`, for examples people can type back: its year,
 * else its country, else country-year, else its id.
 */
export function shortReportName(reports: readonly ReportInfo[], report: ReportInfo): string {
  const country = wordsOf(report.country).join('-');
  for (const name of [String(report.year), country, `${country}-${report.year}`]) {
    const choice = chooseReport(reports, name);
    if (choice.kind === 'one' && choice.report.id === report.id) return name;
  }
  return report.id;
}

function fits(report: ReportInfo, words: readonly string[]): boolean {
  const own = [...wordsOf(report.id), ...wordsOf(report.country), ...wordsOf(report.title)];
  return words.every((w) => (isYear(w) ? Number(w) === report.year : own.some((o) => o.startsWith(w))));
}

/** Lower-case words without accents; dashes, underscores, spaces and punctuation all separate words. */
function wordsOf(text: string): string[] {
  return normalize(text.slice(0, MAX_TYPED))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function isYear(word: string): boolean {
  return /^\d{4}$/.test(word);
}

/**
 * A setting names no loaded report, or several: the operator's to fix, told in one line starting with
 * the variable's name (no stack trace).
 */
export class ConfiguredReportError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfiguredReportError';
  }
}

/** `DEFAULT_REPORT` names no loaded report. */
export class UnknownDefaultReportError extends ConfiguredReportError {
  constructor(
    readonly defaultReport: string,
    readonly available: readonly string[],
  ) {
    super('DEFAULT_REPORT', `there is no report "${defaultReport}". Available: ${available.join(', ')}.`);
    this.name = 'UnknownDefaultReportError';
  }
}

/**
 * The id of the one report `typed` names in the setting `variable` (at `entry` of it, when it lists
 * several things), or a `ConfiguredReportError` saying why not.
 */
export function configuredReport(reports: readonly ReportInfo[], typed: string, variable: string, entry: string): string {
  const choice = chooseReport(reports, typed);
  if (choice.kind === 'one') return choice.report.id;
  const why = choice.kind === 'several' ? `"${typed}" fits ${choice.reports.length} reports; name one by its id` : `there is no report "${typed}"`;
  throw new ConfiguredReportError(variable, `${entry}: ${why}. Available: ${reports.map((r) => r.id).join(', ')}.`);
}

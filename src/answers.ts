/**
 * The platform-neutral answer model: everything the query service says, as plain data that each
 * adapter renders for its platform (terminal text, Discord embeds, Slack blocks).
 *
 * Expected failures (empty query, unknown section, rate limited…) are answers too (`ErrorAnswer`),
 * so every adapter can show them kindly instead of catching exceptions.
 */

/** Which report an answer comes from. */
export interface ReportInfo {
  /** Stable id derived from the file name, e.g. `kazakhstan-2017-human-rights-report`. */
  id: string;
  /** Human title, e.g. `Kazakhstan 2017 Human Rights Report`. */
  title: string;
  country: string;
  year: number;
  sourceUrl?: string;
}

/**
 * A run of text with its inline styling. Renderers map each flag to their own markup and must
 * escape `text` for their platform; they never parse the report's original markers.
 */
export interface Segment {
  text: string;
  /** Italic in the report (titles of publications: `*Forbes Kazakhstan*`). */
  emphasis?: boolean;
  /** Part of the sentence that best answers the query: render bold. */
  answer?: boolean;
  /** A query term matched here: renderers may underline or otherwise highlight it. */
  match?: boolean;
  /** The run is a link to this URL. */
  link?: string;
  /** A heading line inside a section's text (e.g. "Internet Freedom" while reading §2.a): render bold. */
  heading?: boolean;
}

/** A paragraph that answers a search, with where it comes from. */
export interface Excerpt {
  /** The report the paragraph comes from (`ReportInfo.id`). */
  reportId: string;
  paragraphId: string;
  /** Id of the deepest heading the paragraph sits under, e.g. `2.a/internet-freedom`. */
  sectionId: string;
  /** A citation a person can read and reuse: `§2.a Freedom of Expression… › Internet Freedom ¶3`. */
  citation: string;
  /** The whole paragraph as plain text. */
  text: string;
  /** The same paragraph as styled segments (answer sentence and matches flagged). */
  segments: Segment[];
  /** The sentence(s) that best answer the query, plain text. */
  answer: string;
  /** Query terms (as they appear in the text) that matched, for highlighting. */
  matchedTerms: string[];
  score: number;
}

export interface SearchAnswer {
  kind: 'search';
  /** The report searched; across several reports, the report of the best hit (each hit names its own). */
  report: ReportInfo;
  /** The report the person named (`report:…`): buttons that continue this answer keep to it. */
  chosenReport?: string;
  /** Every report searched, when the search looked across more than one. */
  reports?: ReportInfo[];
  /** The query as understood (trimmed, control characters removed). */
  query: string;
  /**
   * Whether the report seems to answer the query. When false, `hits` are only the closest
   * passages, and adapters say so ("The report doesn't seem to cover …").
   */
  covered: boolean;
  /**
   * How sure search is that the report answers the query, 0..1, absolute (not relative to the
   * best hit), so integrators can set their own cut-off. `covered` is `confidence >= 0.5`.
   */
  confidence: number;
  /** The query is a greeting or small talk ("hello", "thanks"): adapters point to help instead. */
  smallTalk: boolean;
  hits: Excerpt[];
  /** Number of matching paragraphs overall (for "showing 4–6 of 12"). */
  total: number;
  offset: number;
  limit: number;
  /** Offset of the next page of results, absent on the last page. */
  nextOffset?: number;
  /** When nothing matched: sections worth a look, closest first. */
  suggestions: SectionSuggestion[];
}

export interface SectionSuggestion {
  /** Short ref a user can type back: `2a`, `2a/internet-freedom`, `exec`. */
  ref: string;
  /** Section id, e.g. `2.a`. */
  id: string;
  /** Display label: `§2.a Freedom of Expression, Including for the Press`. */
  label: string;
}

export interface SectionAnswer {
  kind: 'section';
  report: ReportInfo;
  /** The report the person named (`report:…`): paging keeps to it. */
  chosenReport?: string;
  id: string;
  ref: string;
  /** The section's own heading. */
  heading: string;
  /** Headings from the top of the report down to this one. */
  path: string[];
  /** `§2.a Freedom of Expression, Including for the Press › Internet Freedom` */
  label: string;
  /** 1-based page number, clamped to `pages`. */
  page: number;
  pages: number;
  /** This page's text, paragraphs separated by blank lines. */
  text: string;
  /** This page as styled segments, paragraphs separated by `\n\n` runs. */
  segments: Segment[];
  /** Direct sub-headings, for navigation. */
  children: SectionSuggestion[];
}

export interface SectionsAnswer {
  kind: 'sections';
  report: ReportInfo;
  /** The report the person named (`report:…`): sharing keeps to it. */
  chosenReport?: string;
  entries: Array<SectionSuggestion & { depth: number }>;
}

/** The reports the bot answers from (`/hr reports`). */
export interface ReportsAnswer {
  kind: 'reports';
  /** The default report first: section lookups use it when no report is named. */
  reports: Array<ReportInfo & { paragraphs: number }>;
  /** A short name that picks one of them (`2019`, `kazakhstan`), for the example under the list. */
  example: string;
}

/** A stand-alone sentence from the report, suitable for a daily post. */
export interface Fact {
  id: string;
  text: string;
  citation: string;
  sectionId: string;
  paragraphId: string;
}

/**
 * Where a fact comes from, for the line under it: "Kazakhstan 2017 Human Rights Report · events of
 * 2017". A daily post is read years later, and the report's "during the year" or "in June" must not
 * read as this year's news; a fact that gives its own year ("In 2016 …") gets the title alone, as
 * "events of 2017" would misdate it.
 */
export function factSource(report: ReportInfo, factText = ''): string {
  return DATES_ITSELF.test(factText) ? report.title : `${report.title} · events of ${report.year}`;
}

// A year in a fact's text ("In 2016", "April 2015"), not part of a figure ("2,016 tenge").
const DATES_ITSELF = /(?<![\d,.])(19|20)\d\d(?![\d,.]\d|\d)/;

export interface FactAnswer {
  kind: 'fact';
  report: ReportInfo;
  fact: Fact;
  /** The local day this fact belongs to (`YYYY-MM-DD`), when it is a daily fact. */
  date?: string;
}

export interface HelpAnswer {
  kind: 'help';
  /** One entry per command: usage line and what it does. */
  commands: Array<{ usage: string; description: string }>;
}

export type ErrorCode =
  | 'empty-query'
  | 'query-too-long'
  | 'unknown-section'
  | 'unknown-report'
  | 'unknown-command'
  | 'bad-argument'
  | 'rate-limited'
  | 'expired'
  | 'not-allowed'
  /** A feature's storage cannot be used right now (its database file was deleted or replaced). */
  | 'unavailable'
  | 'internal';

export interface ErrorAnswer {
  kind: 'error';
  code: ErrorCode;
  /** A short, friendly sentence a user can act on. Plain text; renderers escape it. */
  message: string;
  suggestions: SectionSuggestion[];
  /** The report the person named (`report:…`): the suggested sections' buttons open that report's. */
  chosenReport?: string;
}

/** Any answer, platform-neutral. Adapters switch on `kind`. */
export type Answer =
  | SearchAnswer
  | SectionAnswer
  | SectionsAnswer
  | ReportsAnswer
  | FactAnswer
  | HelpAnswer
  | ErrorAnswer
  | NoticeAnswer;

/** A plain confirmation or status line (e.g. "Daily facts are on for this channel"). */
export interface NoticeAnswer {
  kind: 'notice';
  message: string;
}

export function errorAnswer(code: ErrorCode, message: string, suggestions: SectionSuggestion[] = []): ErrorAnswer {
  return { kind: 'error', code, message, suggestions };
}

/** What a person typed, cut to `max` characters (the last one `…`) for quoting in an error's message. */
export function shortened(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The one-line reply to a greeting or small talk, the same on every platform. */
export function smallTalkReply(report: ReportInfo): string {
  return `Hi! I answer questions about the ${report.title}. Ask about a topic, e.g. "prison conditions", or type /hr help to see what I can do.`;
}

/** The plain warning shown above the closest passages when the report does not seem to cover a query. */
export function notCoveredLine(query: string): string {
  return `The report doesn't seem to cover “${query}”. These are the closest passages, which may not answer it:`;
}

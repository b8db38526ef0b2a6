/**
 * The query service's public contract: the one platform-neutral API every adapter calls.
 * The implementation lives in `service.ts`; adapters and tests depend on this interface only.
 */
import type {
  ErrorAnswer, Fact, FactAnswer, HelpAnswer, ReportInfo, SearchAnswer, SectionAnswer, SectionsAnswer, SectionSuggestion,
} from '../answers.js';
import type { ScoredFact } from '../report/facts.js';
import type { CoverageTrace } from './coverage.js';

/** A report as `hr reports` lists it. */
export interface ReportSummary extends ReportInfo {
  /** How many paragraphs the report has. */
  paragraphs: number;
}

export interface SearchOptions {
  /** How many excerpts to return. Default 3, at most 10. */
  limit?: number;
  /** Skip this many ranked results ("more results"). Default 0. */
  offset?: number;
  /** Only search under this section (any ref `section()` accepts, e.g. `2a`). */
  section?: string;
  /** Only this report (`ReportInfo.id`). Default: every report, results merged by confidence. */
  report?: string;
  /** Filled with why coverage gave its verdict (`CoverageTrace`): for `bench/why-refused.ts`, never shown to a user. */
  coverageTrace?: CoverageTrace;
}

export interface SectionOptions {
  /** 1-based page. Default 1; past the end it is clamped to the last page. */
  page?: number;
  /** Report id. Default: the default report (`DEFAULT_REPORT`, else the newest). */
  report?: string;
}

export interface QueryService {
  /** Every indexed report, the default first (`DEFAULT_REPORT`, else the newest by year). */
  readonly reports: readonly ReportSummary[];
  /**
   * Ranked paragraphs answering `query`. Understands `"quoted phrases"` and `section:2a` inside the
   * query. Empty, too long or unusable input comes back as an `ErrorAnswer`; no match is a
   * `SearchAnswer` with no hits and `suggestions`.
   */
  search(query: string, options?: SearchOptions): SearchAnswer | ErrorAnswer;
  /** A section by what people type (`2a`, `2.a`, `1(c)`, `exec summary`, `internet freedom`), paged. */
  section(ref: string, options?: SectionOptions): SectionAnswer | ErrorAnswer;
  /** The table of contents. */
  sections(report?: string): SectionsAnswer | ErrorAnswer;
  /** At most 25 sections matching a prefix or words, for autocomplete; the top level when empty. */
  suggest(prefix: string, report?: string): SectionSuggestion[];
  /** Every stand-alone fact picked from the report, in report order. */
  facts(report?: string): readonly Fact[];
  /** The same facts with the score and the reason each was kept, for a maintainer's review (`hr facts --review`). */
  reviewedFacts(report?: string): readonly ScoredFact[];
  /**
   * A fact: the one for `date` (`YYYY-MM-DD`) in the report's daily rotation — every fact once before
   * any repeats, like a subscribed channel — or a random one without a date.
   */
  fact(options?: { date?: string; report?: string }): FactAnswer | ErrorAnswer;
  /** The commands and what they do. */
  help(): HelpAnswer;
}

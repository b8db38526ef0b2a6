/**
 * Builds the search index from the report sources and keeps it in `index-data/index.json`, stamped
 * with a hash of its sources; loading rebuilds when the file is missing or stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Logger } from '../log.js';
import type { FactReview } from '../report/fact-review.js';
import { FACTS_VERSION, type ScoredFact, selectFacts } from '../report/facts.js';
import type { Report } from '../report/model.js';
import { parseReport, topicLabel } from '../report/parse.js';
import { splitSentences } from '../report/sentences.js';
import { readReportSources, type ReportSource } from '../report/sources.js';
import { type IndexedSource, logReportChanges, reportChanges } from './report-changes.js';
import { ANALYSIS_VERSION, type IndexedParagraph, miniSearchOptions, normalize, termOf, termsOf, tokenize } from './analysis.js';

export const INDEX_FILE = 'index.json';

/** A sentence of a paragraph with its terms, precomputed so ranking never re-analyses text. */
export interface IndexedSentence {
  start: number;
  end: number;
  terms: string[];
  /** States a quantity (a figure or a number word): what "how many" and "how long" questions want. */
  quantity: boolean;
  /** States what the law provides, prohibits or requires: what "can…/is it legal…" questions want. */
  law: boolean;
  /** States a date (a month or a year): what "when" questions want. */
  date: boolean;
  /** States a penalty (a prison term, a fine, a sentence handed down): what "what sentence/punishment…" questions want. */
  penalty: boolean;
}

const LAW = /\b(?:law|laws|legal|legally|illegal|constitution|code|codes|legislation|prohibits?|prohibited|provides?|allows?|permits?|criminali[sz]es?|requires?|right|rights|entitled|punishable|forbidden|may not|must)\b/i;
const DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/;
const PENALTY = /\b(?:sentenced|sentences?\s+(?:of|to)|imprisonment|years?\s+(?:in|of)\s+(?:prison|jail|imprisonment)|fined?|fines|punishable|penalt(?:y|ies)|tenge|restrict(?:ed|ion\s+of)\s+freedom|suspended\s+sentence|probation|administrative\s+arrest)\b/i;
const QUANTITY = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)\b/i;

/** Everything the query service needs for one report. */
export interface ReportIndex {
  report: Report;
  /** The daily facts, with the score and reason each was kept (for `hr facts --review`). */
  facts: ScoredFact[];
  /** Sentences of each paragraph, by paragraph position. */
  sentences: IndexedSentence[][];
  /** Terms of each paragraph's heading path, by paragraph position. */
  headingTerms: string[][];
  /** Terms of each paragraph's own (deepest) heading, by paragraph position. */
  titleTerms: string[][];
  /** Term → number of sentences containing it, and the mean sentence length in terms (sentence-level BM25). */
  sentenceFrequency: Record<string, number>;
  sentenceCount: number;
  meanSentenceLength: number;
  /** Term → number of paragraphs containing it (text or headings). */
  documentFrequency: Record<string, number>;
  /** Term → the lower-case word the report most often writes for it (`detent` → `detention`), for word vectors. */
  termWords: Record<string, string>;
  miniSearch: AsPlainObject;
}

export interface BuiltIndex {
  /** Hash of the sources and of the analysis version that built this index. */
  sourceHash: string;
  reports: ReportIndex[];
  /** Each report's id, title and own hash, so the next rebuild can tell what changed (absent in older indexes). */
  sources?: IndexedSource[];
}

/** Hash of everything that decides the index's content. */
export function hashSources(sources: readonly ReportSource[]): string {
  const hash = createHash('sha256').update(`analysis:${ANALYSIS_VERSION}\nfacts:${FACTS_VERSION}\n`);
  for (const s of sources) {
    hash.update(JSON.stringify(s.info)).update('\n').update(s.file).update('\n').update(s.text);
    // The fact review changes which facts the index holds, so editing it rebuilds the index.
    hash.update(`\npin:${[...s.review.pin].sort().join(',')}\ndrop:${[...s.review.drop].sort().join(',')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Parses and indexes every source. */
export function buildIndex(sources: readonly ReportSource[]): BuiltIndex {
  return { sourceHash: hashSources(sources), reports: sources.map((s) => indexReport(parseReport(s.text, s.info), s.review)), sources: sources.map(indexedSource) };
}

/** A report's id, title and the hash of its own source (description, file, text and fact review). */
export function indexedSource(source: ReportSource): IndexedSource {
  return { id: source.info.id, title: source.info.title, hash: hashSources([source]) };
}

/** The reports an index was built from, as it remembers them. */
export function sourcesOf(index: BuiltIndex): IndexedSource[] {
  return index.sources ?? index.reports.map((r) => ({ id: r.report.info.id, title: r.report.info.title }));
}

/** The search documents for a report's paragraphs: text plus the headings above it. */
export function indexedParagraphs(report: Report): IndexedParagraph[] {
  const sectionById = new Map(report.sections.map((s) => [s.id, s]));
  return report.paragraphs.map((p, i) => ({ id: i, text: p.text, headings: sectionById.get(p.sectionId)?.path.join(' \n ') ?? '' }));
}

function indexReport(report: Report, review: FactReview): ReportIndex {
  const docs = indexedParagraphs(report);
  const titleOf = new Map(report.sections.map((s) => [s.id, s.title]));
  const miniSearch = new MiniSearch<IndexedParagraph>(miniSearchOptions());
  miniSearch.addAll(docs);

  const documentFrequency: Record<string, number> = {};
  for (const doc of docs) {
    for (const term of new Set(termsOf(`${doc.text} ${doc.headings}`))) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }
  const sentences = report.paragraphs.map((p) => {
    // An inline topic ("Sexual Harassment: …") is the paragraph's heading, indexed with the headings;
    // counted in the first sentence too, it would make that sentence look like the answer to everything.
    const label = topicLabel(p.text);
    return splitSentences(p.text).map((s) => {
      const text = label && s.start === 0 ? s.text.slice(label.length + 1) : s.text;
      return { start: s.start, end: s.end, terms: termsOf(text), quantity: QUANTITY.test(text), law: LAW.test(text), date: DATE.test(text), penalty: PENALTY.test(text) };
    });
  });
  const sentenceFrequency: Record<string, number> = {};
  let sentenceCount = 0;
  let termTotal = 0;
  for (const paragraph of sentences) {
    for (const sentence of paragraph) {
      sentenceCount++;
      termTotal += sentence.terms.length;
      for (const term of new Set(sentence.terms)) sentenceFrequency[term] = (sentenceFrequency[term] ?? 0) + 1;
    }
  }
  return {
    report,
    sentenceFrequency,
    sentenceCount,
    meanSentenceLength: termTotal / (sentenceCount || 1),
    facts: selectFacts(report, review),
    sentences,
    headingTerms: docs.map((d) => [...new Set(termsOf(d.headings))]),
    titleTerms: report.paragraphs.map((p) => [...new Set(termsOf(titleOf.get(p.sectionId) ?? ''))]),
    documentFrequency,
    termWords: commonestWords(docs),
    miniSearch: miniSearch.toJSON(),
  };
}

/** For each term, the lower-case word that stands for it most often in the text. */
function commonestWords(docs: readonly IndexedParagraph[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const token of tokenize(`${doc.text} ${doc.headings}`)) {
      const term = termOf(token.surface);
      if (!term) continue;
      const word = normalize(token.surface).replace(/'s$/, '');
      const byWord = counts.get(term) ?? new Map<string, number>();
      byWord.set(word, (byWord.get(word) ?? 0) + 1);
      counts.set(term, byWord);
    }
  }
  const out: Record<string, string> = {};
  for (const [term, byWord] of counts) out[term] = [...byWord].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return out;
}

/**
 * The index for the reports in `dir`: loaded from `index.json` when its hash matches the sources,
 * otherwise rebuilt (and saved, when the folder is writable).
 */
export function loadOrBuildIndex(dir: string, logger?: Logger): BuiltIndex {
  const sources = readReportSources(dir);
  const current = readCurrentIndex(dir, sources);
  if (current.index) return current.index;
  logger?.info({ file: join(dir, INDEX_FILE) }, `${current.reason}; rebuilding the index`);
  const started = performance.now();
  const built = buildIndex(sources);
  saveIndex(built, dir, logger);
  logger?.info({ reports: built.reports.length, ms: Math.round(performance.now() - started) }, 'index built');
  logReportChanges(logger, reportChanges(current.previous, sourcesOf(built)));
  return built;
}

/** The saved index when it matches the sources, else why not (and, when stale, the reports it was built from). */
export function readCurrentIndex(dir: string, sources: readonly ReportSource[] = readReportSources(dir)): { index?: BuiltIndex; reason: string; previous?: IndexedSource[] } {
  const file = join(dir, INDEX_FILE);
  if (!existsSync(file)) return { reason: 'no built index yet' };
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as BuiltIndex;
    return saved.sourceHash === hashSources(sources) ? { index: saved, reason: 'current' } : { reason: 'the index is stale (sources changed)', previous: sourcesOf(saved) };
  } catch {
    return { reason: 'the index file is unreadable' };
  }
}

/** Writes atomically (temp file + rename) so a concurrent start never reads half a file. */
export function saveIndex(built: BuiltIndex, dir: string, logger?: Logger): void {
  const file = join(dir, INDEX_FILE);
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(built));
    renameSync(tmp, file);
  } catch (err) {
    logger?.warn({ err, file }, 'could not save the built index; it will be rebuilt on next start');
  }
}

/**
 * Builds the search index from the report sources (parsing each report, indexing it with MiniSearch,
 * picking its daily facts), and decides when to: `loadOrBuildIndex` takes the saved index when it
 * matches the sources, by its stamp or else by their hash, and otherwise rebuilds it (reusing the
 * reports whose sources did not change) and saves it. Reading and saving the file is
 * `built-index.ts`'s job; a search over a current index loads only that module, and `hr` imports this
 * one (with MiniSearch and the report parser) only when the stamp does not settle it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Logger } from '../log.js';
import type { FactReview } from '../report/fact-review.js';
import { selectFacts } from '../report/facts.js';
import type { Report } from '../report/model.js';
import { parseReport, topicLabel } from '../report/parse.js';
import { splitSentences } from '../report/sentences.js';
import { FACTS_VERSION } from '../report/source-files.js';
import { readReportSources, type ReportSource } from '../report/sources.js';
import { sha256 } from '../sha256.js';
import { ANALYSIS_VERSION, type IndexedParagraph, miniSearchOptions, normalize, termOf, termsOf, tokenize, writtenWords } from './analysis.js';
import { compactIndex } from './bm25-index.js';
import {
  type BuiltIndex, currentStamp, INDEX_FILE, INDEX_FORMAT, IndexOfReports, readSavedIndex, type ReportEntry, type ReportIndex, saveIndex, sourcesStamp,
} from './built-index.js';
import { CorpusLexicon } from './corpus-lexicon.js';
import { namesIn } from './coverage.js';
import { nameOnlyTermsOf } from './names.js';
import { QUANTITY } from './figures.js';
import { type IndexedSource, logReportChanges, reportChanges } from './report-changes.js';
import { sentenceTermTables } from './sentence-terms.js';

const LAW = /\b(?:law|laws|legal|legally|illegal|constitution|legislation|prohibits?|prohibited|provides?|allows?|permits?|criminali[sz]es?|requires?|right|rights|entitled|punishable|forbidden|may not|must)\b/i;
const DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/;
const PENALTY = /\b(?:sentenced|sentences?\s+(?:of|to)|imprisonment|years?\s+(?:in|of)\s+(?:prison|jail|imprisonment)|fined?|fines|punishable|penalt(?:y|ies)|tenge|restrict(?:ed|ion\s+of)\s+freedom|suspended\s+sentence|probation|administrative\s+arrest)\b/i;
/**
 * A sentence opening by referring back to the one before: a pronoun or a demonstrative as its subject,
 * "the same…", "such…", "in these cases…", after an optional leading date or place ("On May 5, they…").
 * Sticky: read from the sentence's start in its paragraph's text.
 */
const BACK_REFERENCE = /(?:(?:on|in|by|as of)\s[^,]{1,40},\s*)?(?:he|she|they|it|this|these|that|those|such|his|her|their|its|the same|the latter|the former|both|in (?:these|such|this) (?:cases?|situations?))\b/iy;

/** Hash of everything that decides one report's index. */
export function hashSource(s: ReportSource): string {
  const hash = sha256().update(`analysis:${ANALYSIS_VERSION}\nfacts:${FACTS_VERSION}\n`);
  hash.update(JSON.stringify(s.info)).update('\n').update(s.file).update('\n').update(s.text);
  // The fact review changes which facts the index holds, so editing it rebuilds the index.
  hash.update(`\npin:${[...s.review.pin].sort().join(',')}\ndrop:${[...s.review.drop].sort().join(',')}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Hash of everything that decides the index's content: each report's, in order. */
export function hashSources(sources: readonly ReportSource[]): string {
  return combinedHash(sources.map(hashSource));
}

function combinedHash(reportHashes: readonly string[]): string {
  return sha256().update(`format:${INDEX_FORMAT}\n${reportHashes.join('\n')}`).digest('hex').slice(0, 16);
}

/**
 * Parses and indexes every source; a report whose hash `previous` (an older index of the same
 * folder) already holds is taken from it instead of being indexed again.
 */
export function buildIndex(sources: readonly ReportSource[], previous?: BuiltIndex): BuiltIndex {
  const plan = planBuild(sources, previous);
  for (const i of plan.toIndex) plan.reports[i] = indexSource(sources[i]!);
  return indexInMemory(plan.reports as ReportIndex[], plan.hashes);
}

/** What a build has to do: each source's hash, the reports `previous` already holds, and the positions left to index. */
export function planBuild(sources: readonly ReportSource[], previous?: BuiltIndex): { hashes: string[]; reports: Array<ReportIndex | undefined>; toIndex: number[] } {
  const hashes = sources.map(hashSource);
  const saved = new Map(previous?.entries.map((e, i) => [e.hash, i]));
  const toIndex: number[] = [];
  const reports = hashes.map((hash, i) => {
    const at = saved.get(hash);
    if (at === undefined) toIndex.push(i);
    return at === undefined ? undefined : previous!.report(at);
  });
  return { hashes, reports, toIndex };
}

/** Parses and indexes one report. */
export function indexSource(s: ReportSource): ReportIndex {
  return indexReport(parseReport(s.text, s.info), s.review);
}

/** An index over reports already in memory; `hashes` are their sources' (`hashSource`). */
export function indexInMemory(reports: readonly ReportIndex[], hashes: readonly string[]): BuiltIndex {
  const entries = reports.map((r, i): ReportEntry => ({ info: r.report.info, paragraphs: r.report.paragraphs.length, hash: hashes[i]! }));
  return new IndexOfReports(combinedHash(hashes), entries, (i) => reports[i]!, () => CorpusLexicon.build(reports.map((r) => r.documentFrequency)));
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
      BACK_REFERENCE.lastIndex = s.start;
      const refersBack = BACK_REFERENCE.test(p.text);
      return { start: s.start, end: s.end, terms: termsOf(text), quantity: QUANTITY.test(text), law: LAW.test(text), date: DATE.test(text), penalty: PENALTY.test(text), refersBack };
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
  const saved = compactIndex(miniSearch.toJSON());
  const tables = sentenceTermTables(sentences, saved.terms);
  return {
    report,
    sentenceFrequency,
    sentenceCount,
    meanSentenceLength: termTotal / (sentenceCount || 1),
    facts: selectFacts(report, review),
    sentences,
    sentenceTermIds: tables.rows,
    sentenceOnlyTerms: tables.only,
    sentenceCounts: sentences.map((row) => row.length),
    headingTerms: docs.map((d) => [...new Set(termsOf(d.headings))]),
    titleTerms: report.paragraphs.map((p) => [...new Set(termsOf(titleOf.get(p.sectionId) ?? ''))]),
    documentFrequency,
    termWords: commonestWords(docs),
    words: writtenWords(report.paragraphs.map((p) => p.text)).join(' '),
    names: namesIn(report.paragraphs.map((p) => p.text).join('\n')),
    ...nameOnlyTermsOf(report.paragraphs.map((p) => p.text)),
    miniSearch: saved,
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
 * The index for the reports in `dir`: loaded from `index.jsonl` when it matches the sources,
 * otherwise rebuilt (reusing the reports that did not change) and saved, when the folder is writable.
 */
export function loadOrBuildIndex(dir: string, logger?: Logger): BuiltIndex {
  // Stamped before the sources are read: a file changed while they are read no longer matches it.
  const stamp = sourcesStamp(dir);
  let sources: ReportSource[] | undefined;
  const read = () => (sources ??= readReportSources(dir));
  const current = checkSavedIndex(dir, currentStamp(dir), read);
  if (current.index) return current.index;
  logger?.info({ file: join(dir, INDEX_FILE) }, `${current.reason}; rebuilding the index`);
  const started = performance.now();
  const built = buildIndex(read(), current.previous);
  saveIndex(built, dir, logger, stamp);
  const reused = built.entries.filter((e) => current.previous?.entries.some((p) => p.hash === e.hash)).length;
  logger?.info({ reports: built.entries.length, reused, ms: Math.round(performance.now() - started) }, 'index built');
  logReportChanges(logger, reportChanges(sourcesOf(current.previous), sourcesOf(built)));
  return built;
}

/** The reports an index was built from, as its header remembers them (for `reportChanges`). */
export function sourcesOf(index: BuiltIndex): IndexedSource[];
export function sourcesOf(index: BuiltIndex | undefined): IndexedSource[] | undefined;
export function sourcesOf(index: BuiltIndex | undefined): IndexedSource[] | undefined {
  return index?.entries.map((e) => ({ id: e.info.id, title: e.info.title, hash: e.hash }));
}

/**
 * The saved index when it matches the sources, else why not (and the saved index, when readable,
 * whose unchanged reports a rebuild can reuse). Without `sources`, a saved index whose stamp matches
 * the folder's is current without reading the sources.
 */
export function readCurrentIndex(dir: string, sources?: readonly ReportSource[]): { index?: BuiltIndex; previous?: BuiltIndex; reason: string } {
  return checkSavedIndex(dir, sources ? undefined : currentStamp(dir), () => sources ?? readReportSources(dir));
}

function checkSavedIndex(dir: string, stamp: string | undefined, sources: () => readonly ReportSource[]): { index?: BuiltIndex; previous?: BuiltIndex; reason: string } {
  const file = join(dir, INDEX_FILE);
  if (!existsSync(file)) return { reason: 'no built index yet' };
  const saved = readSavedIndex(file);
  if (!saved) return { reason: 'the index file is unreadable' };
  if (stamp !== undefined && saved.stamp === stamp) return { index: saved.index, reason: 'current' };
  // Taken before the sources are read, as for a build: a file changed while they are hashed no longer matches it.
  const settled = stamp === undefined ? undefined : sourcesStamp(dir);
  if (saved.index.sourceHash !== hashSources(sources())) return { previous: saved.index, reason: 'the index is stale (sources changed)' };
  // Current by its hash but not by its stamp: the folder was copied (a clone, a package, an image
  // layer), which gives every file new times and inodes. Stamp it afresh, so later loads skip the hash.
  if (settled !== undefined) saved.restamp(settled);
  return { index: saved.index, reason: 'current' };
}

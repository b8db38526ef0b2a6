/**
 * A built search index, in memory and in its file `index-data/index.jsonl`: reading it, saving it, and
 * telling from the folder's files alone whether the saved one is current. Building an index from the
 * report sources is `index-build.ts`'s job; this module loads none of it (MiniSearch, the report
 * parser, the fact picking), so a search over a current index never compiles or runs that code: the
 * bundled `hr` reaches it through a dynamic import only when the index is missing or stale.
 *
 * The file is JSON lines: a header (the hash, each report's description, paragraph count and own hash,
 * and the length in bytes of every line after it), the corpus lexicon (`corpus-lexicon.ts`), then four
 * lines per report: what a search reads, the parts it does not (`ReportExtras`: the daily facts, the word
 * table and the words written), the sentences, and the sentences as term ids (`ParagraphTermIds`). Loading
 * parses the header only; a report's search line is parsed when the service first needs that report, so a
 * hundred reports load as fast as one, and its extras line when a fact command or a word lookup first
 * reads them.
 *
 * The header also holds the sources' stamp (`sourcesStamp`): while the folder's report files are the
 * very files the index was built from, loading neither reads nor hashes them (`readStampedIndex`);
 * otherwise `index-build.ts` falls back to the hash, and when that matches (a copied folder: new times
 * and inodes) stamps the file afresh.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportInfo } from '../answers.js';
import type { Logger } from '../log.js';
import type { ScoredFact } from '../report/facts.js';
import type { Report } from '../report/model.js';
import { FACT_REVIEW_FILE, FACTS_VERSION, MANIFEST_FILE } from '../report/source-files.js';
import { ANALYSIS_VERSION } from './analysis.js';
import { asciiJson } from './ascii-json.js';
import { CorpusLexicon, type SavedLexicon } from './corpus-lexicon.js';
import type { SavedBm25Index } from './bm25-index.js';

export const INDEX_FILE = 'index.jsonl';
/** Bump when the file's layout changes (not its content: `ANALYSIS_VERSION` is for that). */
export const INDEX_FORMAT = 9;

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
  /**
   * Opens by referring back to the sentence before (`BACK_REFERENCE`): the answer then brings its
   * predecessor along. Computed here, not per query: the pattern's compilation alone was a tenth of
   * the first query after start-up.
   */
  refersBack: boolean;
}

/**
 * A paragraph's sentences as term ids, as `SentenceTerms` reads them: where each sentence's ids start
 * in `ids` (one more entry than sentences, the last one `ids.length`), each sentence's flags
 * (`SENTENCE_FLAGS`), and the ids of every sentence's terms in a row. A term's id is its position in
 * the BM25 index's terms (`SavedBm25Index.terms`), or past them for a term only in
 * `ReportIndex.sentenceOnlyTerms`. Made when the index is built (`sentenceTermTables`): when the first
 * query to reach each of its ~30 candidates made them from their sentences' JSON, they were ~0.5 ms of it.
 */
export type ParagraphTermIds = [starts: number[], flags: number[], ids: number[]];

/** Everything the query service needs for one report. */
export interface ReportIndex {
  report: Report;
  /** The daily facts, with the score and reason each was kept (for `hr facts --review`). */
  facts: ScoredFact[];
  /**
   * Sentences of each paragraph, by paragraph position; read them with `sentencesOf`. A saved index
   * keeps each paragraph's as its JSON text until first read (see `reportLines`).
   */
  sentences: (IndexedSentence[] | string)[];
  /**
   * Each paragraph's sentences as term ids, by paragraph position; read them with `paragraphTermIdsOf`.
   * A saved index keeps each paragraph's as its JSON text.
   */
  sentenceTermIds: (ParagraphTermIds | string)[];
  /** Terms of the sentences that the BM25 index lacks (none when both read the same text), given the ids after its terms. */
  sentenceOnlyTerms: string[];
  /** How many sentences each paragraph has, by paragraph position (known without parsing them). */
  sentenceCounts: number[];
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
  /** The distinct lower-case words the paragraphs write, first written first, joined by spaces (`writtenWords`). */
  words: string;
  /** The words the report writes only as names, capitalised and never in lower case ("uzbekistan"; `namesIn`). */
  names: string[];
  /**
   * Term → the paragraphs (by position) whose text holds it only inside a capitalised name of two or more words
   * ("People's Assembly": `nameOnlyTermsOf`); an expansion met only there does not count for them. Absent in an
   * index saved before Quality round 107 (read as none).
   */
  nameOnly?: Record<string, number[]>;
  /** The capitalised names, as their terms, of each paragraph (by position) that `nameOnly` lists. */
  nameGroups?: Record<string, string[][]>;
  /** MiniSearch's saved index, postings compacted (`SavedBm25Index`). */
  miniSearch: SavedBm25Index;
}

/**
 * The parts of a report's index a search does not read: the daily facts (fact commands) and the word
 * table (typo correction of an unknown word, word vectors). Saved on a line of their own after the
 * report's search line: a one-shot search then parses 520 instead of 620 KB of JSON (about a sixth less
 * to parse and to copy out of V8's young generation).
 */
type ReportExtras = Pick<ReportIndex, 'facts' | 'termWords' | 'words'>;
const EXTRAS = ['facts', 'termWords', 'words'] as const satisfies ReadonlyArray<keyof ReportIndex>;

/**
 * A report's index as four saved lines: the search line (with `null` in the extras' places, and the
 * length of each paragraph's row in the sentences and term-id lines in theirs), the extras line, the
 * sentences line: every paragraph's sentences, a JSON array of one array per paragraph, and the term-id
 * line, laid out alike. A search reads the sentences of its ~30 candidates; parsed with the rest of the
 * search line, as objects (2,000 with their term arrays) or as escaped JSON text, they were a third of
 * its parse (~3.2 against ~1.9 ms cold).
 */
function reportLines(r: ReportIndex): [string, string, string, string] {
  // The placeholders keep the keys' order, so a report read back lists them as the built one does.
  const extras: ReportExtras = { facts: r.facts, termWords: r.termWords, words: r.words };
  // A row not read since it was loaded is saved as it was read.
  const rows = r.sentences.map((row) => (typeof row === 'string' ? row : asciiJson(row)));
  const idRows = r.sentenceTermIds.map((row) => (typeof row === 'string' ? row : JSON.stringify(row)));
  return [
    asciiJson({ ...r, sentences: rows.map((row) => row.length), sentenceTermIds: idRows.map((row) => row.length), facts: null, termWords: null, words: null }),
    asciiJson(extras),
    `[${rows.join(',')}]`,
    `[${idRows.join(',')}]`,
  ];
}

/** The JSON text of each row of a saved line `[row,row,…]`, given each row's length. */
function rowsOf(line: string, lengths: readonly number[]): string[] {
  // After the line's "[" and each ",".
  let at = 1;
  return lengths.map((length) => line.slice(at, (at += length + 1) - 1));
}

/** Paragraph `position`'s sentences ([] past the last paragraph), parsed and kept on first read. */
export function sentencesOf(index: ReportIndex, position: number): IndexedSentence[] {
  const row = index.sentences[position];
  if (typeof row !== 'string') return row ?? [];
  return (index.sentences[position] = JSON.parse(row) as IndexedSentence[]);
}

/** Paragraph `position`'s sentences as term ids (parsed on each read: `SentenceTerms` keeps them). */
export function paragraphTermIdsOf(index: ReportIndex, position: number): ParagraphTermIds {
  const row = index.sentenceTermIds[position];
  if (row === undefined) return [[0], [], []];
  return typeof row === 'string' ? (JSON.parse(row) as ParagraphTermIds) : row;
}

/**
 * A report read from its search line, whose extras are parsed from `extrasLine` the first time one is
 * read, and each paragraph's sentences (`sentencesOf`) and term ids (`paragraphTermIdsOf`) from its
 * part of `sentencesLine` and `termIdsLine`.
 */
function readReport(searchLine: string, extrasLine: () => string, sentencesLine: string, termIdsLine: string): ReportIndex {
  const report = JSON.parse(searchLine) as Record<string, unknown>;
  // Saved as the length of each paragraph's part of those lines.
  report.sentences = rowsOf(sentencesLine, report.sentences as number[]);
  report.sentenceTermIds = rowsOf(termIdsLine, report.sentenceTermIds as number[]);
  let extras: ReportExtras | undefined;
  for (const key of EXTRAS) {
    // Redefining a property keeps its place in the key order.
    Object.defineProperty(report, key, { enumerable: true, configurable: true, get: () => (extras ??= JSON.parse(extrasLine()) as ReportExtras)[key] });
  }
  return report as unknown as ReportIndex;
}

/** A report as the index's header describes it: enough to list and choose it without reading its index. */
export interface ReportEntry {
  info: ReportInfo;
  paragraphs: number;
  /** Hash of this report's sources (`hashSource`): an unchanged report is not rebuilt. */
  hash: string;
}

export interface BuiltIndex {
  /** Hash of the sources and of the analysis version that built this index. */
  readonly sourceHash: string;
  /** Every report, in source order (manifest first). */
  readonly entries: readonly ReportEntry[];
  /** Report `i`'s index. From a saved index it is parsed on each call: the caller keeps what it uses. */
  report(i: number): ReportIndex;
  /** Every report's index, all parsed (kept after the first call): for tools and tests. */
  readonly reports: readonly ReportIndex[];
  /** The vocabulary of all the reports together, read on first use. */
  lexicon(): CorpusLexicon;
}

/** A built index whose reports are read through `read` (from memory, or from the file's lines). */
export class IndexOfReports implements BuiltIndex {
  private all?: ReportIndex[];
  private corpus?: CorpusLexicon;

  constructor(
    readonly sourceHash: string,
    readonly entries: readonly ReportEntry[],
    private readonly read: (i: number) => ReportIndex,
    private readonly readLexicon: () => CorpusLexicon,
  ) {}

  report(i: number): ReportIndex {
    if (i < 0 || i >= this.entries.length) throw new RangeError(`no report ${i} in the index`);
    return this.all?.[i] ?? this.read(i);
  }

  get reports(): readonly ReportIndex[] {
    return (this.all ??= this.entries.map((_, i) => this.read(i)));
  }

  lexicon(): CorpusLexicon {
    return (this.corpus ??= this.readLexicon());
  }
}

/**
 * What the report files in `dir` are right now, for `saveIndex` to keep and a later load to compare
 * with instead of reading and hashing them: the versions whose code turns them into an index, then each
 * report text, the manifest and the fact review by name, size, modification and change times (ns) and
 * inode. Any write to, replacement of or addition of a file changes it (the change time cannot be set
 * back, unlike the modification time `touch -d` or `cp -p` set). Undefined when a file changed in the
 * last second: the clock that stamps files ticks coarsely, and a file changed again within the same
 * tick would keep its times — such a folder is checked by its hash until the index is next saved.
 */
export function sourcesStamp(dir: string, now = Date.now()): string | undefined {
  return stampOf(dir, now - 1000);
}

/**
 * The stamp of the files in `dir` now, to compare with a saved one: a file changed since that was
 * saved has a later change time, however recent.
 */
export function currentStamp(dir: string): string | undefined {
  return stampOf(dir, Infinity);
}

/** `sourcesStamp`, undefined when a file changed at or after `settledBefore` (ms since the epoch). */
function stampOf(dir: string, settledBefore: number): string | undefined {
  try {
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt') || f === MANIFEST_FILE || f === FACT_REVIEW_FILE).sort();
    const files: string[] = [];
    for (const name of names) {
      const s = statSync(join(dir, name), { bigint: true });
      if (!s.isFile()) continue;
      if (Number(s.ctimeMs) >= settledBefore || Number(s.mtimeMs) >= settledBefore) return undefined;
      files.push(`${name}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`);
    }
    return `format:${INDEX_FORMAT} analysis:${ANALYSIS_VERSION} facts:${FACTS_VERSION}\n${files.join('\n')}`;
  } catch {
    return undefined;
  }
}

/**
 * The saved index in `dir` when its stamp says the folder's report files are the very files it was
 * built from; undefined when there is none, it is unreadable, or the files may have changed (then
 * `index-build.ts`'s `readCurrentIndex` or `loadOrBuildIndex` decides by the sources' hash).
 */
export function readStampedIndex(dir: string): BuiltIndex | undefined {
  const stamp = currentStamp(dir);
  if (stamp === undefined) return undefined;
  const file = join(dir, INDEX_FILE);
  if (!existsSync(file)) return undefined;
  const saved = readSavedIndex(file);
  return saved?.stamp === stamp ? saved.index : undefined;
}

interface SavedHeader {
  format: number;
  sourceHash: string;
  /** `sourcesStamp` of the files the index was built from, when they were not changed just before. */
  stamp?: string;
  reports: ReportEntry[];
  /**
   * The length in bytes of each line after the header (its newline left out): the loader finds every line without
   * scanning ~750 KB for newlines (~1 ms of a one-shot search, most of it compiling Node's own `indexOf`).
   */
  lines: number[];
}

/**
 * The saved index, with only its header parsed; undefined when the file is not a whole index of this
 * format. `restamp` rewrites the file with another stamp in its header, when the folder is writable.
 */
export function readSavedIndex(file: string): { index: BuiltIndex; stamp?: string; restamp: (stamp: string) => void } | undefined {
  try {
    const bytes = readFileSync(file);
    // The header ends at the first newline (JSON.stringify escapes newlines inside strings).
    let headerEnd = 0;
    while (headerEnd < bytes.length && bytes[headerEnd] !== 10) headerEnd++;
    // Every line is ASCII (`asciiJson`), which decodes as Latin-1 without UTF-8's validation.
    const header = JSON.parse(bytes.toString('latin1', 0, headerEnd)) as SavedHeader;
    if (header.format !== INDEX_FORMAT || !Array.isArray(header.lines) || header.lines.length !== 4 * header.reports.length + 1) return undefined;
    const starts = [0, headerEnd + 1];
    for (const length of header.lines) {
      const end = starts.at(-1)! + length;
      // A truncated, appended-to or rewritten file has no newline where a line should end, or does not end with one.
      if (!Number.isInteger(length) || length < 0 || bytes[end] !== 10) return undefined;
      starts.push(end + 1);
    }
    if (starts.at(-1) !== bytes.length) return undefined;
    const line = (n: number) => bytes.toString('latin1', starts[n]!, starts[n + 1]! - 1);
    const index = new IndexOfReports(
      header.sourceHash,
      header.reports,
      (i) => readReport(line(4 * i + 2), () => line(4 * i + 3), line(4 * i + 4), line(4 * i + 5)),
      () => new CorpusLexicon(JSON.parse(line(1)) as SavedLexicon),
    );
    const restamp = (stamp: string) => {
      try {
        writeAtomically(file, Buffer.concat([Buffer.from(asciiJson({ ...header, stamp })), bytes.subarray(starts[1]! - 1)]));
      } catch {
        // A read-only folder (an image run as another user): loads keep checking the hash.
      }
    };
    return { index, ...(typeof header.stamp === 'string' ? { stamp: header.stamp } : {}), restamp };
  } catch {
    return undefined;
  }
}

/** Replaces `file` by `data` through a temporary file and a rename, so a concurrent start never reads half a file. */
function writeAtomically(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Writes atomically (temp file + rename). `stamp` is the sources' `sourcesStamp` taken before they
 * were read for this build.
 */
export function saveIndex(built: BuiltIndex, dir: string, logger?: Logger, stamp?: string): void {
  const file = join(dir, INDEX_FILE);
  try {
    const lines = [asciiJson(built.lexicon()), ...built.entries.flatMap((_, i) => reportLines(built.report(i)))];
    // Every line is ASCII: its length is its length in bytes.
    const header: SavedHeader = { format: INDEX_FORMAT, sourceHash: built.sourceHash, ...(stamp === undefined ? {} : { stamp }), reports: [...built.entries], lines: lines.map((line) => line.length) };
    writeAtomically(file, `${[asciiJson(header), ...lines].join('\n')}\n`);
  } catch (err) {
    logger?.warn({ err, file }, 'could not save the built index; it will be rebuilt on next start');
  }
}

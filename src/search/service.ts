/**
 * The query service: search, section reading, table of contents, autocomplete and facts over the
 * built index. Platform-neutral: it returns answers (`../answers.ts`) and never talks to a chat.
 */
import { HR_COMMAND } from '../../commands/hr.js';
import {
  errorAnswer, type ErrorAnswer, type Excerpt, type Fact, type FactAnswer, type HelpAnswer, type ReportInfo, type SearchAnswer,
  type SectionAnswer, type SectionsAnswer, type SectionSuggestion, type Segment, shortened,
} from '../answers.js';
import { factPoolOf, type FactPool, type ReportFacts } from '../daily/fact-pool.js';
import { Rotation } from '../daily/rotation.js';
import type { Paragraph, Section } from '../report/model.js';
import { miniSearchOptions, normalize, termOf, termsOf, type Token, tokenize } from './analysis.js';
import { Bm25Index } from './bm25-index.js';
import { type BuiltIndex, type ReportEntry, type ReportIndex, sentencesOf } from './built-index.js';
import { ReportChooser } from './report-selection.js';
import { cleanQuery, parseQuery, type ParsedQuery, type Vocabulary, type WeightedTerm } from './query.js';
import { AMBIGUOUS_WORDS } from './ambiguous-words.js';
import { QueryScorer, RANKING, type Ranked, RankedList, rerank } from './ranking.js';
import type { QueryService, ReportSummary, SearchOptions, SectionOptions } from './query-service.js';
import { SectionRefs, shortRef, suggestionFor } from './section-refs.js';
import { UnknownDefaultReportError } from './report-choice.js';
import { WordNet, type WordSenses } from './wordnet.js';
import { WordVectors } from './word-vectors.js';
import { EnglishSpelling } from './english-spelling.js';
import { realWordTest } from './real-words.js';
import { RealWordSlips } from './real-word-slips.js';
import { SoundSpelling } from './sound-spelling.js';
import { Thesaurus } from './thesaurus.js';
import { ReportNeighbours } from './neighbours.js';
import { DenseSentences } from './dense.js';
import { TermSimilarities } from './alignment.js';
import { figureBefore, sentenceTermsOf } from './sentence-terms.js';
import { MONEY, countingSentences } from './figures.js';
import { type AnsweringPassage, coverageOf, isSmallTalk, rankingQuery, ReportNames } from './coverage.js';
import { comparedPlaceWords, withoutWords } from './comparison.js';
import { countryNamedBy } from './nationality.js';
import { AGREEMENT, readingsOf } from './readings.js';
import { questionOf } from './courtesy.js';
import { purposeFrameWords, relayFrameWords, withoutSpokenFiller } from './spoken.js';
import { SectionPages } from './section-pages.js';
import { markRanges, type StyledRange, toSegments } from './segments.js';

export { PAGE_CHARS } from './section-pages.js';

/** Longest query the service reads; chat platforms cap input well below this. */
export const MAX_QUERY_CHARS = 500;
/** Longest section reference the service reads (the longest heading is far shorter). */
const MAX_REF_CHARS = 200;
const DEFAULT_LIMIT = 3;
const MAX_LIMIT = 10;
/**
 * How many reports' search structures stay in memory; the least recently used is dropped past it
 * (and read again from the index when needed). A hundred reports open at once would cost ~5 MB each.
 */
export const MAX_OPEN_REPORTS = 16;

/**
 * The service over a built index. Throws when `defaultReport` names no indexed report: a
 * misconfiguration worth stopping for. A report's search structures are built the first time a
 * request reaches it.
 */
export function createQueryService(
  index: BuiltIndex,
  vectors: WordVectors | undefined = WordVectors.load(),
  thesaurus: Thesaurus = Thesaurus.load(),
  options: {
    defaultReport?: string | undefined;
    /** How many reports' search structures stay in memory at once. Default `MAX_OPEN_REPORTS`. */
    maxOpenReports?: number;
  } = {},
): QueryService {
  const wordnet = new WordNet();
  const senses = (word: string) => wordnet.senses(word);
  const derived = (word: string) => wordnet.derived(word);
  const irregularSenses = (word: string) => wordnet.irregularSenses(word);
  const verbSenses = (words: readonly string[]) => wordnet.verbSenses(words);
  const ambiguous = (word: string) => AMBIGUOUS_WORDS.has(word);
  const english = vectors && englishSpelling(vectors, senses);
  const isWordAsTyped = vectors && realWordTest(vectors, senses);
  const soundsLike = vectors && soundSpelling(vectors, senses);
  // Citations name their report only when there is more than one to tell apart.
  const nameReports = index.entries.length > 1;
  const order = orderByDefault(index.entries, options.defaultReport);
  const reports = order.map((i): ReportSummary => ({ ...index.entries[i]!.info, paragraphs: index.entries[i]!.paragraphs }));
  const positionById = new Map(index.entries.map((e, i) => [e.info.id, i]));
  const open = new OpenReports((i) => new ReportSearch(index.report(i), { senses, irregularSenses, derived, ambiguous, verbSenses, ...(english ? { english } : {}), ...(isWordAsTyped ? { isWordAsTyped } : {}), ...(soundsLike ? { soundsLike } : {}) }, vectors, thesaurus, nameReports), options.maxOpenReports ?? MAX_OPEN_REPORTS);
  const pick = (id?: string): ReportSearch | ErrorAnswer => {
    const at = id === undefined ? order[0]! : positionById.get(id);
    return at === undefined ? unknownReport(id!, reports) : open.get(at);
  };
  const isError = (x: ReportSearch | ErrorAnswer): x is ErrorAnswer => !(x instanceof ReportSearch);
  let chooser: ReportChooser | undefined;
  let everyReport: EveryReportFacts | undefined;

  /** A search over several reports, none named: those the query's words choose. Its own function, so that a process over one report never compiles it. */
  const searchChosen = (query: string, options: SearchOptions): SearchAnswer | ErrorAnswer => {
    // Refused alike by every report: say it once, before choosing among them.
    if (query.length > MAX_QUERY_CHARS * 4 || cleanQuery(query).length > MAX_QUERY_CHARS) return tooLong();
    chooser ??= new ReportChooser(index, order, { senses, thesaurus, ...(vectors ? { vectors } : {}) });
    const chosen = chooser.choose(query);
    return searchAll((chosen.length ? chosen : [order[0]!]).map((i) => open.get(i)), query, options);
  };

  return {
    reports,
    search(query, options = {}) {
      if (options.report === undefined && order.length > 1) return searchChosen(query, options);
      const s = pick(options.report);
      return isError(s) ? s : s.search(query, options);
    },
    section(ref, options = {}) {
      const s = pick(options.report);
      return isError(s) ? s : s.section(ref, options);
    },
    sections(report) {
      const s = pick(report);
      return isError(s) ? s : s.sections();
    },
    suggest(prefix, report) {
      const s = pick(report);
      // Slice before cleaning, so a huge prefix costs no more than a long one.
      return isError(s) ? [] : s.refs.suggest(cleanQuery(prefix.slice(0, 400)).slice(0, 100));
    },
    facts(report) {
      const s = pick(report);
      return isError(s) ? [] : s.index.facts;
    },
    reviewedFacts(report) {
      const s = pick(report);
      return isError(s) ? [] : s.index.facts;
    },
    fact(options = {}) {
      if (options.report === undefined && order.length > 1) return (everyReport ??= new EveryReportFacts(order.map((i) => ({ report: index.entries[i]!.info, facts: index.report(i).facts })))).fact(options.date);
      const s = pick(options.report);
      return isError(s) ? s : s.fact(options.date);
    },
    help: helpAnswer,
  };
}

/**
 * `Vocabulary.english`, shared by every report: the closest word of general English to a typo that
 * is none of its commonest words ("goverment" is one: it is corrected to the report's word alone), among
 * the words WordNet lists (the vectors hold misspellings). When that is a name, none: a name is the
 * report's to correct to ("kzakstan" is its Kazakhstan, not WordNet's "Kazakstan"), and a typo of
 * another ("geramny") is no everyday word either ("german").
 */
export function englishSpelling(vectors: WordVectors, senses: (word: string) => WordSenses | null): NonNullable<Vocabulary['english']> {
  // A function word ("what" for "waht") is no word of WordNet's, but a word all the same.
  const spelling = new EnglishSpelling(vectors, (word) => senses(word) !== null || termOf(word) === null);
  return (typo, maxDistance) => {
    if (vectors.indexOf(typo) >= 0) return undefined;
    const found = spelling.closest(typo, maxDistance);
    return found && !senses(found.word)?.properName ? found : undefined;
  };
}

/**
 * `Vocabulary.soundsLike` over the word vectors: the word a spelling by ear meant, a word of general English as
 * `englishSpelling` takes one, for a typed word the vectors do not hold (one they hold is English as typed, round 128).
 */
export function soundSpelling(vectors: WordVectors, senses: (word: string) => WordSenses | null): NonNullable<Vocabulary['soundsLike']> {
  const spelling = new SoundSpelling(vectors, (word) => senses(word) !== null || termOf(word) === null);
  return (typo, maxDistance) => {
    if (vectors.indexOf(typo) >= 0) return undefined;
    const found = spelling.closest(typo, maxDistance);
    return found && !senses(found.word)?.properName ? found : undefined;
  };
}

/** Report positions with the default first: `defaultReport` when given, else the newest by year (the first of equals). */
function orderByDefault(entries: readonly ReportEntry[], defaultReport: string | undefined): number[] {
  let first = 0;
  if (defaultReport !== undefined) {
    first = entries.findIndex((e) => e.info.id === defaultReport);
    if (first < 0) throw new UnknownDefaultReportError(defaultReport, entries.map((e) => e.info.id));
  } else {
    entries.forEach((e, i) => {
      if (e.info.year > entries[first]!.info.year) first = i;
    });
  }
  return [first, ...entries.keys()].filter((i, at) => at === 0 || i !== first);
}

/** Two sets of word positions as one, either or both maybe absent: most queries have neither. */
function joined(a: Set<number> | undefined, b: Set<number> | undefined): Set<number> | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  for (const i of b) a.add(i);
  return a;
}

/**
 * The first three paragraphs' positions, which coverage reads (`AnsweringPassages`). Filled by `push`: `map` makes a
 * holey array once `rankPage` is optimised, a packed one before, and the coverage rules optimised on the one fell back
 * to the interpreter at the other.
 */
function answeringPositions(ranked: RankedList): number[] {
  // Whole numbers in a list of their count: `push` of the head's doubles made a list of doubles with room for 17 (issue 13 round 42).
  const n = Math.min(3, ranked.length);
  if (n >= 3) return [ranked.positionAt(0) | 0, ranked.positionAt(1) | 0, ranked.positionAt(2) | 0];
  return n === 2 ? [ranked.positionAt(0) | 0, ranked.positionAt(1) | 0] : n === 1 ? [ranked.positionAt(0) | 0] : [];
}

/** The reports' search structures by index position, built on first use, the least recently used dropped past `max`. */
class OpenReports {
  private readonly open = new Map<number, ReportSearch>();

  constructor(
    private readonly build: (position: number) => ReportSearch,
    private readonly max: number,
  ) {}

  /** The position asked for last, while open: asked again (every query, with one report), it is already the most recently used. */
  private last = -1;

  get(position: number): ReportSearch {
    let search = this.open.get(position);
    // Deleted and set again, the one open report's entry left a deleted slot in the Map's table on every query, and the
    // table was made anew every few queries (issue 13 round 38).
    if (search && position === this.last) return search;
    if (search) this.open.delete(position);
    else search = this.build(position);
    // A Map iterates in insertion order: re-inserting marks it most recently used.
    this.open.set(position, search);
    if (this.open.size > this.max) this.open.delete(this.open.keys().next().value!);
    this.last = this.open.has(position) ? position : -1;
    return search;
  }
}

function unknownReport(id: string, reports: readonly ReportInfo[]): ErrorAnswer {
  return errorAnswer('unknown-report', `There is no report "${shortened(id, 60)}". Available: ${reports.map((r) => r.id).join(', ')}.`);
}

/**
 * One search across the reports chosen for the query (best first, see `report-selection.ts`).
 * Each ranks its own paragraphs (scores relative to its best hit, 1); results are merged by that
 * score times the report's absolute confidence that it answers the query, so a report that barely
 * mentions the words does not outrank one that covers them; ties go to the better-chosen report.
 */
function searchAll(searches: readonly ReportSearch[], query: string, options: SearchOptions): SearchAnswer | ErrorAnswer {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const offset = Math.max(0, Math.trunc(options.offset ?? 0));
  // Each report's first pages, ranked but without excerpts: only the merged page's are made.
  const results = searches.map((s) => s.rankPage(query, { ...options, offset: 0, limit: offset + limit }, offset + limit));
  const answers = results.map((r) => ('page' in r ? r.answer : r));
  const found = answers.filter((a): a is SearchAnswer => a.kind === 'search');
  // The same refusal everywhere (empty, too long, unknown section in every report): say it once.
  if (found.length === 0) return answers[0]!;
  const first = found[0]!;
  if (first.smallTalk) return first;
  const merged = results
    .flatMap((r) => ('page' in r ? r.page.map((ranked) => ({ r, ranked, score: roundedScore(ranked), order: found.indexOf(r.answer) })) : []))
    .map((m) => ({ ...m, key: m.score * m.r.answer.confidence }))
    .sort((a, b) => b.key - a.key || b.score - a.score || a.order - b.order);
  const page = merged.slice(offset, offset + limit);
  const total = found.reduce((n, a) => n + a.total, 0);
  const best = found.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const next = offset + limit;
  return {
    kind: 'search',
    query: first.query,
    smallTalk: false,
    // The header names the report of the best hit; each hit's citation names its own.
    report: page[0] ? found[page[0].order]!.report : first.report,
    reports: found.map((a) => a.report),
    covered: best.covered,
    confidence: best.confidence,
    hits: page.map((m) => m.r.excerpt(m.ranked)),
    total,
    offset,
    limit,
    ...(next < total ? { nextOffset: next } : {}),
    suggestions: total ? [] : first.suggestions,
  };
}

/** A search ranked, before its page is read (`ReportSearch.rankSearch`): the list is read before the report's next query. */
interface RankedSearch {
  /** The answer, its `hits` still empty. */
  answer: SearchAnswer;
  ranked: RankedList;
  /** The page: the list's entries from `from` up to `to` (excluded). */
  from: number;
  to: number;
  query: ParsedQuery;
  scorer: QueryScorer;
}

/** A search's ranked page before its excerpts are made (`ReportSearch.rankPage`). */
interface RankedPage {
  /** The answer, its `hits` still empty. */
  answer: SearchAnswer;
  page: Ranked[];
  excerpt: (ranked: Ranked) => Excerpt;
}

/** A hit's score as answers show it (and as merging compares it). */
function roundedScore(ranked: Ranked): number {
  return roundScore(ranked.score);
}
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function helpAnswer(): HelpAnswer {
  return { kind: 'help', commands: HR_COMMAND.subcommands.map((c) => ({ usage: `/hr ${c.usage}`, description: c.description })) };
}

/** Search and reading over one report. */
class ReportSearch {
  readonly info: ReportInfo;
  readonly refs: SectionRefs;
  private readonly pages: SectionPages;
  private readonly bm25: Bm25Index;
  private readonly paragraphs: Paragraph[];
  readonly vocabulary: Vocabulary;
  /** The ¶ number of each paragraph, by position. */
  private readonly ordinals: number[];
  /** Paragraph position by id (`positionsUnder` reads a section's through it). */
  private readonly positionById: Map<string, number>;
  private readonly sectionOrder: Section[];
  private readonly dense?: DenseSentences;
  private readonly similarities?: TermSimilarities;

  constructor(
    readonly index: ReportIndex,
    { senses, irregularSenses, derived, ambiguous, verbSenses, english, isWordAsTyped, soundsLike }: Pick<Vocabulary, 'senses' | 'irregularSenses' | 'derived' | 'ambiguous' | 'verbSenses' | 'english' | 'isWordAsTyped' | 'soundsLike'>,
    vectors: WordVectors | undefined,
    thesaurus: Thesaurus,
    /** Prefix citations with the report's title (more than one report loaded). */
    private readonly nameReport = false,
  ) {
    this.info = index.report.info;
    this.paragraphs = index.report.paragraphs;
    this.refs = new SectionRefs(index.report);
    this.pages = new SectionPages(index.report, this.refs);
    this.bm25 = new Bm25Index(index.miniSearch, miniSearchOptions().fields);
    this.positionById = new Map(this.paragraphs.map((p, i) => [p.id, i]));
    this.sectionOrder = index.report.sections;
    this.ordinals = this.paragraphs.map((p) => p.ordinal);
    // The word table is read on first use (a saved index parses it only then): getters, not values.
    this.vocabulary = {
      documentFrequency: index.documentFrequency,
      senses,
      ...(derived ? { derived } : {}),
      ...(irregularSenses ? { irregularSenses } : {}),
      ...(ambiguous ? { ambiguous } : {}),
      ...(verbSenses ? { verbSenses } : {}),
      ...(english ? { english } : {}),
      ...(isWordAsTyped ? { isWordAsTyped } : {}),
      ...(soundsLike ? { soundsLike } : {}),
      paragraphsOf: (term) => this.bm25.documentsOf(term),
      paragraphCount: this.paragraphs.length,
      ignored: new Set(termsOf(this.info.country)),
      corrections: new Map(),
      typedWords: new Map(),
      compounds: new Map(),
      thesaurus,
      writes: (phrase) => this.names.writes(phrase),
      get words() {
        return index.termWords;
      },
    };
    if (vectors) {
      const neighbours = new ReportNeighbours(vectors, () => index.termWords, index.documentFrequency, this.paragraphs.length);
      this.vocabulary.neighbours = (word) => neighbours.of(word);
      this.vocabulary.specificity = (word) => neighbours.specificity(word);
      const slips = new RealWordSlips(vectors, { words: () => index.words.split(' '), paragraphsOf: (term) => this.bm25.documentsOf(term), paragraphCount: this.paragraphs.length });
      this.vocabulary.slipFor = (typed, context) => slips.slipFor(typed, context);

      this.dense = new DenseSentences(vectors, index);
      this.similarities = new TermSimilarities(vectors, index, sentenceTermsOf(index));
    }
  }

  search(rawQuery: string, options: SearchOptions): SearchAnswer | ErrorAnswer {
    const found = this.rankSearch(rawQuery, options, MAX_LIMIT);
    if (!('ranked' in found)) return found;
    // The page's excerpts read straight from the ranked list, in a loop (not `map` with a closure per query: issue 13 round
    // 42): no `Ranked` object per hit and no page list, which only `searchAll`'s merging needs (round 55).
    const { ranked, to, query, scorer } = found;
    const hits: Excerpt[] = [];
    for (let i = found.from; i < to; i++) hits.push(this.excerpt(ranked.positionAt(i), ranked.scoreAt(i), query, scorer));
    found.answer.hits = hits;
    return found.answer;
  }

  /**
   * The search without its excerpts (`answer.hits` is empty): the page's ranked paragraphs and how
   * to make each one's excerpt, or an answer with nothing to rank. `maxLimit` lifts the page cap
   * when `searchAll` needs every report's first pages to merge.
   */
  rankPage(rawQuery: string, options: SearchOptions, maxLimit = MAX_LIMIT): RankedPage | SearchAnswer | ErrorAnswer {
    const found = this.rankSearch(rawQuery, options, maxLimit);
    if (!('ranked' in found)) return found;
    const { query, scorer } = found;
    return { answer: found.answer, page: found.ranked.slice(found.from, found.to), excerpt: (r) => this.excerpt(r.position, r.score, query, scorer) };
  }

  /** `search` and `rankPage`'s work: the answer without its hits, and the ranked list with the page's bounds in it, or an answer with nothing to rank. */
  private rankSearch(rawQuery: string, options: SearchOptions, maxLimit: number): RankedSearch | SearchAnswer | ErrorAnswer {
    // Cheapest first: the raw length, then the cleaned length, and only then analysis (typo correction
    // walks the vocabulary once per unknown word).
    if (rawQuery.length > MAX_QUERY_CHARS * 4) return tooLong();
    const typed = cleanQuery(rawQuery);
    if (typed.length > MAX_QUERY_CHARS) return tooLong();
    // The question without what talk adds to it — fillers, the hedges of a loaded premise (round 124) — and then without the
    // greeting before it and the thanks or signature after it (round 122): "hey um so like how big is a jury" greets first.
    const clean = questionOf(withoutSpokenFiller(typed));
    const parsed = parseQuery(rawQuery, this.vocabulary, clean);
    if (parsed.clean === '') return emptyQuery();
    // The ranking reads the question without the words that put it ("I should be glad to know whether…"); the coverage reads
    // every word and sets those aside itself (`rankingQuery`, round 105).
    // Neither reads the far side of a comparison with another place, which the report does not describe (round 124).
    // Nor the frame that says why it is asked, "for my civics homework: …" (`purposeFrameWords`, round 142): the question inside is
    // judged as it is judged alone, as a comparison's far side is.
    const compared = joined(comparedPlaceWords(parsed, this.vocabulary), purposeFrameWords(parsed));
    // Nor the frame that relays it from someone else, "my cousin in almaty says…, is that true?", which the coverage reads as
    // framing (round 130).
    const relayed = relayFrameWords(parsed);
    const query = withoutWords(rankingQuery(parsed), relayed === undefined ? compared : compared === undefined ? relayed : new Set([...compared, ...relayed]));

    // Most queries name no section: the sections are then not read (nor their code compiled).
    const scope = query.sections.length > 0 || options.section ? this.scopeOf([...query.sections, ...(options.section ? [options.section] : [])]) : undefined;
    if (scope !== undefined && !(scope instanceof Set)) return scope;
    if (isSmallTalk(query)) return this.smallTalk(query);
    if (query.terms.length === 0 && query.phrases.length === 0) return this.nothingToSearch(query);

    let scorer = new QueryScorer(this.index, this.ordinals, query, this.dense, this.similarities);
    // Read before the next query on the report (the page, the total, coverage's first three): the list reads the
    // re-ranking's scratch and BM25's results in place (`RankedList`).
    let ranked = this.rank(query, scope, scorer);
    const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT)), maxLimit);
    const offset = Math.max(0, Math.trunc(options.offset ?? 0));
    const next = offset + limit;
    let coverage = coverageOf(parsed, ranked.length > 0 ? this.answering(answeringPositions(ranked)) : undefined, options.coverageTrace, 'long', compared, relayed);
    // Refused just under the cut: answered when every other reading of the question ranks its first passage first (round 176).
    if (!coverage.covered && coverage.confidence >= AGREEMENT.floor && ranked.length > 0) {
      const readings = readingsOf(query);
      if (readings !== undefined) {
        const agreed = this.isFirstUnderEveryReading(readings, scope, ranked.positionAt(0));
        // The readings wrote over the ranking's scratch, which the list and the scorer read in place: ranked again.
        scorer = new QueryScorer(this.index, this.ordinals, query, this.dense, this.similarities);
        ranked = this.rank(query, scope, scorer);
        // At the cut itself (`coverageOf` answers from 0.5): answered, and no surer than the least sure answer.
        if (agreed) coverage = { ...coverage, covered: true, confidence: 0.5 };
      }
    }
    const suggestions = ranked.length ? [] : this.suggestFor(query);
    // Two literals, with and without `nextOffset` (its place in the answer's keys kept), not a spread of `{}` or
    // `{ nextOffset }` into one: the spread copied the answer through a slower path and made the small object too.
    const answer: SearchAnswer =
      next < ranked.length
        ? { kind: 'search', report: this.info, query: query.clean, covered: coverage.covered, confidence: coverage.confidence, smallTalk: false, hits: [], total: ranked.length, offset, limit, nextOffset: next, suggestions }
        : { kind: 'search', report: this.info, query: query.clean, covered: coverage.covered, confidence: coverage.confidence, smallTalk: false, hits: [], total: ranked.length, offset, limit, suggestions };
    return { answer, ranked, from: offset, to: Math.min(next, ranked.length), query, scorer };
  }

  /** BM25 candidates (MiniSearch's scoring, see `bm25-index.ts`) over text and headings, re-ranked (see `ranking.ts`). */
  private rank(query: ParsedQuery, scope: Set<number> | undefined, scorer: QueryScorer): RankedList {
    // Most queries have neither a section nor a quoted phrase: no filter made, nor called per matched paragraph.
    const filter = scope || query.phrases.length ? this.allowedBy(query, scope) : undefined;
    if (query.terms.length === 0) {
      return RankedList.of(this.paragraphs.map((_, position) => ({ position, score: 1 })).filter((c) => !filter || filter(c.position)));
    }
    // One object literal of one shape, its constant parts kept (`bm25Options`): a spread of `{}` or `{ filter }`
    // and two option objects made per query were ~0.3 KB of a warm query's garbage (issue 13 round 38).
    const { boost, bm25 } = bm25Options();
    const candidates = this.bm25.rank({
      terms: paragraphTerms(query),
      boost,
      bm25,
      // The query's term list read for each of BM25's terms (a dozen or so), not a Map made of it per query.
      boostTerm: (term) => weightOf(query.terms, term),
      filter,
      // An expansion met only inside a body's name counts there neither in BM25 nor in the re-ranking (`QueryScorer.named`).
      exclude: scorer.named,
    });
    return rerank(candidates, scorer);
  }

  /**
   * Whether each reading of a question (`readingsOf`) ranks the paragraph at `first` first, as the question does. Ranks
   * over the report's scratch: a list ranked before reads it no more.
   */
  private isFirstUnderEveryReading(readings: readonly ParsedQuery[], scope: Set<number> | undefined, first: number): boolean {
    for (const reading of readings) {
      const ranked = this.rank(reading, scope, new QueryScorer(this.index, this.ordinals, reading, this.dense, this.similarities));
      if (ranked.length === 0 || ranked.positionAt(0) !== first) return false;
    }
    return true;
  }

  /** Whether a paragraph is in `scope` (when given) and holds every quoted phrase of the query. */
  private allowedBy(query: ParsedQuery, scope: Set<number> | undefined): (position: number) => boolean {
    return (position) => (!scope || scope.has(position)) && query.phrases.every((p) => this.normalizedText(position).includes(p));
  }

  private text?: string;
  private namesOfReport?: ReportNames;
  /** The report's names (built with the index) and its text, joined when a phrase is first looked up. Read by `AnsweringPassages` too. */
  get names(): ReportNames {
    return (this.namesOfReport ??= this.readNames());
  }
  /** `names`' first read. Its own method: a getter holding the closure made a context on every read (issue 13 round 30). */
  private readNames(): ReportNames {
    return new ReportNames(() => (this.text ??= this.paragraphs.map((p) => p.text).join('\n')), this.index.names);
  }
  /** What coverage asks of the first hits (`coverageOf`). */
  private answering(positions: readonly number[]): AnsweringPassage {
    return new AnsweringPassages(this, positions);
  }

  /**
   * Each sentence's terms of a paragraph, made on its first use and kept: coverage reads the first passage's on most
   * queries, and a list made for each was ~0.1 KB of a warm query's garbage (issue 13 round 55).
   */
  sentenceTermsOf(position: number): ReadonlyArray<readonly string[]> {
    let terms = this.sentenceTermLists[position];
    if (terms === undefined) {
      const sentences = sentencesOf(this.index, position);
      const made: Array<readonly string[]> = [];
      for (let i = 0; i < sentences.length; i++) made.push(sentences[i]!.terms);
      this.sentenceTermLists[position] = terms = made;
    }
    return terms;
  }
  private readonly sentenceTermLists: Array<ReadonlyArray<readonly string[]> | undefined> = [];

  /** Whether a paragraph's sentences or heading path hold a term. */
  passageHolds(position: number, term: string): boolean {
    if (this.index.headingTerms[position]?.includes(term)) return true;
    // A loop, not a closure made per call: coverage asks this of each term of a question's words (issue 13 round 42).
    const sentences = sentencesOf(this.index, position);
    for (let i = 0; i < sentences.length; i++) if (sentences[i]!.terms.includes(term)) return true;
    return false;
  }

  private topSections?: string[];
  /** The top-level section (§1…§7, the summary) a paragraph is under, found once per report. */
  topSectionOf(position: number): string {
    if (!this.topSections) {
      const byId = new Map(this.sectionOrder.map((s) => [s.id, s]));
      const rootOf = (id: string) => {
        let section = byId.get(id);
        while (section?.parentId) section = byId.get(section.parentId);
        return section?.id ?? id;
      };
      this.topSections = this.paragraphs.map((p) => rootOf(p.sectionId));
    }
    return this.topSections[position]!;
  }

  /** A query of no word specific enough to search for, with the report's words it is nearest to. */
  private nothingToSearch(query: ParsedQuery): ErrorAnswer {
    return errorAnswer('empty-query', `“${shortened(query.clean, 80)}” has no words specific enough to search for. Try a topic, e.g. "torture", "elections" or "child labor".`, this.refs.suggest(query.clean, 5));
  }

  /** "hello", "thanks": no search, a pointer to help (adapters render it). */
  private smallTalk(query: ParsedQuery): SearchAnswer {
    return { kind: 'search', report: this.info, query: query.clean, covered: false, confidence: 0, smallTalk: true, hits: [], total: 0, offset: 0, limit: DEFAULT_LIMIT, suggestions: [] };
  }

  /**
   * The words of paragraphs shown before, grouped by term (`WordsByTerm`), for highlighting; `null`: shown once.
   * Kept as offsets in packed arrays, not a `Token` per word and a `Map` per paragraph: those held ~2.4 MB once every
   * paragraph had been shown twice (the report's ~15,000 words), these ~0.5 (docs/search-speed.md, issue 13 round 52).
   */
  private readonly shownWords = new Map<number, WordsByTerm | null>();
  /**
   * Where the query's terms are written in the paragraph: the words' `[start, end)` offsets as flat pairs, in text
   * order. A paragraph shown for the first time analyses only the words that can match (a term starts with its
   * word's letter, lower-cased): in a one-shot search, analysing every word of the shown paragraphs was a third of
   * the first query. From its second showing on, the paragraph keeps every term's words, so a warm query only looks
   * its terms up.
   */
  private matchingWords(position: number, terms: ReadonlySet<string>): number[] {
    const text = this.paragraphs[position]!.text;
    const kept = this.shownWords.get(position);
    if (kept === undefined) {
      this.shownWords.set(position, null);
      return termHits(tokenize(text), terms);
    }
    const words = kept ?? wordsByTerm(tokenize(text));
    if (kept === null) this.shownWords.set(position, words);
    const found: number[] = [];
    for (const term of terms) {
      const i = words.terms.indexOf(term);
      if (i >= 0) for (let k = words.from[i]!; k < words.from[i + 1]!; k++) found.push(k);
    }
    found.sort((a, b) => words.bounds[2 * a]! - words.bounds[2 * b]!);
    const hits: number[] = [];
    for (const k of found) hits.push(words.bounds[2 * k]!, words.bounds[2 * k + 1]!);
    return hits;
  }

  private readonly offsetsKept = new Map<number, boolean>();
  /** Whether normalising the paragraph keeps its length (Latin text), computed once per paragraph. */
  private keepsOffsets(position: number): boolean {
    let kept = this.offsetsKept.get(position);
    if (kept === undefined) {
      const text = this.paragraphs[position]!.text;
      kept = normalize(text).length === text.length;
      this.offsetsKept.set(position, kept);
    }
    return kept;
  }

  private readonly normalizedCache = new Map<number, string>();
  private normalizedText(position: number): string {
    let text = this.normalizedCache.get(position);
    if (text === undefined) {
      text = normalize(this.paragraphs[position]!.text).replace(/\s+/g, ' ');
      this.normalizedCache.set(position, text);
    }
    return text;
  }

  private excerpt(position: number, score: number, query: ParsedQuery, scorer: QueryScorer): Excerpt {
    const p = this.paragraphs[position]!;
    // The answer's first and last sentence without an object per excerpt (issue 13 round 55).
    const firstAt = scorer.answerFirst(position);
    const sentences = sentencesOf(this.index, position);
    const first = sentences[firstAt];
    const last = sentences[query.wantsPractice ? scorer.practiceLast(position, scorer.answerLast) : scorer.answerLast];
    // The passage's fields as arguments, not an object made only to be copied (issue 13 round 30); the answer
    // sentence's bounds as two numbers (-1 for none), its object made only if the excerpt is highlighted (round 42).
    const start = first && last ? first.start : -1;
    const end = first && last ? last.end : -1;
    return new LazilyHighlighted(
      this.info.id,
      p.id,
      p.sectionId,
      this.nameReport ? `${this.info.title} · ${p.citation}` : p.citation,
      p.text,
      start >= 0 ? p.text.slice(start, end) : p.text,
      roundScore(score),
      this,
      position,
      query,
      start,
      end,
    );
  }

  /** The styled ranges of a passage (its marks, the answer sentence, the query's words and phrases) and the words matched. */
  highlight(position: number, query: ParsedQuery, sentence: { start: number; end: number } | undefined): { ranges: StyledRange[]; matched: string[] } {
    const p = this.paragraphs[position]!;
    const weights = new Set(query.terms.map((t) => t.term));
    const ranges: StyledRange[] = markRanges(p.marks);
    if (sentence && weights.size) ranges.push({ start: sentence.start, end: sentence.end, style: { answer: true } });
    const matched = new Set<string>();
    const hits = this.matchingWords(position, weights);
    for (let i = 0; i < hits.length; i += 2) {
      ranges.push({ start: hits[i]!, end: hits[i + 1]!, style: { match: true } });
      matched.add(p.text.slice(hits[i], hits[i + 1]));
    }
    for (const phrase of query.phrases) {
      const at = this.normalizedText(position).indexOf(phrase);
      // Normalisation keeps lengths for Latin text, so the offsets map back onto the original.
      if (at >= 0 && this.keepsOffsets(position)) ranges.push({ start: at, end: at + phrase.length, style: { match: true } });
    }
    return { ranges, matched: [...matched] };
  }

  /** When nothing matched: sections named like the query, else the top level. */
  private suggestFor(query: ParsedQuery): SectionSuggestion[] {
    const named = this.refs.suggest(query.clean, 5);
    return named.length ? named : this.sectionOrder.filter((s) => !s.parentId).map(suggestionFor);
  }

  /** The positions under every section `refs` names (a query's `section:` filters and the option), or the answer to a ref naming none. */
  private scopeOf(refs: readonly string[]): Set<number> | ErrorAnswer {
    let scope: Set<number> | undefined;
    for (const ref of refs) {
      const resolved = this.refs.resolve(ref);
      if (!resolved.ok) return unknownSection(ref, resolved.suggestions);
      const under = this.positionsUnder(resolved.section);
      scope = scope ? new Set([...scope].filter((p) => under.has(p))) : under;
    }
    return scope!;
  }

  /** Positions of the paragraphs under a section and all its descendants. */
  private positionsUnder(section: Section): Set<number> {
    const out = new Set<number>();
    const visit = (s: Section) => {
      for (const id of s.paragraphIds) out.add(this.positionById.get(id)!);
      for (const child of s.childIds) {
        const c = this.refs.get(child);
        if (c) visit(c);
      }
    };
    visit(section);
    return out;
  }

  section(ref: string, options: SectionOptions): SectionAnswer | ErrorAnswer {
    const clean = ref.length > MAX_REF_CHARS * 4 ? ref : cleanQuery(ref);
    if (clean.length > MAX_REF_CHARS) return errorAnswer('bad-argument', 'That section reference is too long. Try `2a`, `7c` or `internet freedom`.');
    const resolved = this.refs.resolve(clean);
    // With several reports, say which one was read: the ref may exist only in another.
    if (!resolved.ok) return unknownSection(clean, resolved.suggestions, this.nameReport ? this.info.title : undefined);
    const section = resolved.section;
    const pages = this.pages.of(section);
    const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages.length);
    const segments = pages[page - 1]!;
    return {
      kind: 'section',
      report: this.info,
      id: section.id,
      ref: shortRef(section),
      heading: section.title,
      path: section.path,
      label: section.label,
      page,
      pages: pages.length,
      text: segments.map((s) => s.text).join(''),
      segments,
      children: section.childIds.map((id) => suggestionFor(this.refs.get(id)!)),
    };
  }

  sections(): SectionsAnswer {
    return {
      kind: 'sections',
      report: this.info,
      entries: this.sectionOrder.filter((s) => s.kind !== 'topic').map((s) => ({ ...suggestionFor(s), depth: s.path.length - 1 })),
    };
  }

  /**
   * The fact of `date` (`YYYY-MM-DD`) in the report's own calendar, or a random fact without a date.
   * The calendar is the daily rotation replayed day by day, so dates go through every fact once
   * before any repeats, as a subscribed channel does.
   */
  fact(date?: string): FactAnswer | ErrorAnswer {
    return factOfDay(this.index.facts, date, (day) => (this.rotation ??= new Rotation(this.index.facts)).onDay(`calendar:${this.info.id}`, day), (fact, day) => ({
      kind: 'fact', report: this.info, fact, ...(day !== undefined ? { date: day } : {}),
    }));
  }

  private rotation?: Rotation;
}

/**
 * What coverage asks of the first hits (`coverageOf`): whether they hold a known word (a counted noun:
 * with a figure), and only for a word they lack, whether it is a name. A class, not an object of
 * arrow functions: a fresh process compiles only the methods coverage calls, where the object's
 * eighteen functions were all parsed at its first query (docs/search-speed.md, issue 13 round 21).
 */
class AnsweringPassages implements AnsweringPassage {
  readonly year: number;
  readonly country: string | undefined;
  readonly passages: number;
  private readonly index: ReportIndex;
  private readonly paragraphs: readonly Paragraph[];

  constructor(
    private readonly search: ReportSearch,
    private readonly positions: readonly number[],
  ) {
    this.index = search.index;
    this.paragraphs = search.index.report.paragraphs;
    this.year = search.info.year;
    this.country = search.info.country;
    this.passages = positions.length;
  }

  holds(term: string): boolean {
    // A loop, not a closure made per term (issue 13 round 42).
    for (let i = 0; i < this.positions.length; i++) if (this.search.passageHolds(this.positions[i]!, term)) return true;
    return false;
  }

  statesFigureOf(term: string, before?: boolean): boolean {
    return this.positions.some((p) => sentencesOf(this.index, p).some((s) => s.quantity && (before ? figureBefore(s.terms, term, RANKING.countedGap) : s.terms.includes(term))));
  }

  statesCountOf(term: string): boolean {
    for (let i = 0; i < this.positions.length; i++) {
      const p = this.positions[i]!;
      const sentences = sentencesOf(this.index, p);
      const counts = countingSentences(this.index, p);
      for (let k = 0; k < sentences.length; k++) if (counts[k] === 1 && sentences[k]!.terms.includes(term)) return true;
    }
    return false;
  }

  countingSentences(): ReadonlyArray<readonly string[]> {
    const terms: Array<readonly string[]> = [];
    for (let i = 0; i < this.positions.length; i++) {
      const p = this.positions[i]!;
      const sentences = sentencesOf(this.index, p);
      const counts = countingSentences(this.index, p);
      for (let k = 0; k < sentences.length; k++) if (counts[k] === 1) terms.push(sentences[k]!.terms);
    }
    return terms;
  }

  datedSentences(): ReadonlyArray<readonly string[]> {
    return this.positions.flatMap((p) => sentencesOf(this.index, p).filter((s) => s.date).map((s) => s.terms));
  }

  figureSentences(): ReadonlyArray<readonly string[]> {
    return this.positions.flatMap((p) => sentencesOf(this.index, p).filter((s) => s.quantity).map((s) => s.terms));
  }

  namingSentences(): ReadonlyArray<readonly string[]> {
    return this.positions.flatMap((p) => sentencesOf(this.index, p).filter((s) => this.search.names.namesSomeone(this.paragraphs[p]!.text.slice(s.start, s.end))).map((s) => s.terms));
  }

  /**
   * Made once per query, as `first`: several rules may read it. A method, not an arrow property, which made a closure for every
   * query (issue 13 round 41): coverage calls it on the passages (`lacksMarkedSentence`), never passed on alone.
   */
  passageSentences(): ReadonlyArray<{ terms: readonly string[]; text: string; dated: boolean }> {
    return (this.sentencesOfPassages ??= this.positions.flatMap((p) =>
      sentencesOf(this.index, p).map((s) => ({ terms: s.terms, text: this.paragraphs[p]!.text.slice(s.start, s.end), dated: s.date })),
    ));
  }
  private sentencesOfPassages?: ReadonlyArray<{ terms: readonly string[]; text: string; dated: boolean }>;

  moneySentences(): ReadonlyArray<readonly string[]> {
    return this.positions.flatMap((p) => sentencesOf(this.index, p).filter((s) => s.quantity && MONEY.test(this.paragraphs[p]!.text.slice(s.start, s.end))).map((s) => s.terms));
  }

  isName(word: string): boolean {
    return this.search.names.isName(word);
  }

  isProperName(word: string): boolean {
    // WordNet joins the words of a name with underscores ("united_states").
    return this.search.vocabulary.senses(word.replaceAll(' ', '_'))?.properName ?? false;
  }

  writes(phrase: string): boolean {
    return this.search.names.writes(phrase);
  }

  isCountry(word: string): boolean {
    // WordNet's class of the word's first sense: Russia and Uzbekistan are countries, Astana a capital, Almaty a city.
    return this.search.vocabulary.senses(word)?.broader.some((b) => b === 'country' || b === 'nation') ?? false;
  }

  countryOf(word: string): readonly string[] | undefined {
    const vocabulary = this.search.vocabulary;
    return countryNamedBy(word, (w) => vocabulary.senses(w), vocabulary.derived && ((w) => vocabulary.derived!(w)));
  }

  holdsWith(term: string, others: readonly string[], together?: boolean): boolean {
    // The other words in the passage's own sentences, not its headings: "Freedom of Movement" heads the passage
    // that names Ukraine among asylum seekers' countries, which says nothing of press freedom there (round 31).
    return this.positions.some((p) => this.search.passageHolds(p, term) && sentencesOf(this.index, p).some((s) => (!together || s.terms.includes(term)) && others.some((o) => s.terms.includes(o))));
  }

  /** Several coverage rules read the first passage: its term lists are made once per query. */
  private firstPassage?: ReturnType<AnsweringPassage['first']>;
  first(): ReturnType<AnsweringPassage['first']> {
    const position = this.positions[0]!;
    return (this.firstPassage ??= { sentences: this.search.sentenceTermsOf(position), headings: this.index.headingTerms[position] ?? [] });
  }

  parts(): number {
    // The distinct top sections of a few passages, counted without a list or a set (issue 13 round 42).
    let parts = 0;
    for (let i = 0; i < this.positions.length; i++) {
      const section = this.search.topSectionOf(this.positions[i]!);
      let k = 0;
      while (k < i && this.search.topSectionOf(this.positions[k]!) !== section) k++;
      if (k === i) parts++;
    }
    return parts;
  }
}

/**
 * Facts when no report is named and several are loaded: every report's, drawn as daily posts draw
 * them (`daily/fact-pool.ts`), so `/hr fact` and `hr fact --date` reach every report, not the default's alone.
 */
class EveryReportFacts {
  private readonly pool: FactPool;

  constructor(reports: readonly ReportFacts[]) {
    this.pool = factPoolOf({ reports });
  }

  fact(date?: string): FactAnswer | ErrorAnswer {
    return factOfDay(this.pool.facts, date, (day) => this.pool.rotation().onDay('calendar:every-report', day), (fact, day) => this.pool.answer(fact, day));
  }
}

/** The fact of `date` in a calendar rotation (`onDay`), or a random one without a date. */
function factOfDay(facts: readonly Fact[], date: string | undefined, onDay: (day: number) => Fact, answer: (fact: Fact, date?: string) => FactAnswer): FactAnswer | ErrorAnswer {
  if (facts.length === 0) return errorAnswer('internal', 'This report has no facts to show yet.');
  if (date === undefined) return answer(facts[Math.floor(Math.random() * facts.length)]!);
  const day = calendarDay(date);
  if (day === undefined) return errorAnswer('bad-argument', `"${shortened(date, 20)}" is not a date from 1970 on: use YYYY-MM-DD, e.g. 2026-03-01.`);
  return answer(onDay(day), date);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, if it is a real date from then on. */
function calendarDay(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms) || ms < 0 || new Date(ms).toISOString().slice(0, 10) !== date) return undefined;
  return ms / 86_400_000;
}

/** The answers to a query that cleans to nothing and to one too long, apart from `rankPage` so that other queries do not compile them. */
function emptyQuery(): ErrorAnswer {
  return errorAnswer('empty-query', 'Type what you are looking for, e.g. "prison conditions" or "how long can police hold a detainee".');
}

function tooLong(): ErrorAnswer {
  return errorAnswer('query-too-long', `That is too long to search (the limit is ${MAX_QUERY_CHARS} characters). Try the few words that matter most.`);
}

function unknownSection(ref: string, suggestions: SectionSuggestion[], reportTitle?: string): ErrorAnswer {
  const shown = shortened(ref, 40);
  const where = reportTitle ? ` in the ${reportTitle}` : '';
  const message = shown
    ? `There is no section “${shown}”${where}. Try one of these, or \`sections\` for the full list.`
    : 'Which section? Give a number like `2a` or a name like `internet freedom`; `sections` lists them all.';
  return errorAnswer('unknown-section', message, suggestions);
}


/**
 * A paragraph's words by term: term `terms[i]`'s words are the pairs `from[i]` to `from[i + 1]` (exclusive) of
 * `bounds`, which holds each word's start and end offset (word k at `2k`, `2k + 1`), in text order within a term.
 */
interface WordsByTerm {
  terms: string[];
  from: number[];
  bounds: number[];
}

function wordsByTerm(tokens: readonly Token[]): WordsByTerm {
  const byTerm = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const term = termOf(tokens[i]!.surface);
    if (!term) continue;
    const at = byTerm.get(term);
    if (at) at.push(i);
    else byTerm.set(term, [i]);
  }
  const words: WordsByTerm = { terms: [], from: [0], bounds: [] };
  for (const [term, at] of byTerm) {
    words.terms.push(term);
    for (const i of at) words.bounds.push(tokens[i]!.start, tokens[i]!.end);
    words.from.push(words.bounds.length / 2);
  }
  return words;
}

/**
 * The `[start, end)` offsets (flat pairs, in text order) of the words whose term is one of `terms`, analysing only the
 * words that can have one: analysis keeps a word's first letter (lower-cased; the stemmer only cuts and changes
 * endings), so an ASCII word whose lower-cased initial starts none of the terms cannot match.
 */
function termHits(tokens: readonly Token[], terms: ReadonlySet<string>): number[] {
  const initials = new Set<number>();
  for (const term of terms) initials.add(term.charCodeAt(0));
  const hits: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const surface = tokens[i]!.surface;
    const c = surface.charCodeAt(0);
    const initial = c >= 65 && c <= 90 ? c + 32 : c;
    if (initial < 128 && !initials.has(initial)) continue;
    const term = termOf(surface);
    if (term !== null && terms.has(term)) hits.push(tokens[i]!.start, tokens[i]!.end);
  }
  return hits;
}

/**
 * The passage with its highlighting (`segments`, `matchedTerms`) done when an adapter first reads
 * either: JSON output (`hr search --json`) never does, and it was a fifth of a warm query. Once done,
 * the passage no longer holds the report's search (a cached answer must not keep a closed report).
 * A class, its getters on the prototype: an object literal with getters of its own took V8 ~1.7 µs
 * to create (its slow path for accessors), ~17 µs of a ten-hit search; an instance takes ~0.1 µs.
 */
class LazilyHighlighted implements Excerpt {
  readonly reportId: string;
  readonly paragraphId: string;
  readonly sectionId: string;
  readonly citation: string;
  readonly text: string;
  readonly answer: string;
  readonly score: number;
  // What `highlight` needs, kept as fields rather than captured by a closure per excerpt (issue 13 round 30); dropped once used.
  #search: ReportSearch | undefined;
  #position: number;
  #query: ParsedQuery | undefined;
  /** The answer sentence's bounds in `text`, -1 for none. */
  #start: number;
  #end: number;
  #marked: { ranges: StyledRange[]; matched: string[] } | undefined;
  #segments: Segment[] | undefined;

  constructor(
    reportId: string,
    paragraphId: string,
    sectionId: string,
    citation: string,
    text: string,
    answer: string,
    score: number,
    search: ReportSearch,
    position: number,
    query: ParsedQuery,
    start: number,
    end: number,
  ) {
    this.reportId = reportId;
    this.paragraphId = paragraphId;
    this.sectionId = sectionId;
    this.citation = citation;
    this.text = text;
    this.answer = answer;
    this.score = score;
    this.#search = search;
    this.#position = position;
    this.#query = query;
    this.#start = start;
    this.#end = end;
  }

  get segments(): Segment[] {
    return (this.#segments ??= toSegments(this.text, this.#mark().ranges));
  }

  get matchedTerms(): string[] {
    return this.#mark().matched;
  }

  #mark(): { ranges: StyledRange[]; matched: string[] } {
    if (!this.#marked) {
      this.#marked = this.#search!.highlight(this.#position, this.#query!, this.#start >= 0 ? { start: this.#start, end: this.#end } : undefined);
      this.#search = undefined;
      this.#query = undefined;
    }
    return this.#marked;
  }
}

/** A query term's weight (the last entry's, as a Map of the terms would keep), 1 for a term the query lacks: BM25's `boostTerm`. */
export function weightOf(terms: readonly WeightedTerm[], term: string): number {
  for (let i = terms.length - 1; i >= 0; i--) if (terms[i]!.term === term) return terms[i]!.weight;
  return 1;
}

let keptBm25Options: { boost: { headings: number }; bm25: { k: number; b: number; d: number } } | undefined;

/** BM25's field boost and parameters as `RANKING` gives them, made again only when it changed (tuning scripts set it). */
function bm25Options(): { boost: { headings: number }; bm25: { k: number; b: number; d: number } } {
  const kept = keptBm25Options;
  if (kept && kept.boost.headings === RANKING.headings && kept.bm25.k === RANKING.k && kept.bm25.b === RANKING.b) return kept;
  return (keptBm25Options = { boost: { headings: RANKING.headings }, bm25: { k: RANKING.k, b: RANKING.b, d: 0.5 } });
}

/**
 * The query's terms for the paragraph ranking (BM25), a typed word's family left out: BM25 adds up its
 * terms, so a paragraph writing both "citizens" and "citizenship" counted the word twice and rose over
 * the answer (round 39: 6 first places lost over the public sets, none once left out). The family still
 * counts where each word is credited once, in the sentence ranking and the bold sentence.
 */
function paragraphTerms(query: ParsedQuery): string[] {
  // Gathered in a kept scratch and copied at their count: a list grown by `push` past 17 terms made a backing store
  // of 41 and dropped the one of 17 (issue 13 round 42).
  let count = 0;
  const terms = query.terms;
  // Indexed, not `for … of`, which made an iterator result per term wherever V8 ran this unoptimised.
  for (let i = 0; i < terms.length; i++) if (!terms[i]!.family) PARAGRAPH_TERMS[count++] = terms[i]!.term;
  return PARAGRAPH_TERMS.slice(0, count);
}

/** `paragraphTerms`' terms as it finds them, written from index 0. */
const PARAGRAPH_TERMS: string[] = [];

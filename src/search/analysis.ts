/**
 * Text analysis shared by indexing and querying: tokens with their offsets, normalisation
 * (case, accents, quotes), stop words and Porter stemming. Index and queries must agree exactly,
 * so the MiniSearch options are built here too (see `miniSearchOptions`).
 */
import type { Options } from 'minisearch';
import { stemmer } from 'stemmer';

/** Bump when analysis or document shape changes, so built indexes are rebuilt. */
export const ANALYSIS_VERSION = 14;

/** A word of the original text and where it is. */
export interface Token {
  /** The word as written. */
  surface: string;
  start: number;
  end: number;
}

// Letters/digits, with inner apostrophes (president’s) and digit groups (40,000 / 97.5) kept whole.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+|(?<=\p{N})[.,]\p{N}+)*/gu;

/**
 * The tokens as `tokenize` finds them, written from index 0 and copied out at their count: a list grown by `push` made
 * a store for 17 and, past 17 tokens, one for 43 (~0.15 KB of a warm query's garbage; issue 13 round 55). It holds the
 * last text's tokens until the next call.
 */
const TOKENS: Token[] = [];

/** Words of `text` with their offsets. Hyphens and slashes separate words (same-sex → same, sex). */
export function tokenize(text: string): Token[] {
  if (isAscii(text)) return tokenizeAscii(text);
  const tokens = TOKENS;
  let count = 0;
  // `exec` on the one pattern rather than `matchAll`, which copies the pattern and makes an iterator
  // per call (every query, every highlighted paragraph); a word is never empty, so the matches are the
  // same, and the last `exec` (null) leaves `lastIndex` at 0 for the next call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) tokens[count++] = { surface: m[0], start: m.index, end: m.index + m[0].length };
  return tokens.slice(0, count);
}


/**
 * `tokenize` of a text of ASCII characters only, where `WORD` reads letters as [A-Za-z] and digits as [0-9]
 * (and its curly apostrophe cannot occur), by hand: a run of letters and digits, then any number of an
 * apostrophe and letters, or (after a digit) a comma or point and digits. No match array per word, which
 * was the largest part of a query's tokenising garbage (docs/search-speed.md, issue 13 round 30).
 */
function tokenizeAscii(text: string): Token[] {
  const tokens = TOKENS;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
    // Never a read past the end (-1 there, which no test below takes, as it took charCodeAt's NaN): V8 threw away
    // this function's optimised code at the first text ending in a word, ~150 questions into a fresh stdin session
    // (docs/search-speed.md, issue 13 round 49).
    for (;;) {
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === 0x27 && isAsciiLetter(i + 1 < n ? text.charCodeAt(i + 1) : -1)) {
        i += 2;
        while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
      } else if ((c === 0x2e || c === 0x2c) && isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(i + 1 < n ? text.charCodeAt(i + 1) : -1)) {
        i += 2;
        while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
      } else break;
    }
    tokens[count++] = { surface: text.slice(start, i), start, end: i };
  }
  return tokens.slice(0, count);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** A–Z or a–z (-1 or NaN: false). */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/** Lower case, accents removed, curly quotes straightened. Used on whole strings (phrases, refs) too. */
export function normalize(s: string): string {
  // Most query words and most of the report are plain ASCII, where there is nothing to fold but case
  // (NFKD leaves ASCII as it is; the backtick is the one ASCII quote straightened): ~0.6 µs a word saved.
  if (isPlainAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase();
}

/** Whether `s` is ASCII without the backtick, which `normalize` would straighten. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/**
 * English function words and the question words people type into chat ("how", "does", "can"). "anything" and
 * "something" stand for a noun as "any" and "some" stand before one: no report word, once read as a typo of "another",
 * and as typed their vectors' neighbours ("else", "know", "sort") put other passages first (round 128).
 */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can cannot could did didn't do does doesn't doing don't down during each few for from further
had has have having he her here hers herself him himself his how i if in into is isn't it it's its itself just let
me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that that's the their theirs them themselves then there there's these they this those through to too
under until up upon very was wasn't we were weren't what what's when where which while who whom whose why will with
won't would you your yours yourself yourselves get got many much may might must shall s t re ve ll d
anything something`.split(/\s+/),
);

/**
 * The index term for a word: normalised, possessive and apostrophes dropped, digit groups joined,
 * stop words removed (null), then stemmed. Numbers are kept as written.
 */
/**
 * The distinct lower-case words (runs of a–z) `texts` write, in the order first written: what a real-word slip's
 * candidates are drawn from (`RealWordSlips`). The index keeps them (`ReportIndex.words`), so a fresh `hr`'s first slip
 * reads a line it parses anyway instead of scanning the report's text (~7–9 ms, issue 13 round 60).
 */
export function writtenWords(texts: readonly string[]): string[] {
  const all = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) all.add(w);
  return [...all];
}

export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = analyse(word);
  // Words repeat endlessly across paragraphs and queries; stemming each once is most of the saving.
  if (termCache.size >= 100_000) termCache.clear();
  termCache.set(word, term);
  return term;
}

const termCache = new Map<string, string | null>();

function analyse(word: string): string | null {
  let w = normalize(word);
  if (STOP_WORDS.has(w)) return null;
  w = w.replace(/'s$/, '').replace(/'/g, '');
  if (/^\d/.test(w)) return w.replace(/,(?=\d{3})/g, '');
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  return stemmer(w);
}

/** Terms of a text, in order, stop words dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const term = termOf(t.surface);
    if (term) out.push(term);
  }
  return out;
}

/** The document MiniSearch indexes for one paragraph. */
export interface IndexedParagraph {
  id: number;
  text: string;
  /** The paragraph's heading path and inline topic, so headings count as evidence. */
  headings: string;
}

/**
 * The one set of options used both to build and to load the index (MiniSearch refuses
 * `loadJSON` with options other than those used to build).
 */
export function miniSearchOptions(): Options<IndexedParagraph> {
  return {
    idField: 'id',
    fields: ['text', 'headings'],
    storeFields: [],
    tokenize: (text) => tokenize(text).map((t) => t.surface),
    processTerm: (term) => termOf(term),
    searchOptions: { combineWith: 'OR' },
  };
}

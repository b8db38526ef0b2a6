/**
 * Whether a word no report writes is a word of English as typed, not a typo of the word a correction found: "texting",
 * "bought", "rolex" (words the vectors hold), "paperless", "stepdads", "hotlines" (an English word made of English
 * words), where "goverment" (a misspelling web text repeats) and "pecentage" are typos. Left as
 * typed, such a word is read through its own neighbours, or as a word the report does not cover; corrected, it was
 * read as a report word it does not mean ("paperless" as "powerless", "anything" as "another"; round 128,
 * docs/search-quality.md). General English, no report's words.
 */
import type { WordVectors } from './word-vectors.js';
import type { WordSenses } from './wordnet.js';
import { damerauLevenshtein } from './query.js';
import { splitsIntoWords } from './word-forms.js';

/**
 * How close in the word vectors a word they hold and its correction must be for the correction to stand: the vectors
 * place a misspelling web text repeats beside the word meant, learnt from its contexts ("goverment": government 0.56,
 * "occured": occurred 0.69), and an inflection beside its other forms ("wrote": write 0.69, "shown": shows 0.80); a real
 * word apart from a report word it is only spelt like ("texting": heating 0.04, "rolex": role −0.10, "bought": brought
 * 0.50, "scarves": serves 0.03).
 */
export const SAME_WORD_SIMILARITY = 0.5;

/** Endings that make an English word of an English word: "paper" + less, "podcast" + ers, "torment" + ing. */
const SUFFIXES = ['less', 'ness', 'ful', 'ship', 'hood', 'dom', 'ism', 'isms', 'ist', 'ists', 'ers', 'er', 'ings', 'ing', 'ed', 'es', 's', 'ly', 'able', 'ment', 'ments'];
/** Beginnings that do and leave the rest's meaning standing: "re" + entering, "tele" + commute ("co" + workers is read by the thesaurus). */
const KEEPING_PREFIXES = ['re', 'pre', 'post', 'over', 'under', 'self', 'tele', 'cyber', 'micro', 'multi', 'inter', 'sub', 'super', 'out'];
/** Beginnings that do and turn the rest's meaning: "anti" + gay, "un" + wed. */
const PREFIXES = [...KEEPING_PREFIXES, 'un', 'non', 'anti', 'de', 'dis', 'mis', 'co', 'ex'];
/** Shortest stem or compound part read as a word: a two-letter one is one edit from too much ("al", "er"). */
const SHORTEST_PART = 3;

/**
 * `isWordAsTyped(typed, meant)`: whether `typed` (lower-case letters, a word the report does not write) is English as
 * typed rather than a typo of `meant`, the word a correction found.
 *
 * - A word the vectors hold (English's 50,000 commonest) is English, unless they place `meant` beside it
 *   (`SAME_WORD_SIMILARITY`): a misspelling they learnt, or another form of the same word.
 * - A word they do not hold is English when the correction is two edits or more away and the word is made of English
 *   words: a stem with a suffix or a prefix, or two words the vectors hold ("stepdad", "cellmates": `splitsIntoWords`,
 *   a closed compound as `parseQuery` reads one). One edit away, a typo of a word can
 *   be made of words too ("lawer": law + er, "pretrail": pre + trail, "betwen": bet + wen), and stays a typo.
 */
export function realWordTest(vectors: WordVectors, senses: (word: string) => WordSenses | null): (typed: string, meant: string) => boolean {
  const isWord = (w: string) => w.length >= SHORTEST_PART && (vectors.indexOf(w) >= 0 || senses(w) !== null);
  const isCommonWord = (w: string) => vectors.indexOf(w) >= 0;
  return (typed, meant) => {
    const rank = vectors.indexOf(typed);
    if (rank >= 0) {
      const meantRank = vectors.indexOf(meant);
      return meantRank < 0 || vectors.similarity(rank, meantRank) < SAME_WORD_SIMILARITY;
    }
    return damerauLevenshtein(typed, meant, 2) >= 2 && (isDerived(typed, isWord) || splitsIntoWords(typed, isCommonWord));
  };
}

/** Whether `word` is a stem `isWord` knows with one of `SUFFIXES` or `PREFIXES`: "paperless", "vloggers" (doubled), "reoffending". */
function isDerived(word: string, isWord: (w: string) => boolean): boolean {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (isWord(stem)) return true;
    // "vlogg" + ers: a doubled last consonant; "hop" + ing is "hoping" of hope, "happi" + ness of happy.
    const last = stem.length - 1;
    if (stem.length > SHORTEST_PART && stem[last] === stem[last - 1] && isWord(stem.slice(0, last))) return true;
    if (/^[ei]/.test(suffix) && isWord(`${stem}e`)) return true;
    if (stem.endsWith('i') && isWord(`${stem.slice(0, -1)}y`)) return true;
  }
  for (const prefix of PREFIXES) if (word.startsWith(prefix) && isWord(word.slice(prefix.length))) return true;
  return false;
}

/**
 * The word `typed` is made of after a prefix that leaves its meaning standing ("reentering": entering, "repaid": paid),
 * when `isReportWord` takes it: what a real word left as typed (`realWordTest`) is read as, so that "banned from
 * reentering russia" is the report's "entering", not a word it never writes. Undefined for any other word.
 */
export function keptAfterPrefix(typed: string, isReportWord: (word: string) => boolean): string | undefined {
  for (const prefix of KEEPING_PREFIXES) {
    const rest = typed.slice(prefix.length);
    if (typed.startsWith(prefix) && rest.length >= SHORTEST_PART + 1 && isReportWord(rest)) return rest;
  }
  return undefined;
}

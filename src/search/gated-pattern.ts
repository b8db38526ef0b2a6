import { packedCopy, smallIntegers } from './plain-arrays.js';

/**
 * A case-insensitive regular expression tried only when the text holds one of the words any match
 * must contain. V8 compiles a pattern on its first use (~0.05–0.4 ms each for the question patterns,
 * ~1 ms together, in a one-shot `hr search` whose only query is its first); most queries lack every
 * word of most patterns, and then the pattern is never compiled. The answer is always the pattern's own.
 */
export class GatedPattern {
  /**
   * @param pattern a pattern with the `i` flag and without `u`, `g` or `y` (`test` must not move `lastIndex`).
   * @param needs   every match contains one of these words (lower case ASCII), anywhere in the text.
   * @param starts  or starts the text with one of these (after leading white space), for `^` branches.
   *
   * Why a word check cannot miss a match: without the `u` flag, `i` only lets a letter match its ASCII
   * case variants (a non-ASCII character never folds to an ASCII one), and `toLowerCase` maps A–Z to
   * a–z, so a text the pattern matches has the word in its lower-case form. A non-ASCII character that
   * lower-cases to ASCII (the Kelvin sign) can only make the check say "maybe", and the pattern decides.
   */
  /**
   * The letters a–z of each of `needs`, then of each of `starts`, as bits (`lettersOf`). These tables are packed plain
   * arrays of small integers (`plain-arrays.ts`): a typed array's every access checks for a detached buffer once one
   * has been detached in the process, as in the bot, and every query runs `mayMatch` for ~15 patterns.
   */
  private readonly needLetters: readonly number[];
  private readonly startLetters: readonly number[];
  /** The adjacent letter pairs of each need (`pairIndex`), need i's at `needPairs[needPairStarts[i], needPairStarts[i + 1])`. */
  private readonly needPairs: readonly number[];
  private readonly needPairStarts: readonly number[];
  /** The indices of the needs of several words, found across any run of white space. */
  private readonly spacedNeeds: readonly number[];

  constructor(
    readonly pattern: RegExp,
    private readonly needs: readonly string[],
    private readonly starts: readonly string[] = [],
  ) {
    if (!pattern.ignoreCase || pattern.unicode || pattern.global || pattern.sticky) throw new Error(`GatedPattern: ${pattern} needs the i flag only`);
    // Checked without a pattern: this runs when a module loads.
    const ascii = (w: string) => [...w].every((c) => c >= ' ' && c <= '~');
    if ([...needs, ...starts].some((w) => w === '' || w !== w.toLowerCase() || !ascii(w))) throw new Error('GatedPattern: words are non-empty lower-case ASCII');
    this.needLetters = packedCopy(needs.map(letterBits));
    this.startLetters = packedCopy(starts.map(letterBits));
    const pairs = needs.map(letterPairs);
    this.needPairs = packedCopy(pairs.flat());
    const pairStarts = smallIntegers(needs.length + 1, 0);
    pairs.forEach((p, i) => (pairStarts[i + 1] = pairStarts[i]! + p.length));
    this.needPairStarts = pairStarts;
    this.spacedNeeds = needs.flatMap((w, i) => (w.includes(' ') ? [i] : []));
  }

  /** `pattern.test(text)`; `lower` is `text.toLowerCase()` when the caller has it. */
  test(text: string, lower = lowerCaseOf(text)): boolean {
    return this.mayMatch(lower) && this.pattern.test(text);
  }

  /** `pattern.exec(text)`, null without a search when a needed word is missing: for a caller that reads the groups. */
  exec(text: string, lower = lowerCaseOf(text)): RegExpExecArray | null {
    return this.mayMatch(lower) ? this.pattern.exec(text) : null;
  }

  /**
   * Whether the lower-cased text holds a word a match needs: when not, `pattern.test` is false. A word
   * with a letter the text lacks is passed over without a search: a query asks ~15 patterns for ~150
   * words, and most lack a letter of most of them (the text's letters are found once for all patterns).
   * A long question holds most letters: a word whose letters it holds is searched for only when it
   * also holds each of the word's adjacent letter pairs (found with the letters), which few do.
   */
  mayMatch(lower: string): boolean {
    const letters = lettersOf(lower);
    const { needs, needLetters } = this;
    for (let i = 0; i < needs.length; i++) if ((needLetters[i]! & letters) === needLetters[i] && this.holdsPairsOf(i) && lower.includes(needs[i]!)) return true;
    // A need of several words ("try again") is matched by `\s+` in the pattern: "try   again" or a tab holds it too.
    // Its letter pairs are the text's as typed (white space is no letter), so they are checked first.
    const spacedNeeds = this.spacedNeeds;
    for (let n = 0; n < spacedNeeds.length; n++) {
      const i = spacedNeeds[n]!;
      if ((needLetters[i]! & letters) === needLetters[i] && this.holdsPairsOf(i) && spacedOf(lower).includes(needs[i]!)) return true;
    }
    if (this.starts.length === 0) return false;
    const opening = lower.trimStart();
    const { starts, startLetters } = this;
    for (let i = 0; i < starts.length; i++) if ((startLetters[i]! & letters) === startLetters[i] && opening.startsWith(starts[i]!)) return true;
    return false;
  }

  /** Whether the last text `lettersOf` read holds each adjacent letter pair of need `i`. */
  private holdsPairsOf(i: number): boolean {
    const { needPairs } = this;
    for (let p = this.needPairStarts[i]!; p < this.needPairStarts[i + 1]!; p++) {
      const pair = needPairs[p]!;
      if ((lastPairs[pair >> 5]! & (1 << (pair & 31))) === 0) return false;
    }
    return true;
  }
}

/** The letters a–z of `text` as bits (a: 1, b: 2, …): a text holding a word holds each of its letters. */
export function letterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) bits |= 1 << c;
  }
  return bits;
}

/** The index of the pair of letters a–z at codes `a`, `b` among the 26 × 26, or -1 when either is no such letter. */
function pairIndex(a: number, b: number): number {
  const x = a - 97;
  const y = b - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : -1;
}

/** Each pair of adjacent letters a–z in `word` (`pairIndex`): a text holding the word holds each. */
function letterPairs(word: string): number[] {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const pair = pairIndex(word.charCodeAt(i), word.charCodeAt(i + 1));
    if (pair >= 0) pairs.push(pair);
  }
  return pairs;
}

/**
 * `letterBits` of the last text asked about, and its adjacent letter pairs as bits (`lastPairs`):
 * every pattern of a query asks about the same text.
 */
let lastText = '';
let lastLetters = 0;
const lastPairs = smallIntegers(Math.ceil((26 * 26) / 32), 0);
function lettersOf(text: string): number {
  if (text !== lastText) {
    lastText = text;
    // A loop, not `fill` (a call into V8's C++ runtime).
    for (let i = 0; i < lastPairs.length; i++) lastPairs[i] = 0;
    // Letters and pairs in one pass, each character read once (two passes and a call per pair took ~2× as long; round 25).
    let bits = 0;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) - 97;
      if (c < 0 || c >= 26) {
        previous = -1;
        continue;
      }
      bits |= 1 << c;
      if (previous >= 0) {
        const pair = previous * 26 + c;
        lastPairs[pair >> 5]! |= 1 << (pair & 31);
      }
      previous = c;
    }
    lastLetters = bits;
  }
  return lastLetters;
}

/** `transform`, remembered for the last text it was given: a query's patterns ask about one text after another. */
function rememberingLast(transform: (text: string) => string): (text: string) => string {
  let lastIn: string | undefined;
  let lastOut = '';
  return (text) => {
    if (text !== lastIn) {
      lastIn = text;
      lastOut = transform(text);
    }
    return lastOut;
  };
}

/** White space other than a space, or two spaces: a text without it is its own `spacedOf`, made without a replace. */
const IRREGULAR_SPACE = /[^\S ]| {2}/;

/** `text` with each run of white space made one space (several patterns have needs of several words). */
const spacedOf = rememberingLast((text) => (IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text));

/**
 * `text.toLowerCase()`: the coverage rules test their patterns on the same query text one after
 * another, and each lower-cased copy was a new string to make and compare.
 */
export const lowerCaseOf = rememberingLast((text) => text.toLowerCase());

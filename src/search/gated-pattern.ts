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
  /** The letters a–z of each of `needs`, then of each of `starts`, as bits (`lettersOf`). */
  private readonly needLetters: Int32Array;
  private readonly startLetters: Int32Array;

  constructor(
    readonly pattern: RegExp,
    private readonly needs: readonly string[],
    private readonly starts: readonly string[] = [],
  ) {
    if (!pattern.ignoreCase || pattern.unicode || pattern.global || pattern.sticky) throw new Error(`GatedPattern: ${pattern} needs the i flag only`);
    // Checked without a pattern: this runs when a module loads.
    const ascii = (w: string) => [...w].every((c) => c >= ' ' && c <= '~');
    if ([...needs, ...starts].some((w) => w === '' || w !== w.toLowerCase() || !ascii(w))) throw new Error('GatedPattern: words are non-empty lower-case ASCII');
    this.needLetters = Int32Array.from(needs, letterBits);
    this.startLetters = Int32Array.from(starts, letterBits);
  }

  /** `pattern.test(text)`; `lower` is `text.toLowerCase()` when the caller has it. */
  test(text: string, lower = text.toLowerCase()): boolean {
    return this.mayMatch(lower) && this.pattern.test(text);
  }

  /**
   * Whether the lower-cased text holds a word a match needs: when not, `pattern.test` is false. A word
   * with a letter the text lacks is passed over without a search: a query asks ~15 patterns for ~150
   * words, and most lack a letter of most of them (the text's letters are found once for all patterns).
   */
  mayMatch(lower: string): boolean {
    const letters = lettersOf(lower);
    const { needs, needLetters } = this;
    for (let i = 0; i < needs.length; i++) if ((needLetters[i]! & letters) === needLetters[i] && lower.includes(needs[i]!)) return true;
    if (this.starts.length === 0) return false;
    const opening = lower.trimStart();
    const { starts, startLetters } = this;
    for (let i = 0; i < starts.length; i++) if ((startLetters[i]! & letters) === startLetters[i] && opening.startsWith(starts[i]!)) return true;
    return false;
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

/** `letterBits` of the last text asked about: every pattern of a query asks about the same one. */
let lastText = '';
let lastLetters = 0;
function lettersOf(text: string): number {
  if (text !== lastText) {
    lastText = text;
    lastLetters = letterBits(text);
  }
  return lastLetters;
}

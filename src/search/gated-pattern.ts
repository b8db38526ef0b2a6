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
  constructor(
    readonly pattern: RegExp,
    private readonly needs: readonly string[],
    private readonly starts: readonly string[] = [],
  ) {
    if (!pattern.ignoreCase || pattern.unicode || pattern.global || pattern.sticky) throw new Error(`GatedPattern: ${pattern} needs the i flag only`);
    // Checked without a pattern: this runs when a module loads.
    const ascii = (w: string) => [...w].every((c) => c >= ' ' && c <= '~');
    if ([...needs, ...starts].some((w) => w === '' || w !== w.toLowerCase() || !ascii(w))) throw new Error('GatedPattern: words are non-empty lower-case ASCII');
  }

  /** `pattern.test(text)`; `lower` is `text.toLowerCase()` when the caller has it. */
  test(text: string, lower = text.toLowerCase()): boolean {
    return this.mayMatch(lower) && this.pattern.test(text);
  }

  /** Whether the lower-cased text holds a word a match needs: when not, `pattern.test` is false. */
  mayMatch(lower: string): boolean {
    for (const word of this.needs) if (lower.includes(word)) return true;
    // A need of several words ("try again") is matched by `\s+` in the pattern: "try   again" or a tab holds it too.
    let spaced: string | undefined;
    for (const word of this.needs) if (word.includes(' ') && (spaced ??= lower.replace(/\s+/g, ' ')).includes(word)) return true;
    if (this.starts.length === 0) return false;
    const opening = lower.trimStart();
    for (const word of this.starts) if (opening.startsWith(word)) return true;
    return false;
  }
}

/**
 * The American spellings of a British one ("centres" → centers, "labour" → labor, "criticised" →
 * criticized, "defence" → defense, "travelled" → traveled, "catalogue" → catalog): the State
 * Department writes American English, its readers often do not, and a British spelling is a word of
 * general English, so typo correction leaves it alone and it counted as a word the report never
 * writes ("how many crisis centres…" was refused; round 47, docs/search-quality.md). General English
 * orthography, no list of the report's words: the caller keeps the first variant the report writes.
 */

/** Each British ending and its American form; a word may match several ("organisation": -isation). */
const ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([^aeiou])tre(s?)$/, '$1ter$2'],
  [/our(s|ed|ing|er|ers|ite|ites|able)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])ence(s?)$/, '$1ense$2'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/([lg])ogue(s?)$/, '$1og$2'],
  [/gement(s?)$/, 'gment$1'],
  [/amme(s?)$/, 'am$1'],
];

/** Whether any of `ENDINGS` fits: one test, where most words (a query's unknown words, each query) fit none. */
const ANY_ENDING = new RegExp(ENDINGS.map(([british]) => `(?:${british.source})`).join('|'));

/** The American spellings of `lower` (a lower-case word), most likely first; empty for a word no ending of `ENDINGS` fits. */
export function americanSpellings(lower: string): string[] {
  if (lower.length < 5 || !ANY_ENDING.test(lower)) return [];
  const out: string[] = [];
  for (const [british, american] of ENDINGS) {
    if (!british.test(lower)) continue;
    const variant = lower.replace(british, american);
    if (variant !== lower && !out.includes(variant)) out.push(variant);
  }
  return out;
}

/**
 * The report's own terms for a compound word it never writes as typed but writes in two ("gunshot" /
 * gun-shot, "healthcare" / health care). Vector neighbours and WordNet reach these only weakly
 * (gunshot ~ gun-shot: 0.2 known, a WordNet link), so keyword queries holding them were refused
 * (round 37, docs/search.md).
 */
import { termOf } from './analysis.js';

/** The shortest part of a compound split: shorter parts ("a", "co", "in") open or close too many words. */
const PART = 3;

/**
 * The two report terms a compound word splits into ("gunshot" → gun, shot; "healthcare" → health, care),
 * each part at least `PART` letters, when the report writes the two side by side, apart or hyphenated
 * (`writes`), or undefined. The parts alone are not enough: "birthday", "highways", "headquarters" and
 * "peacekeeping" split into words the report writes apart, and mean something else (round 37).
 */
export function compoundParts(word: string, known: (term: string) => boolean, writes: (phrase: string) => boolean): [string, string] | undefined {
  if (word.length < 2 * PART || !/^[a-z]+$/.test(word)) return undefined;
  for (let cut = word.length - PART; cut >= PART; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const a = termOf(head);
    const b = termOf(tail);
    // The terms first (two lookups), the text only for a split into two of the report's words.
    if (a !== null && b !== null && known(a) && known(b) && (writes(`${head} ${tail}`) || writes(`${head}-${tail}`))) return [a, b];
  }
  return undefined;
}

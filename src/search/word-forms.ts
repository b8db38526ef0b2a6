/**
 * The report's own terms for a word it never writes as typed: a compound it writes in two ("gunshot" /
 * gun-shot, "healthcare" / health care; vector neighbours and WordNet reach these only weakly, so keyword
 * queries holding them were refused: round 37, docs/search-quality.md), and a word's derivational relatives
 * ("strikers" → strike), never one that negates it ("unfair" / fair). Also whether a word is a closed
 * compound of two words of general English.
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
  let parts: [string, string] | undefined;
  splitInTwo(word, (head, tail) => {
    const a = termOf(head);
    const b = termOf(tail);
    // The terms first (two lookups), the text only for a split into two of the report's words.
    if (a !== null && b !== null && known(a) && known(b) && (writes(`${head} ${tail}`) || writes(`${head}-${tail}`))) parts = [a, b];
    return parts !== undefined;
  });
  return parts;
}

/**
 * Whether a word splits into two words of general English (`isWord`), each at least `PART` letters: a closed
 * compound ("jobseekers": job, seekers; "crowdfunding", "homeschooling") is read through its parts, as a
 * paraphrase is, where a name or a new coinage ("covid", "doxxed", "tiktok") has none (round 63).
 */
export function splitsIntoWords(word: string, isWord: (part: string) => boolean): boolean {
  return splitInTwo(word, (head, tail) => isWord(head) && isWord(tail));
}

/**
 * Whether `accept` takes one of the splits of a word of letters into two parts of at least `PART` letters, tried
 * from the longest head down: the one way `compoundParts` and `splitsIntoWords` cut a word.
 */
function splitInTwo(word: string, accept: (head: string, tail: string) => boolean): boolean {
  if (word.length < 2 * PART || !/^[a-z]+$/.test(word)) return false;
  for (let cut = word.length - PART; cut >= PART; cut--) if (accept(word.slice(0, cut), word.slice(cut))) return true;
  return false;
}

/** The shortest opening a word and its derivational relative must share (haze / hazed, elect / electorate). */
const DERIVED_ROOT = 4;

/** Prefixes that reverse a word's meaning (unfair / fair, nonviolent / violent, illegal / legal, dishonest / honest). */
const NEGATING_PREFIXES = ['un', 'non', 'in', 'im', 'il', 'ir', 'dis'];

/**
 * A "-less" word (with -ly, -ness, -er or -est after it: "useless", "homelessly", "lawlessness"): the suffix makes
 * "without N" of a noun or verb of three letters or more (use, law, home). The letters alone are not
 * the suffix: "bless" and "unless" have no such root, "lesson" and "blessing" hold them inside.
 * The first group is the root.
 */
const LESS_WORD = /^([a-z]{3,}?)less(?:ly|ness|nesses|er|est)?$/;

/**
 * Whether one of two words is the other negated: a negating prefix before the other's opening
 * ("unfair" / fair) or a "-less" word of the root the other opens with, without the suffix ("lawless" /
 * law, "useless" / usefulness). Such a word means the reverse of its relative, so it is never
 * the relative's stand-in.
 */
export function negates(a: string, b: string): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const root = LESS_WORD.exec(x)?.[1];
    if (root !== undefined && !y.startsWith(`${root}less`) && y.startsWith(root.slice(0, DERIVED_ROOT))) return true;
    for (const prefix of NEGATING_PREFIXES) {
      if (x.startsWith(prefix) && !y.startsWith(prefix) && x.slice(prefix.length).startsWith(y.slice(0, DERIVED_ROOT))) return true;
    }
  }
  return false;
}

/**
 * The report terms of a word's derivational relatives (`WordNet.derived`: "strikers" → strike,
 * "senatorial" → senator, "deportees" → deport, "emigrate" → emigration), for a word the report never
 * writes. A relative counts when it opens with the word's first `DERIVED_ROOT` letters (WordNet links
 * a few words of another root), does not negate it or is negated by it, and is a term the report
 * writes (`known`).
 */
export function derivedTerms(word: string, derived: readonly string[], known: (term: string) => boolean): string[] {
  const terms: string[] = [];
  for (const relative of derived) {
    if (relative === word || !/^[a-z]+$/.test(relative) || relative.slice(0, DERIVED_ROOT) !== word.slice(0, DERIVED_ROOT) || negates(word, relative)) continue;
    const term = termOf(relative);
    if (term !== null && known(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** A gender-neutral title's ending and the endings the older title has in its place, plural first (`genderedTitleTerm`). */
const NEUTRAL_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['persons', ['men', 'man']],
  ['person', ['man']],
  ['people', ['men', 'man']],
];

/**
 * The report term of the older title for a gender-neutral one ("ombudsperson" → ombudsman, "chairpersons" → chairmen or chairman,
 * "spokespeople" → spokesmen), when the report writes that title (`known`), or undefined (round 162). English forms such a
 * title by putting "person" in the place of "man"; a word nothing else knows ("ombudsperson" has no WordNet senses and
 * no vector) is then the report's own word in a newer form. "-woman" is left to the vectors: a "chairwoman" is known.
 */
export function genderedTitleTerm(word: string, known: (term: string) => boolean): string | undefined {
  for (const [neutral, endings] of NEUTRAL_ENDINGS) {
    if (!word.endsWith(neutral) || word.length - neutral.length < PART) continue;
    for (const gendered of endings) {
      const term = termOf(word.slice(0, word.length - neutral.length) + gendered);
      if (term !== null && known(term)) return term;
    }
  }
  return undefined;
}

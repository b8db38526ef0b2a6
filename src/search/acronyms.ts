/**
 * The bodies a paragraph spells out with their acronym in brackets ("Consultative Advisory Body (CAB)") and names by
 * the acronym alone after that ("the work of the CAB"): a later sentence naming one is about what its name says,
 * though it holds none of the name's words. State Department reports spell each body out once, so read per paragraph.
 */
import type { IndexedSentence, ReportIndex } from './built-index.js';
import { termOf } from './analysis.js';
import { perParagraph } from './figures.js';

/** An acronym in brackets: two to eight letters, the first a capital ("(CAB)", "(NPM)", "(CITUK)"). */
const BRACKETED = /\(([A-Z][A-Za-z]{1,7})\)/g;

/** Words a name holds between the words its acronym takes the initials of ("Office *for* Democratic Institutions"). */
const LINKING = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'against', 'de']);

/** A sentence's names held only as acronyms: their words' terms, and the sentence that spells the first of them out. */
export interface NamedByAcronym {
  terms: string[];
  spelledIn: number;
}

/** No sentence of the paragraph names a body by an acronym it spelled out: shared, so most paragraphs keep no array. */
const NONE: ReadonlyArray<NamedByAcronym | null> = [];

/**
 * The words of the name an acronym stands for, read back from the words right before its brackets, or null when
 * their initials do not spell it: "Consultative Advisory Body (CAB)", "National Preventive Mechanism (NPM) against Torture".
 */
export function spelledOut(acronym: string, before: string): string[] | null {
  const initials = acronym.replace(/[^A-Z]/g, '');
  if (initials.length < 2) return null;
  const words = before.slice(-200).match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
  const name: string[] = [];
  let letter = initials.length - 1;
  for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
    const word = words[i]!;
    if (word[0] === initials[letter]) {
      name.push(word);
      letter--;
    } else if (LINKING.has(word.toLowerCase()) && name.length > 0) continue;
    else return null;
  }
  return letter < 0 ? name : null;
}

/** `namedByAcronym`'s reading of one paragraph. */
function readNamed(sentences: IndexedSentence[], text: string): ReadonlyArray<NamedByAcronym | null> {
  let named: Array<NamedByAcronym | null> | undefined;
  for (const m of text.matchAll(BRACKETED)) {
    const name = spelledOut(m[1]!, text.slice(0, m.index));
    if (!name) continue;
    const terms = name.map(termOf).filter((t): t is string => t !== null);
    const naming = new RegExp(`\\b${m[1]}\\b`);
    let spelledIn = 0;
    for (let i = 0; i < sentences.length; i++) {
      const { start, end } = sentences[i]!;
      if (start <= m.index) {
        spelledIn = i;
        continue;
      }
      if (!naming.test(text.slice(start, end))) continue;
      named ??= sentences.map(() => null);
      const entry = (named[i] ??= { terms: [], spelledIn });
      entry.terms.push(...terms);
    }
  }
  return named ?? NONE;
}

/**
 * For each sentence of a paragraph, the names it holds only as acronyms the paragraph spelled out in an earlier
 * sentence (null for the rest; an empty array for a paragraph with none). Read from the text the first time a
 * paragraph is asked and kept with the report.
 */
export function namedByAcronym(index: ReportIndex, position: number): ReadonlyArray<NamedByAcronym | null> {
  return perParagraph(namedCache, index, position, readNamed);
}

const namedCache = new WeakMap<ReportIndex, Array<ReadonlyArray<NamedByAcronym | null> | undefined>>();

/**
 * Understands a chat query: strips control characters, pulls out `section:2a` filters and
 * `"quoted phrases"`, and turns the rest into weighted index terms — the typed words, typo
 * corrections against the report's vocabulary, and WordNet expansions.
 */
import { normalize, termOf, tokenize } from './analysis.js';
import type { WordSenses } from './wordnet.js';

/** A term to look up, with how much it counts and the word that asked for it. */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Where the term came from: typed, corrected from a typo, or expanded from a synonym. */
  origin: 'typed' | 'corrected' | 'expanded';
  /** The typed word it stands for (its position among the query's words): a sentence gets credit once per word. */
  word: number;
}

export interface ParsedQuery {
  /** The query as understood: control characters removed, white space collapsed. */
  clean: string;
  /** Section refs from `section:2a`. */
  sections: string[];
  /** Normalised `"quoted phrases"` every hit must contain. */
  phrases: string[];
  terms: WeightedTerm[];
  /** The question asks for a figure ("how many", "how long", "what percentage", "minimum age"). */
  wantsQuantity: boolean;
}

const QUANTITY_QUESTION = /\b(?:how\s+(?:many|much|long|old|far|often)|number\s+of|numbers?|percent(?:age)?|share|proportion|statistics|figures?|rate|minimum|maximum|max|min|age|limit|how\s+far)\b/i;

/** Vocabulary knowledge the query parser needs. */
export interface Vocabulary {
  documentFrequency: Readonly<Record<string, number>>;
  /** WordNet's senses of a lower-case word, or null when WordNet does not know it. */
  senses: (word: string) => WordSenses | null;
  /** Terms to ignore because nearly every paragraph is about them (the report's country). */
  ignored: ReadonlySet<string>;
  /** Remembers typo corrections and compounds (each costs a pass over the vocabulary). */
  corrections?: Map<string, string | undefined>;
  compounds?: Map<string, string[]>;
}

/**
 * How much expansions count next to a typed word. A word the report uses is meant as typed (its
 * synonyms measurably add more noise than recall on the dev questions); for a word it never uses,
 * WordNet's synonyms, broader terms and definition stand in for it.
 */
export const EXPANSION_WEIGHTS = { synonym: 0.6, broader: 0.4, definition: 0.3, compound: 0.5 };
/**
 * Passes over the vocabulary one query may make for typo corrections and compounds (each unknown
 * word costs one, unless remembered): past it, further unknown words are left as typed. Keeps a
 * query of many made-up words as cheap as a few.
 */
export const MAX_TYPO_PASSES = 8;
/**
 * Words the report does not use that one query may look up in WordNet (a binary search on disk
 * each, about half a millisecond): past it, further such words are left out of the search.
 */
export const MAX_UNKNOWN_WORDS = 16;
/** How much a typo correction counts: almost as much as the word meant. */
const CORRECTION_WEIGHT = 0.9;

/** Removes control and format characters (keeps letters of every script and emoji), collapses spaces. */
export function cleanQuery(raw: string): string {
  return raw.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function parseQuery(raw: string, vocabulary: Vocabulary): ParsedQuery {
  const clean = cleanQuery(raw);
  const sections: string[] = [];
  const phrases: string[] = [];
  let rest = clean.replace(/\bsection:\s*(\S+)/gi, (_, ref: string) => {
    sections.push(ref);
    return ' ';
  });
  rest = rest.replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
    const normalised = normalize(phrase).replace(/\s+/g, ' ').trim();
    if (normalised) phrases.push(normalised);
    return ` ${phrase} `;
  });

  const terms = new Map<string, WeightedTerm>();
  let word = 0;
  let passes = 0;
  let unknown = 0;
  /** Spends one pass of the query's budget; false once it is spent. */
  const mayScan = () => passes++ < MAX_TYPO_PASSES;
  const add = (term: string, weight: number, origin: WeightedTerm['origin']) => {
    const existing = terms.get(term);
    if (!existing || existing.weight < weight) terms.set(term, { term, weight, origin, word });
  };
  const known = (term: string) => vocabulary.documentFrequency[term] !== undefined;
  /** Adds the report's terms among `words`, sharing `weight` between them so a word with many senses is not worth more. */
  const expand = (words: readonly string[], weight: number) => {
    const found = new Set<string>();
    for (const w of words) {
      const term = termOf(w);
      if (term && known(term) && !vocabulary.ignored.has(term)) found.add(term);
    }
    const share = weight / Math.sqrt(found.size || 1);
    for (const term of found) add(term, share, 'expanded');
  };
  for (const token of tokenize(rest)) {
    const term = termOf(token.surface);
    if (!term || vocabulary.ignored.has(term)) continue;
    if (known(term)) {
      add(term, 1, 'typed');
      word++;
      continue;
    }
    if (++unknown > MAX_UNKNOWN_WORDS) {
      word++;
      continue;
    }
    const senses = vocabulary.senses(normalize(token.surface).replace(/'s$/, ''));
    if (senses) {
      expand(senses.synonyms, EXPANSION_WEIGHTS.synonym);
      expand(senses.broader, EXPANSION_WEIGHTS.broader);
      expand(senses.definition, EXPANSION_WEIGHTS.definition);
      if (EXPANSION_WEIGHTS.compound) {
        let compounds = vocabulary.compounds?.get(term);
        if (!compounds && mayScan()) {
          compounds = compoundsOf(term, vocabulary.documentFrequency, (w) => vocabulary.senses(w) !== null);
          if (vocabulary.compounds && vocabulary.compounds.size < 10_000) vocabulary.compounds.set(term, compounds);
        }
        for (const c of compounds ?? []) add(c, EXPANSION_WEIGHTS.compound, 'expanded');
      }
    } else {
      let fixed = vocabulary.corrections?.get(term);
      if (fixed === undefined && !vocabulary.corrections?.has(term) && mayScan()) {
        fixed = correctTypo(term, vocabulary.documentFrequency);
        if (vocabulary.corrections && vocabulary.corrections.size < 10_000) vocabulary.corrections.set(term, fixed);
      }
      if (fixed) add(fixed, CORRECTION_WEIGHT, 'corrected');
    }
    word++;
  }
  return { clean, sections, phrases, terms: [...terms.values()], wantsQuantity: QUANTITY_QUESTION.test(clean) };
}

/**
 * Report terms that are compounds of a word: tap → wiretap. The rest of the compound must be a
 * word of four or more letters (`isWord`), and a fragment found in more than two is too common.
 */
export function compoundsOf(term: string, documentFrequency: Readonly<Record<string, number>>, isWord: (w: string) => boolean): string[] {
  if (term.length < 3) return [];
  const out: string[] = [];
  for (const candidate in documentFrequency) {
    if (candidate.length < term.length + 4) continue;
    const rest = candidate.endsWith(term) ? candidate.slice(0, -term.length) : candidate.startsWith(term) ? candidate.slice(term.length) : undefined;
    if (rest && isWord(rest)) out.push(candidate);
  }
  return out.length <= 2 ? out : [];
}

/**
 * The closest vocabulary term by Damerau–Levenshtein distance (1 edit for words of 5–6 letters,
 * 2 from 7), preferring the commoner term on ties. Short words are never corrected: too risky.
 */
export function correctTypo(term: string, documentFrequency: Readonly<Record<string, number>>): string | undefined {
  if (term.length < 5 || /\d/.test(term)) return undefined;
  const maxDistance = term.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  let bestFrequency = 0;
  for (const candidate in documentFrequency) {
    if (Math.abs(candidate.length - term.length) > maxDistance) continue;
    const d = damerauLevenshtein(term, candidate, maxDistance);
    const frequency = documentFrequency[candidate]!;
    if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
      best = candidate;
      bestDistance = d;
      bestFrequency = frequency;
    }
  }
  return bestDistance <= maxDistance ? best : undefined;
}

/** Optimal-string-alignment distance, giving up early once every path exceeds `max`. */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

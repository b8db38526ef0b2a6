/**
 * Understands a chat query: strips control characters, pulls out `section:2a` filters and
 * `"quoted phrases"`, and turns the rest into weighted index terms — the typed words, typo
 * corrections against the report's vocabulary, and WordNet expansions.
 */
import { normalize, termOf, tokenize } from './analysis.js';
import type { SynonymMap } from './synonyms.js';

/** A term to look up, with how much it counts and the word that asked for it. */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Where the term came from: typed, corrected from a typo, or expanded from a synonym. */
  origin: 'typed' | 'corrected' | 'expanded';
}

export interface ParsedQuery {
  /** The query as understood: control characters removed, white space collapsed. */
  clean: string;
  /** Section refs from `section:2a`. */
  sections: string[];
  /** Normalised `"quoted phrases"` every hit must contain. */
  phrases: string[];
  terms: WeightedTerm[];
}

/** Vocabulary knowledge the query parser needs. */
export interface Vocabulary {
  documentFrequency: Readonly<Record<string, number>>;
  synonyms: SynonymMap;
  /** Terms to ignore because nearly every paragraph is about them (the report's country). */
  ignored: ReadonlySet<string>;
}

/** How much an expansion counts next to a typed word. */
const EXPANSION_WEIGHT = 0.35;
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
  const add = (term: string, weight: number, origin: WeightedTerm['origin']) => {
    const existing = terms.get(term);
    if (!existing || existing.weight < weight) terms.set(term, { term, weight, origin });
  };
  for (const token of tokenize(rest)) {
    const term = termOf(token.surface);
    if (!term || vocabulary.ignored.has(term)) continue;
    const known = vocabulary.documentFrequency[term] !== undefined;
    const expansions = vocabulary.synonyms[term] ?? [];
    if (known) add(term, 1, 'typed');
    for (const other of expansions) add(other, known ? EXPANSION_WEIGHT : EXPANSION_WEIGHT * 2, 'expanded');
    if (!known && expansions.length === 0) {
      const fixed = correctTypo(term, vocabulary.documentFrequency);
      if (fixed) add(fixed, CORRECTION_WEIGHT, 'corrected');
    }
  }
  return { clean, sections, phrases, terms: [...terms.values()] };
}

/**
 * The closest vocabulary term by Damerau–Levenshtein distance (1 edit for words of 4–6 letters,
 * 2 from 7), preferring the commoner term on ties. Short words are never corrected: too risky.
 */
export function correctTypo(term: string, documentFrequency: Readonly<Record<string, number>>): string | undefined {
  if (term.length < 4 || /\d/.test(term)) return undefined;
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

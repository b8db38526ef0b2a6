/**
 * Words a paragraph writes only inside a capitalised name of two or more words ("Kazakhstan People's
 * Assembly", "Constitutional Council", "Ministry of Labor and Social Protection"): there the word names the
 * body, not the thing it means in everyday English. A thesaurus or WordNet expansion of an everyday question's
 * word (protest → assembly) met only there is no evidence the paragraph is about that thing (Quality round 107).
 */
import { termOf, tokenize } from './analysis.js';
import { EVERYDAY, type ParsedQuery, type WeightedTerm } from './query.js';

/** Lower-case words that may join a name's capitalised words ("Ministry of Internal Affairs", "Labor and Social Protection"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on']);

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * For each term, the paragraphs (by position) whose text holds it only inside capitalised names of two or more
 * words (`nameOnly`), and each such paragraph's names as their terms (`nameGroups`, only paragraphs with such a term).
 * Made when the index is built.
 */
export function nameOnlyTermsOf(texts: readonly string[]): { nameOnly: Record<string, number[]>; nameGroups: Record<string, string[][]> } {
  const nameOnly: Record<string, number[]> = {};
  const nameGroups: Record<string, string[][]> = {};
  texts.forEach((text, position) => {
    const found = namesIn(text);
    for (const term of found.only) (nameOnly[term] ??= []).push(position);
    if (found.only.length) nameGroups[position] = found.names;
  });
  return { nameOnly, nameGroups };
}

/** The terms `text` holds only inside capitalised names of two or more words. */
export function nameOnlyTerms(text: string): string[] {
  return namesIn(text).only;
}

function namesIn(text: string): { only: string[]; names: string[][] } {
  const tokens = tokenize(text);
  const inName = new Uint8Array(tokens.length);
  const names: string[][] = [];
  for (let s = 0; s < tokens.length; ) {
    if (!isCapitalised(tokens[s]!.surface)) {
      s++;
      continue;
    }
    let e = s + 1;
    let capitals = 1;
    while (e < tokens.length && !/[,.;:()"“”!?]/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start))) {
      const word = tokens[e]!.surface;
      if (isCapitalised(word)) capitals++;
      else if (!(CONNECTORS.has(word) && e + 1 < tokens.length && isCapitalised(tokens[e + 1]!.surface))) break;
      e++;
    }
    if (capitals >= 2) {
      inName.fill(1, s, e);
      const terms: string[] = [];
      for (let k = s; k < e; k++) {
        const term = termOf(tokens[k]!.surface);
        if (term && !terms.includes(term)) terms.push(term);
      }
      names.push(terms);
    }
    s = e;
  }
  const only = new Map<string, boolean>();
  tokens.forEach((token, i) => {
    const term = termOf(token.surface);
    if (term) only.set(term, (only.get(term) ?? true) && inName[i] === 1);
  });
  const terms: string[] = [];
  for (const [term, named] of only) if (named) terms.push(term);
  return { only: terms, names };
}

/**
 * The query's expansions (no typed term the same) that count nowhere in some paragraphs: where the paragraph holds the
 * expansion only inside a capitalised name, and that name also holds another typed word of the query, one of the
 * commonest words of English (`EVERYDAY.common`: "people", "new", "state"). There the words met by accident in the
 * name of a body ("can people protest": people, and protest → assembly, in "Kazakhstan
 * People's Assembly"). Undefined, and nothing made, when no expansion can be such a term (most queries).
 */
export function namedExpansions(nameOnly: Readonly<Record<string, number[]>> | undefined, names: Readonly<Record<string, string[][]>> | undefined, query: ParsedQuery): Map<string, number[]> | undefined {
  if (nameOnly === undefined || names === undefined) return undefined;
  // Indexed loops, no closures: this runs once per query for every expansion a name in the report holds (issue 13, round 47).
  const terms = query.terms;
  let out: Map<string, number[]> | undefined;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    if (t.origin !== 'expanded' || t.family || !Object.hasOwn(nameOnly, t.term) || isTypedTerm(terms, t.term)) continue;
    const positions = nameOnly[t.term]!;
    for (let p = 0; p < positions.length; p++) {
      const position = positions[p]!;
      if (!meetsCommonWord(names[position]!, t, query)) continue;
      let list = out?.get(t.term);
      if (!list) (out ??= new Map()).set(t.term, (list = []));
      list.push(position);
    }
  }
  return out;
}

/** Some term of `terms` not from an expansion is `term`. */
function isTypedTerm(terms: readonly WeightedTerm[], term: string): boolean {
  for (let i = 0; i < terms.length; i++) if (terms[i]!.term === term && terms[i]!.origin !== 'expanded') return true;
  return false;
}

/** One of `names` holds the expansion `t` and a term typed for another of the query's words, one of English's commonest. */
function meetsCommonWord(names: readonly string[][], t: WeightedTerm, query: ParsedQuery): boolean {
  const terms = query.terms;
  for (let n = 0; n < names.length; n++) {
    const name = names[n]!;
    if (!name.includes(t.term)) continue;
    for (let i = 0; i < terms.length; i++) {
      const u = terms[i]!;
      if (u.word !== t.word && u.origin !== 'expanded' && (query.words[u.word]?.specificity ?? 1) < EVERYDAY.common && name.includes(u.term)) return true;
    }
  }
  return false;
}

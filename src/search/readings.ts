/**
 * Other readings of one question — its typed words alone, its stand-ins alone, and without its rarest word — for the
 * query service's check that they agree on its first passage (round 176, docs/search-quality.md).
 */
import type { ParsedQuery } from './query.js';

/**
 * A question refused this near the cut (its confidence, `Coverage.confidence`) is answered when every reading of it
 * (`readingsOf`) ranks the same passage first as the whole question does: the report's own words, the stand-ins for the
 * words it lacks and the question without its most specific word all lead to one place, which a near miss made of the
 * report's words seldom does — its typed words find one passage and its stand-ins another. Round 176, every public question
 * refused on main: 20 in scope answered for 1 off topic (even 13 : 1, odd 7 : 0); from 0.35, 26 : 4 and round 93's "…does he
 * get a free phone call" (0.391) answered.
 */
export const AGREEMENT = { floor: 0.4 };

/**
 * The question read three other ways: by its typed (or corrected) terms alone, by its stand-ins alone (thesaurus,
 * WordNet, word-vector and family terms: `WeightedTerm.origin` "expanded"), and without every term of its most
 * specific topical word. Undefined when a reading has no term left to search for (nothing typed the report knows, no
 * stand-in, a question of one word): such a question has no second view to agree with.
 */
export function readingsOf(query: ParsedQuery): ParsedQuery[] | undefined {
  const typed = query.terms.filter((t) => t.origin !== 'expanded');
  if (typed.length === 0 || typed.length === query.terms.length) return undefined;
  const rarest = rarestWord(query);
  const rest = rarest === undefined ? [] : query.terms.filter((t) => t.word !== rarest);
  if (rest.length === 0) return undefined;
  return [
    { ...query, terms: typed },
    { ...query, terms: query.terms.filter((t) => t.origin === 'expanded') },
    { ...query, terms: rest },
  ];
}

/** The topical word of highest specificity that has a term to search for (the first of equals), by position. */
function rarestWord(query: ParsedQuery): number | undefined {
  let best: number | undefined;
  let specificity = -1;
  for (let i = 0; i < query.words.length; i++) {
    const w = query.words[i]!;
    if (w.topical && w.specificity > specificity && query.terms.some((t) => t.word === i)) {
      specificity = w.specificity;
      best = i;
    }
  }
  return best;
}

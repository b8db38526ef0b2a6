/**
 * A typed word's family in the report: the report's terms for the same word in another derivational or
 * inflected form that Porter stemming keeps apart ("citizens" / citizenship, "married" / marriage,
 * "detained" / detainee, "register" / registration, "employed" / employment, "die" / died). They stand
 * in for the typed word in ranking and the bold sentence (round 39); coverage never reads them.
 */
import { termOf } from './analysis.js';

/**
 * Derivational endings as Porter leaves them on a stem (-ship, -age → "ag", -ee → "e", -ion, and the
 * "r" of -ration: registration → "registr" beside register → "regist"). Endings that as often make
 * another word are left out: "i" (police / policy), "ist" (journal / journalist), "al" (party /
 * partial), "t" (statue / statute), "less" (state / stateless), "er"/"or" (govern / governor), and
 * "ment" (state / statement: "criticised the state" found statements; round 39, two questions out of
 * the first three, none won back at first place).
 */
export const FAMILY_ENDINGS: readonly string[] = ['ship', 'ag', 'e', 'ion', 'r'];

/** The shortest stem a family is read from: shorter stems open too many unrelated words. */
export const FAMILY_ROOT = 5;

/**
 * The report's terms (`isReportTerm`) in the family of `term`, the typed word's term, `lower` the typed
 * word in lower case: the term with one of `FAMILY_ENDINGS` added or removed (the shorter at least
 * `FAMILY_ROOT` letters), the term with a final "y" written "i" or back (Porter stems "employ" to
 * "emploi", "employment" to "employ"), and the terms of the word's regular past tense or its base
 * ("die" / died → "die" / "di"). Never `term` itself. A few lookups, no scan of the vocabulary.
 */
export function familyOf(term: string, lower: string, isReportTerm: (term: string) => boolean): string[] {
  const found: string[] = [];
  const consider = (candidate: string | null) => {
    if (candidate !== null && candidate !== term && !found.includes(candidate) && isReportTerm(candidate)) found.push(candidate);
  };
  if (!/^[a-z]+$/.test(term)) return found;
  if (term.length >= FAMILY_ROOT) {
    for (const ending of FAMILY_ENDINGS) {
      consider(term + ending);
      if (term.endsWith(ending) && term.length - ending.length >= FAMILY_ROOT) consider(term.slice(0, -ending.length));
    }
    if (term.endsWith('i')) consider(`${term.slice(0, -1)}y`);
    else if (term.endsWith('y')) consider(`${term.slice(0, -1)}i`);
  }
  if (/^[a-z]{3,}$/.test(lower)) {
    // The regular past tense and its base, which Porter leaves apart for a short verb (die → "die", died → "di").
    if (lower.endsWith('ed')) {
      consider(termOf(lower.slice(0, -1)));
      consider(termOf(lower.slice(0, -2)));
    } else consider(termOf(lower.endsWith('e') ? `${lower}d` : `${lower}ed`));
  }
  return found;
}

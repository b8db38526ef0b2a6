/**
 * Whether a sentence has a given word as the one acting, its subject: "what does the tripartite
 * commission do" is answered by "The tripartite commission is responsible for developing…", not by
 * "Disagreements … may be presented to a tripartite commission composed of…", which only mentions it.
 */
import { termOf, tokenize } from './analysis.js';

/** The question's terms, whether each was typed (the scorer's `QueryTerms`, or a Map). */
export interface AskedTerms {
  get(term: string): { typed: boolean } | undefined;
}

/** The subject is among a sentence's first words ("The Committee for National Security (KNB) plays…"). */
const OPENING_WORDS = 7;

/** Words after a noun that show it is not the subject of a verb ("the production council at one enterprise"). */
const NOT_A_VERB = new Set('at of in for on with and or to that which who whose from by as under against between'.split(' '));
const COPULA = new Set(['is', 'are', 'was', 'were']);
/** Lower-case words a subject's name may hold before the word asked about ("The Committee for National Security"). */
const IN_A_NAME = new Set(['the', 'a', 'an', 'this', 'its', 'of', 'for', 'on', 'and']);
/** Whether a word after the asked one continues its name as the question writes it: a connector or a word of the question. */
function isNamePart(surface: string, asked: AskedTerms): boolean {
  if (IN_A_NAME.has(surface)) return true;
  const term = termOf(surface);
  return !!term && asked.get(term)?.typed === true;
}

/** After a copula, these say what the subject is, not what it does ("… is a consultative and advisory body"). */
const DESCRIPTION = new Set(['a', 'an', 'the', 'one', 'part']);

/**
 * Whether the word whose term is `actor` opens `sentence` as its subject and is followed by a verb
 * (a lower-case word that is no preposition or conjunction), not by a copula describing it ("is a…"),
 * a comma (one of a list of subjects) or a name ("attorney Johar Utebekov reported"). A heading run
 * into the sentence ("Government Human Rights Bodies: The Presidential Commission…") is skipped. The
 * words before it must be its name's: capitalised, an article or a connector ("of", "for"), or words of
 * the question (`asked`: "tripartite"), so "Some observers commented that NPM staff lacked…" is not one.
 */
export function actsAsSubject(sentence: string, actor: string, asked: AskedTerms): boolean {
  const colon = sentence.indexOf(': ');
  const text = colon > 0 && colon < 80 ? sentence.slice(colon + 2) : sentence;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length && i < OPENING_WORDS; i++) {
    const surface = tokens[i]!.surface;
    const term = termOf(surface);
    if (term !== actor) {
      if (/^[a-z]/.test(surface) && !IN_A_NAME.has(surface) && !(term && asked.get(term)?.typed)) return false;
      continue;
    }
    // The rest of its name as the question writes it ("Ministry of Labor and Social Protection"), and
    // an acronym in brackets ("Committee for National Security (KNB) plays"), are passed over.
    let j = i + 1;
    while (j < tokens.length && !/,/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && isNamePart(tokens[j]!.surface, asked)) j++;
    const between = j < tokens.length ? text.slice(tokens[j - 1]!.end, tokens[j]!.start) : '';
    const next = tokens[j]?.surface;
    // A comma (one of a list of subjects), a name ("attorney Johar Utebekov reported"), a preposition
    // ("the production council at one enterprise"): not the subject of a verb.
    if (next === undefined || /,/.test(between) || !/^[a-z]/.test(next) || NOT_A_VERB.has(next)) return false;
    return !(COPULA.has(next) && DESCRIPTION.has(tokens[j + 1]?.surface.toLowerCase() ?? ''));
  }
  return false;
}

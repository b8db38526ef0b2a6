/** Which country a word names, or whose people or adjective it is, read from WordNet (`countryNamedBy`), for coverage's `otherNationality`. */
import type { WordSenses } from './wordnet.js';

/**
 * WordNet's definition of a people's word, as `WordSenses.definition` keeps it (its words, each once): "a native or inhabitant of
 * canada" (Canadian), "the natives or inhabitants of switzerland" (Swiss), "the people of great britain" (British), "a native or
 * inhabitant of the united states" (American). The one or two words after "of" are the country's name, checked with WordNet.
 * A language's definition ("the romance language spoken in france") and a member of a people or a body ("a member of …") are
 * not read: "chinese", "english" and "catholic" are no people of a country here.
 */
const PEOPLE_OF = /^(?:an?\s+|the\s+)?(?:natives?|inhabitants?|people|citizens?)(?:\s+or\s+(?:natives?|inhabitants?))?\s+of\s+(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?/;

/**
 * The names of the country `word` names (WordNet: one of its first noun senses is a country, `WordSenses.countryName`: "uk", "usa";
 * with the sense's other lemmas that name it: "tajik", tajikistan) or whose people it names (`PEOPLE_OF`: "canadian" → canada,
 * "british" → great britain, "american" → united states), a name of two words joined by a space; undefined for any other word.
 * `senses` is WordNet's reading of a word (`Vocabulary.senses`), `derived` its derivational and pertainym relatives (`Vocabulary.derived`).
 */
export function countryNamedBy(
  word: string,
  senses: (word: string) => WordSenses | null | undefined,
  derived?: (word: string) => readonly string[],
): readonly string[] | undefined {
  const own = senses(word);
  if (!own) return undefined;
  if (own.countryName) return [word, ...own.synonyms.filter((s) => s !== word && senses(s)?.countryName)];
  const m = PEOPLE_OF.exec(own.definition.join(' '));
  if (m !== null) {
    if (m[2] !== undefined && senses(`${m[1]}_${m[2]}`)?.countryName) return [`${m[1]} ${m[2]}`];
    if (senses(m[1]!)?.countryName) return [m[1]!];
    if (m[2] !== undefined && senses(m[2])?.countryName) return [m[2]];
  }
  // The country an adjective pertains to, or a people's word derives from (`WordNet.derived`: "french" → france, "german" →
  // germany), where its first sense is a language or "a person of german nationality".
  const countries = derived?.(word).filter((d) => d !== word && senses(d)?.countryName);
  return countries?.length ? countries : undefined;
}
